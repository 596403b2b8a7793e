package org.alpwb.channel.eegg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.CutFlow;
import org.alpwb.api.channel.Selection;
import org.alpwb.api.table.ColumnTable;

/** A selection made of row-wise cuts on named columns, applied in order. Immutable. */
final class CutSelection implements Selection {

    /** Test of one row: {@code columns} are the cut's columns in declaration order. */
    interface RowTest {
        boolean pass(double[][] columns, int row, Map<String, Double> parameters);
    }

    /** A named cut on the given columns, needing the given parameters (not applied without them). */
    record Cut(String name, List<String> columns, List<String> parameters, RowTest test) {
    }

    private final String name;
    private final String description;
    private final List<Cut> cuts;

    CutSelection(String name, String description, List<Cut> cuts) {
        this.name = name;
        this.description = description;
        this.cuts = List.copyOf(cuts);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<String> cutNames() {
        return cuts.stream().map(Cut::name).toList();
    }

    @Override
    public List<String> parameterNames() {
        return cuts.stream().flatMap(c -> c.parameters().stream()).distinct().toList();
    }

    @Override
    public Result apply(ColumnTable candidates, Map<String, Double> parameters) {
        int rows = candidates.rowCount();
        boolean[] pass = new boolean[rows];
        java.util.Arrays.fill(pass, true);
        double[] weights = candidates.hasColumn(Columns.WEIGHT) ? candidates.column(Columns.WEIGHT) : null;
        List<CutFlow.Step> steps = new ArrayList<>();
        steps.add(step("candidates", pass, weights, true));
        for (Cut cut : cuts) {
            double[][] columns = new double[cut.columns().size()][];
            for (int c = 0; c < columns.length; c++) {
                String column = cut.columns().get(c);
                if (!candidates.hasColumn(column)) {
                    throw new InvalidInputException("selection " + name, "column", column,
                            "a table with column '" + column + "' (cut '" + cut.name() + "'); columns: "
                                    + candidates.columnNames());
                }
                columns[c] = candidates.column(column);
            }
            boolean applied = cut.parameters().stream().allMatch(p -> parameters.get(p) != null);
            if (applied) {
                for (int r = 0; r < rows; r++) {
                    pass[r] = pass[r] && cut.test().pass(columns, r, parameters);
                }
            }
            steps.add(step(cut.name(), pass, weights, applied));
        }
        return new Result(pass, new CutFlow(name, steps));
    }

    private static CutFlow.Step step(String cut, boolean[] pass, double[] weights, boolean applied) {
        long count = 0;
        double weight = 0;
        for (int r = 0; r < pass.length; r++) {
            if (pass[r]) {
                count++;
                weight += weights == null ? 0 : weights[r];
            }
        }
        return new CutFlow.Step(cut, count, weight, applied);
    }
}
