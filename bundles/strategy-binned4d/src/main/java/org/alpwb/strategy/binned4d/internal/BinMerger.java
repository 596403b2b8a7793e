package org.alpwb.strategy.binned4d.internal;

import java.util.Arrays;

/**
 * Merges the cells of a {@link CellGrid} into the bins of the likelihood so that every bin's background
 * is known from the MC: each bin has at least {@code minEntries} background MC rows and a relative MC
 * uncertainty sqrt(sum w^2) / sum w of at most {@code maxRelativeError}.
 *
 * <p>Rule: cells are ordered by decreasing s / b', where b' = max(b, w_mean) and w_mean is the mean
 * weight of a background MC row in the window (an empty cell counts as if it held one average row,
 * never as b = 0, so a cell with signal and no background MC is not ranked as infinitely pure). Runs of
 * consecutive cells in that order are then joined until a run satisfies both conditions; a final run
 * that does not is joined to the previous bin. Cells are therefore only ever merged with cells of
 * similar purity, and a cell with signal but no background MC always shares a bin with background MC:
 * it can never produce a bin with b = 0 and s > 0, which would make the expected limit look better
 * than the MC supports (a zero-background bin gives an arbitrarily strong Asimov exclusion).
 * Cells with neither signal nor background end up in the last bin (they add nothing).
 */
final class BinMerger {
    private BinMerger() {
    }

    /** Result: {@code bin[cell]} in 0..bins-1, or all -1 with bins = 0 when the background MC is empty. */
    record Merging(int[] bin, int bins, boolean satisfied) {
    }

    static Merging merge(double[] signal, double[] backgroundW, double[] backgroundW2, long[] backgroundRows,
            int minEntries, double maxRelativeError) {
        int cells = signal.length;
        long rows = 0;
        double weight = 0;
        for (int c = 0; c < cells; c++) {
            rows += backgroundRows[c];
            weight += backgroundW[c];
        }
        int[] bin = new int[cells];
        Arrays.fill(bin, -1);
        if (rows == 0 || !(weight > 0)) {
            return new Merging(bin, 0, false);
        }
        double meanWeight = weight / rows;
        Integer[] order = new Integer[cells];
        double[] purity = new double[cells];
        for (int c = 0; c < cells; c++) {
            order[c] = c;
            purity[c] = signal[c] / Math.max(backgroundW[c], meanWeight);
        }
        Arrays.sort(order, (a, b) -> {
            int byPurity = Double.compare(purity[b], purity[a]);
            return byPurity != 0 ? byPurity : Integer.compare(a, b);
        });
        int bins = 0;
        long runRows = 0;
        double runW = 0;
        double runW2 = 0;
        int runStart = 0;
        for (int k = 0; k < cells; k++) {
            int c = order[k];
            bin[c] = bins;
            runRows += backgroundRows[c];
            runW += backgroundW[c];
            runW2 += backgroundW2[c];
            if (runRows >= minEntries && runW > 0 && Math.sqrt(runW2) / runW <= maxRelativeError) {
                bins++;
                runRows = 0;
                runW = 0;
                runW2 = 0;
                runStart = k + 1;
            }
        }
        if (runStart < cells) {
            if (bins == 0) {
                bins = 1; // the whole window is one bin and still fails: the caller decides
            } else {
                for (int k = runStart; k < cells; k++) {
                    bin[order[k]] = bins - 1;
                }
            }
        }
        return new Merging(bin, bins, allSatisfied(bin, bins, backgroundW, backgroundW2, backgroundRows, minEntries,
                maxRelativeError));
    }

    private static boolean allSatisfied(int[] bin, int bins, double[] w, double[] w2, long[] rows, int minEntries,
            double maxRelativeError) {
        double[] bw = new double[bins];
        double[] bw2 = new double[bins];
        long[] bn = new long[bins];
        for (int c = 0; c < bin.length; c++) {
            bw[bin[c]] += w[c];
            bw2[bin[c]] += w2[c];
            bn[bin[c]] += rows[c];
        }
        for (int b = 0; b < bins; b++) {
            if (bn[b] < minEntries || !(bw[b] > 0) || Math.sqrt(bw2[b]) / bw[b] > maxRelativeError) {
                return false;
            }
        }
        return true;
    }
}
