package org.alpwb.classifier.nn.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.table.ColumnTable;

/**
 * The thesis-cuts selection followed by a cut on the network score (thesis Table 7.4: Y_BCE > 0.9). For a
 * mass-parametrised network the score depends on the hypothesis: the mass input is set to it.
 */
final class NnSelection implements CandidateSelection {
    private final CandidateSelection cuts;
    private final TrainedMlp network;
    private final WorkingPoint workingPoint;
    private final boolean massParametrised;
    private final Map<String, Object> record;

    NnSelection(CandidateSelection cuts, TrainedMlp network, WorkingPoint workingPoint, boolean massParametrised,
            Map<String, Object> record) {
        this.cuts = cuts;
        this.network = network;
        this.workingPoint = workingPoint;
        this.massParametrised = massParametrised;
        this.record = record;
    }

    @Override
    public Selected apply(ColumnTable candidates, double massHypothesisGeV, String source) {
        Selected before = cuts.apply(candidates, massHypothesisGeV, source);
        // only rows that pass the cuts are scored (a mass-parametrised network scores at every hypothesis)
        boolean[] passed = before.passed().clone();
        int n = 0;
        for (boolean p : passed) {
            n += p ? 1 : 0;
        }
        int[] rows = new int[n];
        for (int r = 0, k = 0; r < passed.length; r++) {
            if (passed[r]) {
                rows[k++] = r;
            }
        }
        float[] score = scores(candidates, rows, massHypothesisGeV);
        double cut = workingPoint.at(massHypothesisGeV);
        for (int k = 0; k < n; k++) {
            passed[rows[k]] = score[k] > cut;
        }
        List<Step> steps = new ArrayList<>(before.steps());
        double[] weight = candidates.column(WEIGHT);
        double[] diagram = candidates.hasColumn(DIAGRAM) ? candidates.column(DIAGRAM) : null;
        steps.add(Step.of("NN score > " + workingPoint.label(cut), passed, weight, diagram));
        return new Selected(passed, steps);
    }

    /** Network scores of every row (mass input = the hypothesis for a mass-parametrised network). */
    float[] scores(ColumnTable candidates, double massHypothesisGeV) {
        int[] all = new int[candidates.rowCount()];
        for (int r = 0; r < all.length; r++) {
            all[r] = r;
        }
        return scores(candidates, all, massHypothesisGeV);
    }

    /** Network scores of the given rows. */
    float[] scores(ColumnTable candidates, int[] rows, double massHypothesisGeV) {
        List<String> features = network.features();
        double[][] columns = new double[features.size()][rows.length];
        for (int f = 0; f < columns.length; f++) {
            String name = features.get(f);
            if (massParametrised && name.equals(TrainNnTask.MASS_FEATURE)) {
                java.util.Arrays.fill(columns[f], massHypothesisGeV);
            } else {
                double[] column = candidates.column(name);
                for (int k = 0; k < rows.length; k++) {
                    columns[f][k] = column[rows[k]];
                }
            }
        }
        return rows.length == 0 ? new float[0] : network.scores(columns);
    }

    @Override
    public boolean massIndependent() {
        return !massParametrised && workingPoint.massIndependent() && cuts.massIndependent();
    }

    @Override
    public Map<String, Object> record() {
        Map<String, Object> r = new LinkedHashMap<>(record);
        r.put("cuts", cuts.record());
        return r;
    }
}
