package org.alpwb.strategy.binned4d.internal;

import java.util.Arrays;
import java.util.List;

/** Weighted quantiles of a sample (the left-continuous inverse of the weighted empirical CDF). */
final class WeightedQuantiles {
    private WeightedQuantiles() {
    }

    /** Quantile {@code p} in (0, 1) of values {@code x} with non-negative weights {@code w}; NaN if empty. */
    static double quantile(double[] x, double[] w, double p) {
        return quantiles(x, w, new double[] {p})[0];
    }

    /**
     * The quantiles {@code p}: the smallest value whose cumulative weight reaches p x total. Rows are grouped by
     * their position in the sorted values (equal values share one position), so a primitive sort does the
     * ordering (the scan computes one grid per mass hypothesis).
     */
    static double[] quantiles(double[] x, double[] w, double[] p) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] weightAt = new double[sorted.length];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            weightAt[firstIndexOf(sorted, x[i])] += w[i];
            total += w[i];
        }
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        if (!(total > 0)) {
            return q;
        }
        for (int k = 0; k < p.length; k++) {
            double target = p[k] * total;
            double sum = 0;
            for (int i = 0; i < sorted.length; i++) {
                sum += weightAt[i];
                if (sum >= target) {
                    q[k] = sorted[i];
                    break;
                }
            }
            if (Double.isNaN(q[k])) {
                q[k] = sorted[sorted.length - 1];
            }
        }
        return q;
    }

    /** The first index of {@code v} in the ascending {@code sorted} (which contains it). */
    private static int firstIndexOf(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The quantiles {@code p} of {@code axis} over the rows [from_k, to_k) of the samples k, row r weighted
     * w_r x scale_k: the same definition as {@link #quantiles(double[], double[], double[])}, computed by merging
     * the samples' precomputed value orders ({@link EventSample#orderByVariable}) instead of sorting.
     */
    static double[] quantiles(List<EventSample> samples, int[] from, int[] to, double[] scale, int axis, double[] p) {
        int k = samples.size();
        double total = 0;
        for (int s = 0; s < k; s++) {
            double[] w = samples.get(s).weightPb();
            for (int r = from[s]; r < to[s]; r++) {
                total += w[r] * scale[s];
            }
        }
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        if (!(total > 0)) {
            return q;
        }
        int[] pos = new int[k];
        int next = 0;
        double sum = 0;
        double last = Double.NaN;
        while (next < p.length) {
            int best = -1;
            double bestValue = Double.POSITIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                EventSample e = samples.get(s);
                int[] order = e.orderByVariable()[axis];
                while (pos[s] < order.length && (order[pos[s]] < from[s] || order[pos[s]] >= to[s])) {
                    pos[s]++;
                }
                if (pos[s] < order.length) {
                    double v = e.variables()[axis][order[pos[s]]];
                    if (best < 0 || v < bestValue) {
                        best = s;
                        bestValue = v;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            EventSample e = samples.get(best);
            sum += e.weightPb()[e.orderByVariable()[axis][pos[best]++]] * scale[best];
            last = bestValue;
            while (next < p.length && sum >= p[next] * total) {
                q[next++] = bestValue;
            }
        }
        for (; next < p.length; next++) {
            q[next] = last;
        }
        return q;
    }
}
