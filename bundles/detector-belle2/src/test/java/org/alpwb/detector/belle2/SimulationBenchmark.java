package org.alpwb.detector.belle2;

import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;

/**
 * Simulated events per second on one thread for 4-particle e+e- gamma gamma events, for a perfect
 * detector without background and for the nominal simulation at the lowest and highest background.
 */
public final class SimulationBenchmark {
    /** CPU time of this thread: the machine is shared, wall time measures the neighbours too. */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private SimulationBenchmark() {
    }

    public static void main(String[] args) {
        int n = 200_000;
        EventBlock events = ReconstructionTest.eegg(n);
        Belle2Detector detector = new Belle2Detector();
        SimulationOptions[] cases = {
            SimulationOptions.nominal("exp22-run30").withBackgroundScale(0).withMaterialEffects(false)
                .withBeamEnergySpread(false),
            SimulationOptions.nominal("exp22-run30"),
            SimulationOptions.nominal("exp26-run1485")};
        String[] names = {"no background, no material, no spread", "nominal, exp22-run30", "nominal, exp26-run1485"};
        for (int round = 0; round < 3; round++) { // the first round warms up the JIT
            for (int c = 0; c < cases.length; c++) {
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                RecoBlock reco = detector.simulate(events, cases[c], new long[] {round, c, 1, 2});
                double seconds = (System.nanoTime() - start) * 1e-9;
                double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) * 1e-9;
                long t0 = System.nanoTime();
                byte[] bytes = reco.toBytes();
                double encode = (System.nanoTime() - t0) * 1e-9;
                if (round > 0) {
                    System.out.printf("%-40s %8.0f events/s per CPU second, %8.0f per wall second"
                            + " (%d tracks, %d clusters; toBytes %.0f MB/s wall)%n", names[c], n / cpuSeconds,
                            n / seconds, reco.trackCount(), reco.clusterCount(), bytes.length / encode / 1e6);
                }
            }
        }
    }
}
