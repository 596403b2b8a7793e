package org.alpwb.classifier.nn.internal;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** FMA throughput loop for {@link MlpBenchmark#peak()}: 12 independent vector accumulators. */
final class PeakLoop {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private PeakLoop() {
    }

    static int lanes() {
        return F.length();
    }

    static float run(long iterations) {
        FloatVector m = FloatVector.broadcast(F, 0.999999f);
        FloatVector a = FloatVector.broadcast(F, 1e-7f);
        FloatVector s0 = FloatVector.broadcast(F, 1f), s1 = s0.add(1f), s2 = s0.add(2f), s3 = s0.add(3f);
        FloatVector s4 = s0.add(4f), s5 = s0.add(5f), s6 = s0.add(6f), s7 = s0.add(7f);
        FloatVector s8 = s0.add(8f), s9 = s0.add(9f), s10 = s0.add(10f), s11 = s0.add(11f);
        for (long i = 0; i < iterations; i++) {
            s0 = s0.fma(m, a);
            s1 = s1.fma(m, a);
            s2 = s2.fma(m, a);
            s3 = s3.fma(m, a);
            s4 = s4.fma(m, a);
            s5 = s5.fma(m, a);
            s6 = s6.fma(m, a);
            s7 = s7.fma(m, a);
            s8 = s8.fma(m, a);
            s9 = s9.fma(m, a);
            s10 = s10.fma(m, a);
            s11 = s11.fma(m, a);
        }
        return s0.add(s1).add(s2).add(s3).add(s4).add(s5).add(s6).add(s7).add(s8).add(s9).add(s10).add(s11)
                .reduceLanes(VectorOperators.ADD);
    }
}
