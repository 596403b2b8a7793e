package org.alpwb.strategy.cuts.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Selection;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.table.ColumnTable;

/**
 * Mass-independent cuts on columns of the eegg candidate table, evaluated here (so that every value can be
 * overridden and the cut flow carries the fusion share after every cut). When the channel offers the selection
 * that implements the first cuts with default values, it is applied too and a row where the two disagree fails the
 * task ({@code channelSelectionCrossChecked} in the record).
 */
final class CutSelection implements CandidateSelection {

    /** One cut: name for the cut flow, a row predicate over the table's columns. */
    record Cut(String name, List<String> columns, RowTest test) {
    }

    @FunctionalInterface
    interface RowTest {
        boolean pass(double[][] columns, int row);
    }

    private final String strategyId;
    private final int version;
    private final ParameterValues values;
    private final List<Cut> cuts;
    private final double[] countingWindowSigma;
    private final Selection channelSelection;
    private final String channelSelectionName;
    private final int coveredCuts;

    /**
     * @param channelSelection the channel's selection implementing the first {@code coveredCuts} cuts, or null when
     *                         the channel does not offer it or a covered value is not the default (no cross-check)
     */
    CutSelection(String strategyId, int version, ParameterValues values, List<Cut> cuts, double[] countingWindowSigma,
            Selection channelSelection, String channelSelectionName, int coveredCuts) {
        this.strategyId = strategyId;
        this.version = version;
        this.values = values;
        this.cuts = List.copyOf(cuts);
        this.countingWindowSigma = countingWindowSigma;
        this.channelSelection = channelSelection;
        this.channelSelectionName = channelSelectionName;
        this.coveredCuts = coveredCuts;
    }

    /** The channel's selection {@code name} if it exists and every {@code covered} parameter has its default. */
    static Selection channelSelection(Channel channel, String name, ParameterValues values, List<String> covered) {
        if (channel == null || !channel.selectionNames().contains(name)) {
            return null;
        }
        for (String p : covered) {
            if (!values.isDefault(p)) {
                return null;
            }
        }
        return channel.selection(name);
    }

    @Override
    public Selected apply(ColumnTable table, double massHypothesisGeV, String source) {
        int rows = table.rowCount();
        double[] w = column(table, WEIGHT, source);
        double[] diagram = table.hasColumn(DIAGRAM) ? table.column(DIAGRAM) : null;
        boolean[] pass = new boolean[rows];
        Arrays.fill(pass, true);
        List<Step> steps = new java.util.ArrayList<>();
        steps.add(Step.of("preselected candidates", pass, w, diagram));
        for (int i = 0; i < cuts.size(); i++) {
            Cut cut = cuts.get(i);
            double[][] cols = new double[cut.columns().size()][];
            for (int c = 0; c < cols.length; c++) {
                cols[c] = column(table, cut.columns().get(c), source);
            }
            for (int r = 0; r < rows; r++) {
                pass[r] = pass[r] && cut.test().pass(cols, r);
            }
            steps.add(Step.of(cut.name(), pass, w, diagram));
            if (i == coveredCuts - 1 && channelSelection != null) {
                crossCheck(table, pass, source);
            }
        }
        return new Selected(pass, steps);
    }

    private void crossCheck(ColumnTable table, boolean[] ours, String source) {
        boolean[] theirs = channelSelection.apply(table, Map.of()).passed();
        for (int r = 0; r < ours.length; r++) {
            if (ours[r] != theirs[r]) {
                throw new IllegalStateException("strategy " + strategyId + " and channel selection "
                        + channelSelectionName + " disagree on row " + r + " of " + source + " (strategy " + ours[r]
                        + ")");
            }
        }
    }

    @Override
    public double[] countingWindowSigma() {
        return countingWindowSigma == null ? null : countingWindowSigma.clone();
    }

    /** {"name", "version", "cuts": {parameter values}, "channelSelectionCrossChecked"}. */
    @Override
    public Map<String, Object> record() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", strategyId);
        r.put("version", version);
        r.put("cuts", new LinkedHashMap<>(values.asMap()));
        r.put("channelSelectionCrossChecked", channelSelection != null);
        return r;
    }

    static double[] column(ColumnTable table, String column, String source) {
        if (!table.hasColumn(column)) {
            throw new InvalidInputException(source, "column", column, "a candidate table with column '" + column
                    + "'; columns: " + table.columnNames());
        }
        return table.column(column);
    }
}
