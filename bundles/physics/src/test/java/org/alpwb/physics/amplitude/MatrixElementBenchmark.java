package org.alpwb.physics.amplitude;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Helicity-summed |M|^2 evaluations per second on one thread. Run with
 * {@code mvn -q -o test-compile exec:java -pl bundles/physics
 * -Dexec.mainClass=org.alpwb.physics.amplitude.MatrixElementBenchmark -Dexec.classpathScope=test}
 * (add {@code -Dexec.args=alp-fusion} for a single process).
 */
public final class MatrixElementBenchmark {

    private MatrixElementBenchmark() {
    }

    public static void main(String[] args) {
        // optional arguments: the process ids to measure (one per JVM avoids megamorphic call sites)
        String[] ids = args.length > 0 ? args : new String[] {"alp-fusion", "alp-strahlung", "mumu", "bhabha",
            "diphoton", "triphoton", "bhabha-gamma", "bhabha-2gamma"};
        for (String id : ids) {
            MatrixElement me = MatrixElements.create(id, Map.of("massGeV", 1.0));
            double[] m = me.massesGeV();
            double[] fm = new double[m.length - 2];
            System.arraycopy(m, 2, fm, 0, fm.length);
            SplittableRandom rnd = new SplittableRandom(42);
            int nPoints = 1024;
            double[][] points = new double[nPoints][];
            for (int i = 0; i < nPoints; i++) {
                points[i] = PhaseSpacePoints.rambo(10.5796, fm, rnd);
            }
            double sink = 0;
            long calls = 0;
            long start = System.nanoTime();
            long warm = start + 1_000_000_000L;
            while (System.nanoTime() < warm) { // warm-up for the JIT
                sink += me.squared(points[(int) (calls++ & (nPoints - 1))]);
            }
            calls = 0;
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = mx.getCurrentThreadCpuTime();
            start = System.nanoTime();
            long end = start + 2_000_000_000L;
            long now;
            do {
                for (int k = 0; k < 1024; k++) {
                    sink += me.squared(points[(int) (calls++ & (nPoints - 1))]);
                }
                now = System.nanoTime();
            } while (now < end);
            double cpu = (mx.getCurrentThreadCpuTime() - cpuStart) * 1e-9;
            double rate = calls / ((now - start) * 1e-9);
            // per CPU-second of this thread: robust against other processes sharing the cores
            System.out.printf("%-14s %12.3e evaluations/CPU-s  %12.3e evaluations/wall-s (checksum %.3e)%n", id,
                    calls / cpu, rate, sink);
        }
    }
}
