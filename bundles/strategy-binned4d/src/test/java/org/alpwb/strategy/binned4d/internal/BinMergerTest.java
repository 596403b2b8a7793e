package org.alpwb.strategy.binned4d.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** The staterror/merging rule: every bin's background is supported by MC; signal without background MC never helps. */
class BinMergerTest {
    private static final AsymptoticCalculator CLS = new AsymptoticCalculator();

    @Test
    void everyMergedBinHasEnoughBackgroundMcAndSmallEnoughError() {
        UniformRandomProvider rng = Synthetic.rng(7);
        int cells = 81;
        double[] s = new double[cells];
        double[] w = new double[cells];
        double[] w2 = new double[cells];
        long[] n = new long[cells];
        for (int c = 0; c < cells; c++) {
            s[c] = rng.nextDouble();
            int rows = rng.nextInt(6); // 0..5 rows: many empty cells
            for (int r = 0; r < rows; r++) {
                double x = 0.5 + rng.nextDouble();
                w[c] += x;
                w2[c] += x * x;
            }
            n[c] = rows;
        }
        BinMerger.Merging m = BinMerger.merge(s, w, w2, n, 10, 0.3);
        assertTrue(m.satisfied());
        assertTrue(m.bins() >= 2, "bins " + m.bins());
        double[] bw = new double[m.bins()];
        double[] bw2 = new double[m.bins()];
        long[] bn = new long[m.bins()];
        for (int c = 0; c < cells; c++) {
            bw[m.bin()[c]] += w[c];
            bw2[m.bin()[c]] += w2[c];
            bn[m.bin()[c]] += n[c];
        }
        for (int b = 0; b < m.bins(); b++) {
            assertTrue(bn[b] >= 10, "bin " + b + " rows " + bn[b]);
            assertTrue(Math.sqrt(bw2[b]) / bw[b] <= 0.3, "bin " + b);
        }
    }

    @Test
    void emptyBackgroundGivesNoBinsAndTooFewRowsIsReported() {
        BinMerger.Merging none = BinMerger.merge(new double[] {1, 2}, new double[2], new double[2], new long[2], 10, 0.3);
        assertEquals(0, none.bins());
        BinMerger.Merging few = BinMerger.merge(new double[] {1, 2}, new double[] {1, 1}, new double[] {1, 1},
                new long[] {1, 1}, 10, 0.3);
        assertEquals(1, few.bins());
        assertFalse(few.satisfied());
    }

    /**
     * Eight cells with 40 background MC rows each (weight 0.25 events) and one with signal but no background MC.
     * Unmerged, that cell is a zero-background bin and the Asimov limit is dominated by it (about 2.3 / its
     * signal share): far better than the MC supports. The merged model must be no better than the same cell
     * given one average MC row of background (the least the MC can resolve), and much worse than the naive one.
     */
    @Test
    void aCellWithSignalAndNoBackgroundMcNeverImprovesTheLimit() {
        int cells = 9;
        double[] s = new double[cells];
        double[] w = new double[cells];
        double[] w2 = new double[cells];
        long[] n = new long[cells];
        for (int c = 1; c < cells; c++) {
            s[c] = 1.0 / 8 * 0.6;
            n[c] = 40;
            w[c] = 40 * 0.25;
            w2[c] = 40 * 0.25 * 0.25;
        }
        s[0] = 0.4; // 40 % of the signal where the background MC has nothing
        double meanWeight = 0.25;

        double naive = limit(s, w, w2, identity(cells), cells);
        double[] wFloor = w.clone();
        double[] w2Floor = w2.clone();
        wFloor[0] = meanWeight;
        w2Floor[0] = meanWeight * meanWeight;
        double floor = limit(s, wFloor, w2Floor, identity(cells), cells);
        BinMerger.Merging m = BinMerger.merge(s, w, w2, n, 10, 0.3);
        double merged = limit(s, w, w2, m.bin(), m.bins());

        assertTrue(naive < 0.8 * floor, "naive " + naive + " floor " + floor); // the danger is real (seen: 0.71)
        assertTrue(merged >= floor * (1 - 1e-6), "merged " + merged + " floor " + floor);
        int binOfEmpty = m.bin()[0];
        long rows = 0;
        for (int c = 0; c < cells; c++) {
            rows += m.bin()[c] == binOfEmpty ? n[c] : 0;
        }
        assertTrue(rows >= 10, "the signal-only cell shares a bin with " + rows + " MC rows");
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** Median expected 90 % CL limit on the total signal yield (events), signal normalised to 1 event in total. */
    private static double limit(double[] s, double[] w, double[] w2, int[] binOf, int bins) {
        double[] sb = new double[bins];
        double[] bb = new double[bins];
        double[] vb = new double[bins];
        for (int c = 0; c < s.length; c++) {
            sb[binOf[c]] += s[c];
            bb[binOf[c]] += w[c];
            vb[binOf[c]] += w2[c];
        }
        for (int b = 0; b < bins; b++) {
            vb[b] = Math.sqrt(vb[b]);
        }
        Map<String, double[][]> bg = new LinkedHashMap<>();
        bg.put("bg", new double[][] {bb, vb});
        BinnedModel model = BinnedModel.build("t", sb, bg, Map.of("bg", 0.0), 0, "test");
        double mu = CLS.upperLimit(model.model(), 0.9, CalculatorOptions.defaults(), ProgressMonitor.NONE).median();
        return mu; // the POI is the signal yield in events
    }
}
