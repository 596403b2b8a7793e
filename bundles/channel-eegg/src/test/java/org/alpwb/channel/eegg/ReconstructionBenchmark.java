package org.alpwb.channel.eegg;

import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Reconstructed events per second (including the 4C and vertex fits) on hand-made signal events with one extra photon. */
public final class ReconstructionBenchmark {
    private ReconstructionBenchmark() {
    }

    public static void main(String[] args) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {7, 7, 7, 7});
        int n = 10000;
        EventBlock.Builder gen = EventBlock.builder(0);
        RecoBlock.Builder reco = HandMadeEvents.recoBuilder();
        for (int i = 0; i < n; i++) {
            FourMomentum[] f = SignalKinematics.accepted(rng, 0.5 + 6 * rng.nextDouble());
            HandMadeEvents.signalTruth(gen, f[0], f[1], f[2], f[3], "fusion");
            EeggChannelTest.addSignal(reco, f, new double[3]);
            HandMadeEvents.photon(reco, FourMomentum.ofMass(0, 0.2, 0.1, 0.05), -1, TruthOrigin.BEAM_BACKGROUND, 1.0);
            reco.endEvent(i, 1e-3);
        }
        EventBlock events = gen.build();
        RecoBlock block = reco.build();
        EeggChannel channel = new EeggChannel();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long cpu = bean.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            int rows = channel.reconstruct(block, events, HandMadeEvents.BEAMS).candidates().rowCount();
            double seconds = (System.nanoTime() - start) * 1e-9;
            double cpuSeconds = (bean.getCurrentThreadCpuTime() - cpu) * 1e-9;
            // CPU time: the shared VM is loaded by other builds, wall time overstates the cost
            System.out.printf("round %d: %.0f events per CPU second, %.0f per wall second (%d candidates)%n", round,
                    n / cpuSeconds, n / seconds, rows);
        }
    }
}
