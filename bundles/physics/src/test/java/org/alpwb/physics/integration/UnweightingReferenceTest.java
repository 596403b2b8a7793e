package org.alpwb.physics.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class UnweightingReferenceTest {

    static MultiChannelIntegrator.ChunkStats stats(double[] weights) {
        SamplingState state = new SamplingState(new VegasGrid[] {VegasGrid.uniform(1, 2)}, new double[] {1});
        MultiChannelIntegrator.ChunkStats s = new MultiChannelIntegrator.ChunkStats(state, false);
        for (double w : weights) {
            s.points++;
            s.nonZero++;
            s.sum += w;
            s.maxWeight = Math.max(s.maxWeight, w);
            int b = MultiChannelIntegrator.weightBin(w);
            s.weightSums[b] += w;
            s.weightCounts[b]++;
        }
        return s;
    }

    static double excess(double[] weights, double cap) {
        double e = 0;
        for (double w : weights) {
            e += Math.max(0, w - cap);
        }
        return e;
    }

    @Test
    void heavyTailIsCappedWithTheToleratedExcessOnly() {
        // w = u^(-0.4): mean 5/3, tail P(w > c) = c^(-2.5); the 1e-3 excess needs c ~ 400^(2/3) ~ 54, max ~ 1e6^0.4 ~ 250
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {5, 6, 7, 8});
        double[] w = new double[1_000_000];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.pow(1 - rng.nextDouble(), -0.4);
        }
        MultiChannelIntegrator.ChunkStats s = stats(w);
        double[] ref = MultiChannelIntegrator.unweightingReference(s);
        double cap = ref[0];
        double direct = excess(w, cap);
        // the reported share is the exact excess (rounding of sums over 1e6 points: 1e-9 relative)
        assertEquals(direct / s.sum, ref[1], 1e-9);
        assertTrue(ref[1] <= MultiChannelIntegrator.OVERWEIGHT_TOLERANCE, "share " + ref[1]);
        // minimal on the grid of bin edges: one bin lower would exceed the tolerance
        double lower = cap / Math.pow(10, 1 / 20.0);
        assertTrue(excess(w, lower) > MultiChannelIntegrator.OVERWEIGHT_TOLERANCE * s.sum);
        // and well below the single largest weight (the point of the exercise)
        assertTrue(cap < 0.4 * s.maxWeight, cap + " vs max " + s.maxWeight);
    }

    @Test
    void aDominantWeightIsNeverCapped() {
        double[] w = new double[10_001];
        java.util.Arrays.fill(w, 1.0);
        w[10_000] = 1e6;
        double[] ref = MultiChannelIntegrator.unweightingReference(stats(w));
        // the single point carries 99 % of the sum: capping it at all would exceed 1e-3 of sigma
        assertTrue(ref[0] >= 1e6 * (1 - 1e-3 * 1.01e6 / 1e6), "cap " + ref[0]);
        assertTrue(ref[1] <= MultiChannelIntegrator.OVERWEIGHT_TOLERANCE);
    }
}
