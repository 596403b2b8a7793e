package org.alpwb.strategy.binned4d.internal;

import java.util.Arrays;

/** Weighted quantiles of a sample (the left-continuous inverse of the weighted empirical CDF). */
final class WeightedQuantiles {
    private WeightedQuantiles() {
    }

    /** Quantile {@code p} in (0, 1) of values {@code x} with non-negative weights {@code w}; NaN if empty. */
    static double quantile(double[] x, double[] w, double p) {
        return quantiles(x, w, new double[] {p})[0];
    }

    static double[] quantiles(double[] x, double[] w, double[] p) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        if (!(total > 0)) {
            return q;
        }
        for (int k = 0; k < p.length; k++) {
            double target = p[k] * total;
            double sum = 0;
            for (Integer i : order) {
                sum += w[i];
                if (sum >= target) {
                    q[k] = x[i];
                    break;
                }
            }
            if (Double.isNaN(q[k])) {
                q[k] = x[order[order.length - 1]];
            }
        }
        return q;
    }
}
