package org.alpwb.strategy.binned4d.internal;

import java.util.List;

/**
 * Histograms of the analysis variables in the mass window of one hypothesis.
 *
 * <p><b>Signal at a mass between generated masses</b> (vertical template morphing): for a hypothesis m
 * with m_i <= m < m_j (neighbouring generated masses, weight f = (m - m_i) / (m_j - m_i)), each
 * neighbour's rows are taken in its own window (its measured peak + [low, high] x its measured width),
 * each row weighted w / W_gen (so that a sample contributes its efficiency), and the two samples are
 * combined with weights 1 - f and f. Every cell's efficiency, and hence the total efficiency and the
 * shape, is thus linear in m between generated masses; the yield is eff(m) x sigma(m, g_ref) x L with
 * sigma from the cross-section points (log-linear). The grid of the hypothesis is built from the same
 * combined rows. At a generated mass only that sample is used. The method is checked against a
 * generated mass left out ({@link LeftOutCheck}).
 */
final class Templates {
    private Templates() {
    }

    /** Efficiency per cell (sum of w / W_gen), its MC variance, and the grid. */
    record Signal(CellGrid grid, double[] efficiency, double[] efficiencyVariance, double totalEfficiency, int rows) {
    }

    /** Background weights (pb) per cell, sum of w^2, MC rows. */
    record Background(String name, double[] weightPb, double[] weight2, long[] rows) {
        double total() {
            double s = 0;
            for (double v : weightPb) {
                s += v;
            }
            return s;
        }

        long totalRows() {
            long s = 0;
            for (long v : rows) {
                s += v;
            }
            return s;
        }
    }

    /**
     * The signal template at {@code massGeV} from the generated samples (sorted by mass, with the peaks
     * measured on them). {@code grid} null: signal-quantile edges with {@code binsPerAxis}.
     */
    static Signal signal(List<EventSample> samples, double[] peakGeV, double[] sigmaGeV, Selection selection,
            double massGeV, int[] binsPerAxis, CellGrid grid) {
        double[] masses = samples.stream().mapToDouble(EventSample::massGeV).toArray();
        MassBracket b = MassBracket.of(masses, massGeV);
        int[] idx = b.lower() == b.upper() ? new int[] {b.lower()} : new int[] {b.lower(), b.upper()};
        double[] share = b.lower() == b.upper() ? new double[] {1} : new double[] {1 - b.upperWeight(), b.upperWeight()};
        int total = 0;
        int[] from = new int[idx.length];
        int[] to = new int[idx.length];
        double[] scales = new double[idx.length];
        List<EventSample> used = new java.util.ArrayList<>();
        for (int k = 0; k < idx.length; k++) {
            EventSample s = samples.get(idx[k]);
            double[] win = selection.window(peakGeV[idx[k]], sigmaGeV[idx[k]]);
            from[k] = s.from(win[0]);
            to[k] = s.to(win[1]);
            scales[k] = share[k] / s.generatedWeightPb();
            used.add(s);
            total += to[k] - from[k];
        }
        int axes = samples.get(0).variables().length;
        double[][] values = new double[axes][total];
        double[] weight = new double[total];
        int n = 0;
        for (int k = 0; k < idx.length; k++) {
            EventSample s = samples.get(idx[k]);
            double[] win = selection.window(peakGeV[idx[k]], sigmaGeV[idx[k]]);
            double scale = share[k] / s.generatedWeightPb();
            for (int r = s.from(win[0]); r < s.to(win[1]); r++) {
                for (int a = 0; a < axes; a++) {
                    values[a][n] = s.variables()[a][r];
                }
                weight[n++] = s.weightPb()[r] * scale;
            }
        }
        CellGrid g = grid != null ? grid : CellGrid.signalQuantiles(binsPerAxis,
                (axis, p) -> WeightedQuantiles.quantiles(used, from, to, scales, axis, p));
        double[] eff = new double[g.cells()];
        double[] var = new double[g.cells()];
        double[] x = new double[axes];
        double sum = 0;
        for (int r = 0; r < total; r++) {
            for (int a = 0; a < axes; a++) {
                x[a] = values[a][r];
            }
            int c = g.cell(x);
            eff[c] += weight[r];
            var[c] += weight[r] * weight[r];
            sum += weight[r];
        }
        return new Signal(g, eff, var, sum, total);
    }

    /** A background's rows with m_gg in [loGeV, hiGeV], on {@code grid}. */
    static Background background(EventSample sample, CellGrid grid, double loGeV, double hiGeV) {
        double[] w = new double[grid.cells()];
        double[] w2 = new double[grid.cells()];
        long[] n = new long[grid.cells()];
        double[] x = new double[sample.variables().length];
        for (int r = sample.from(loGeV); r < sample.to(hiGeV); r++) {
            int c = grid.cell(sample.point(r, x));
            double v = sample.weightPb()[r];
            w[c] += v;
            w2[c] += v * v;
            n[c]++;
        }
        return new Background(sample.name(), w, w2, n);
    }
}
