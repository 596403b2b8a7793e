package org.alpwb.fit.internal;

import org.alpwb.fit.pdf.BoundShape;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Test-side samplers: accept-reject under a flat envelope, pull statistics. */
final class Toys {
    private Toys() {
    }

    static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_SHI_RO_256_PP.create(new long[] {seed, 0x9E3779B97F4A7C15L, 7, 13});
    }

    /** n values from shape s on [lo, hi]; envelope = 1.05 max over a fine grid. */
    static double[] sample(UniformRandomProvider rng, BoundShape s, double lo, double hi, int n) {
        double max = 0;
        for (int i = 0; i <= 2000; i++) {
            max = Math.max(max, s.value(lo + (hi - lo) * i / 2000.0));
        }
        max *= 1.05;
        double[] out = new double[n];
        for (int i = 0; i < n; ) {
            double x = lo + (hi - lo) * rng.nextDouble();
            if (rng.nextDouble() * max < s.value(x)) {
                out[i++] = x;
            }
        }
        return out;
    }

    /** {mean, standard deviation} of the values. */
    static double[] meanAndWidth(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x / v.length;
        }
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m) / (v.length - 1);
        }
        return new double[] {m, Math.sqrt(s)};
    }
}
