package org.alpwb.strategy.binned4d.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.alpwb.limits.calc.AsymptoticCalculator;

/**
 * The 1881-point (0.1-9.5 GeV, 5 MeV) 4D scan of one strategy on synthetic samples of the quick-profile size:
 * signal at 6 generated masses (20000 rows each), six backgrounds of 20000 rows, nominal luminosity plus two
 * recomputed projections, 2 threads. Run: mvn -q -o test-compile exec:java -pl bundles/strategy-binned4d
 * -Dexec.mainClass=org.alpwb.strategy.binned4d.internal.ScanBenchmark -Dexec.classpathScope=test
 * [-Dexec.args="POINTS [STRIDE]"]: every STRIDE-th point of the POINTS-point grid (a sample spread over all masses
 * on a loaded machine). Prints wall and process CPU time and both extrapolated to the whole grid.
 */
public final class ScanBenchmark {
    public static void main(String[] args) throws Exception {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 1881;
        int stride = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        double[] masses = {0.1, 0.3, 1.5, 3.0, 6.0, 9.5};
        List<EventSample> signals = new ArrayList<>();
        for (int k = 0; k < masses.length; k++) {
            double m = masses[k];
            var t = Synthetic.table(20000, 1e-3 / 40000, rng -> new double[] {m + (0.005 + 0.01 * m) * Synthetic.gauss(rng),
                -0.3 * -Math.log(1 - rng.nextDouble()), -0.3 * -Math.log(1 - rng.nextDouble()),
                m * m + 3 * rng.nextDouble(), m * m + 3 * rng.nextDouble()}, 100 + k);
            signals.add(EventSample.of("signal-" + m, m, 1e-3, t, Selection.slides(), InterpolationTest.VARS, "bench"));
        }
        List<EventSample> bgs = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            var t = Synthetic.table(20000, 5e-4 * (p + 1), rng -> new double[] {10 * rng.nextDouble() * rng.nextDouble(),
                -3 * -Math.log(1 - rng.nextDouble()), -3 * -Math.log(1 - rng.nextDouble()), 12 * rng.nextDouble(),
                12 * rng.nextDouble()}, 200 + p);
            bgs.add(EventSample.of("bg" + p, Double.NaN, Double.NaN, t, Selection.slides(), InterpolationTest.VARS, "bench"));
        }
        PointCalculator.Settings settings = new PointCalculator.Settings(Selection.slides(), new int[] {3, 3, 3, 3}, 10,
                0.3, 54240, new double[] {569000, 50000000}, 0.9, 0.01, Map.of(BinnedLimitsTask.DEFAULT_KEY, 0.1),
                List.of());
        CrossSections xsec = new CrossSections(masses, new double[] {1e-3, 1e-3, 1e-3, 1e-3, 1e-3, 1e-3}, 1e-3);
        PointCalculator calc = new PointCalculator(signals, bgs, xsec, settings, new AsymptoticCalculator());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<Future<PointCalculator.Point>> f = new ArrayList<>();
        for (int i = 0; i < points; i += stride) {
            double m = 0.1 + i * (9.4 / (points - 1));
            f.add(pool.submit(() -> calc.compute(m, false)));
        }
        int ok = 0;
        long bins = 0;
        for (Future<PointCalculator.Point> p : f) {
            PointCalculator.Point r = p.get();
            if (r.muUp() != null) {
                ok++;
                bins += r.bins();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        pool.shutdown();
        int computed = f.size();
        System.out.printf(java.util.Locale.ROOT, "%d of %d points (%d with a limit, mean %.1f bins) in %.1f s wall, %.1f s CPU;"
                + " whole grid: %.1f s wall, %.1f s CPU (%.1f ms CPU per point)%n", computed, points, ok,
                ok > 0 ? (double) bins / ok : 0, s, cpu, s * points / computed, cpu * points / computed,
                1e3 * cpu / computed);
    }
}
