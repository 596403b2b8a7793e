package org.alpwb.generators.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.fit.internal.ChebyshevInterpolator;

/**
 * Issue 10 item 4: the sigma(alp-fusion) curve on the 5 MeV grid 0.1-9.5 GeV (1881 points), wall time of
 * repeated runs on 2 threads, and (with a third argument {@code check}) the comparison with direct
 * integrations at 20 masses. Run:
 * mvn -q -o test-compile exec:java -pl bundles/generators -Dexec.mainClass=org.alpwb.generators.internal.CrossSectionCurveBenchmark -Dexec.classpathScope=test -Dexec.args="RUNS NODES [check]"
 */
public final class CrossSectionCurveBenchmark {
    private CrossSectionCurveBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : CrossSectionCurve.Settings.defaults().nodes();
        CrossSectionCurve.Settings d = CrossSectionCurve.Settings.defaults();
        CrossSectionCurve.Settings settings = new CrossSectionCurve.Settings(nodes, d.nodePrecision(),
                d.targetRelativeError(), d.warmAdaptIterations());
        double[] grid = CrossSectionCurveTest.grid();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CrossSectionCurve.Result r = null;
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            r = CrossSectionCurve.compute(ProcessRequest.of("alp-fusion").withCoupling(1e-3), grid, settings,
                    new ChebyshevInterpolator(), new SeedSequence(args.length > 3 ? Long.parseLong(args[3]) + run : 10 + run, "curve"), pool, ProgressMonitor.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            long points = r.nodes().stream().mapToLong(CrossSectionCurve.Node::points).sum();
            System.out.printf("run %d: %d grid points from %d nodes (%d frozen points) in %.1f s wall, %.1f s CPU (2 threads); "
                    + "order %d, chi2/ndf %.1f/%d (p %.3f), largest relative error %.3f %%%n", run + 1, grid.length, nodes,
                    points, seconds, cpu, r.order(), r.chi2(), r.ndf(), r.pValue(), 100 * r.maxRelativeError());
        }
        if (args.length > 2 && args[2].equals("nodes")) {
            for (CrossSectionCurve.Node node : r.nodes()) {
                int k = (int) Math.round((node.massGeV() - 0.1) / 0.005);
                System.out.printf("node m = %.4f: %.5g +- %.2g (%d points), curve at the nearest grid mass %.4f: %.5g +- %.2g%n",
                        node.massGeV(), node.sigmaPb(), node.errorPb(), node.points(), r.massGeV()[k], r.sigmaPb()[k],
                        r.errorPb()[k]);
            }
        } else if (args.length > 2) {
            CrossSectionCurveTest.Check c = CrossSectionCurveTest.check(r, pool);
            System.out.println(c.table());
        }
        pool.shutdownNow();
    }

    /** CPU time of the whole JVM (both worker threads): on a loaded machine the wall time mostly measures the load. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
