package org.alpwb.api.strategy;

import java.util.List;
import java.util.Map;
import org.alpwb.api.table.ColumnTable;

/**
 * A strategy's selection of candidates (rows of the channel's candidate table), with its cut flow. Immutable,
 * thread-safe, deterministic. A selection may depend on the mass hypothesis (e.g. a score cut optimised per
 * mass): the signal-model task applies it at each generated mass, the window analysis to the background at each
 * scanned mass ({@link #massIndependent()} selections only once).
 */
public interface CandidateSelection {

    /** Weight column of candidate tables (pb per candidate). */
    String WEIGHT = "weightPb";
    /** Truth column: 1 = fusion, 2 = conversion diagram, 0 = unknown (absent for data). */
    String DIAGRAM = "truthDiagram";

    /**
     * Applies the selection.
     *
     * @param candidates        the channel's candidate table (preselection applied)
     * @param massHypothesisGeV the mass hypothesis; ignored by mass-independent selections
     * @param source            names the input in error messages, e.g. "task model-x input signal-1.5"
     * @return the mask of selected rows and the cumulative cut flow (first step: all rows)
     * @throws org.alpwb.api.InvalidInputException if the table lacks a column the selection needs (naming it)
     */
    Selected apply(ColumnTable candidates, double massHypothesisGeV, String source);

    /** True if {@link #apply} does not depend on the mass hypothesis (the default). */
    default boolean massIndependent() {
        return true;
    }

    /**
     * For strategies that count events in a mass window instead of fitting the window: the window [low, high]
     * in units of the fitted signal width sigma around the mass hypothesis (low < 0 < high), e.g. {-3, 1.5}; null
     * (the default) for the window likelihood fit.
     */
    default double[] countingWindowSigma() {
        return null;
    }

    /**
     * JSON-ready description recorded in the signal-model payload (strategy id, version, parameter values and
     * anything the selection needs to be identified, e.g. the key of a trained classifier). Two selections with
     * equal records select the same rows.
     */
    Map<String, Object> record();

    /** Result of {@link #apply}: selected rows and the cumulative cut flow. */
    record Selected(boolean[] passed, List<Step> steps) {
        public Selected {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One cumulative cut-flow step: rows and summed weight (pb) passing this and every earlier cut; fusionShare =
     * fusion weight / (fusion + conversion weight) of those rows, NaN without diagram truth.
     */
    record Step(String cut, long entries, double weightPb, double fusionShare) {

        /** Counts the rows of {@code passed}; {@code diagram} may be null (no truth). */
        public static Step of(String cut, boolean[] passed, double[] weightPb, double[] diagram) {
            long n = 0;
            double sum = 0;
            double fusion = 0;
            double known = 0;
            for (int r = 0; r < passed.length; r++) {
                if (passed[r]) {
                    n++;
                    sum += weightPb[r];
                    if (diagram != null && diagram[r] != 0) {
                        known += weightPb[r];
                        fusion += diagram[r] == 1 ? weightPb[r] : 0;
                    }
                }
            }
            return new Step(cut, n, sum, known > 0 ? fusion / known : Double.NaN);
        }
    }
}
