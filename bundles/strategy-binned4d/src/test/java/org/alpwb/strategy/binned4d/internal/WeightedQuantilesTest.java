package org.alpwb.strategy.binned4d.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Weighted quantiles against values worked out by hand from the definition (smallest x with F(x) >= p). */
class WeightedQuantilesTest {

    @Test
    void tiesAndWeightsFollowTheDefinition() {
        double[] x = {3, 1, 2, 2, 5};
        // equal weights: F = 0.2 at 1, 0.6 at 2, 0.8 at 3, 1 at 5
        assertArrayEquals(new double[] {1, 2, 2, 3, 5}, WeightedQuantiles.quantiles(x, new double[] {1, 1, 1, 1, 1},
                new double[] {0.2, 0.21, 0.6, 0.7, 0.9}), 0);
        // all weight on 5, zero on the others: every quantile is 5
        assertArrayEquals(new double[] {5, 5}, WeightedQuantiles.quantiles(x, new double[] {0, 0, 0, 0, 2},
                new double[] {1e-9, 0.5}), 0);
        // the tie at 2 carries 3 of 4 units: F = 0.25 at 1 (w 1), 1 at 2 (w 1 + 2) and beyond
        assertArrayEquals(new double[] {1, 2, 2}, WeightedQuantiles.quantiles(x, new double[] {0, 1, 1, 2, 0},
                new double[] {0.25, 0.26, 0.99}), 0);
        assertTrue(Double.isNaN(WeightedQuantiles.quantile(x, new double[5], 0.5)), "no weight: NaN");
    }

    /** The merge of two samples' precomputed orders (windows, scales, ties) against sorting the combined rows. */
    @Test
    void mergedOrdersGiveTheQuantilesOfTheCombinedRows() {
        java.util.List<EventSample> samples = new java.util.ArrayList<>();
        for (int k = 0; k < 2; k++) {
            int shift = k;
            var t = Synthetic.table(3000, 1e-3 * (k + 1), rng -> new double[] {1 + 0.1 * Synthetic.gauss(rng),
                Math.rint(10 * rng.nextDouble()) + shift, -Math.log(1 - rng.nextDouble()), rng.nextDouble(), 0.5},
                40 + k);
            samples.add(EventSample.of("s" + k, 1, 1, t, Selection.slides(), InterpolationTest.VARS, "test"));
        }
        int[] from = {samples.get(0).from(0.95), samples.get(1).from(0.9)};
        int[] to = {samples.get(0).to(1.1), samples.get(1).to(1.02)};
        double[] scale = {0.3, 0.7};
        double[] p = {0.1, 1.0 / 3, 0.5, 2.0 / 3, 0.999};
        for (int axis = 0; axis < 4; axis++) {
            java.util.List<Double> x = new java.util.ArrayList<>();
            java.util.List<Double> w = new java.util.ArrayList<>();
            for (int k = 0; k < 2; k++) {
                for (int r = from[k]; r < to[k]; r++) {
                    x.add(samples.get(k).variables()[axis][r]);
                    w.add(samples.get(k).weightPb()[r] * scale[k]);
                }
            }
            double[] sorted = WeightedQuantiles.quantiles(x.stream().mapToDouble(Double::doubleValue).toArray(),
                    w.stream().mapToDouble(Double::doubleValue).toArray(), p);
            // exact: both take an observed value; the summation order differs only by rounding (no crossing here)
            assertArrayEquals(sorted, WeightedQuantiles.quantiles(samples, from, to, scale, axis, p), 0, "axis " + axis);
        }
    }
}
