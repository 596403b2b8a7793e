package org.alpwb.generators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.CrossSectionResult;
import org.alpwb.api.generator.GenerationResult;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;

/**
 * Benchmarks: time to 0.5 % on sigma(alp-fusion) at m = 1 GeV (1 and 2 threads, identical results),
 * unweighted events per second. Run:
 * mvn -q -o test-compile exec:java -pl bundles/generators -Dexec.mainClass=org.alpwb.generators.internal.AlpFusionBenchmark -Dexec.classpathScope=test
 */
public final class AlpFusionBenchmark {
    private AlpFusionBenchmark() {
    }

    public static void main(String[] args) {
        double precision = args.length > 0 ? Double.parseDouble(args[0]) : 5e-3;
        ProcessRequest request = ProcessRequest.of("alp-fusion").withMass(1.0).withPrecision(precision);
        for (int threads : new int[] {1, 2}) {
            ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads);
            long t0 = System.nanoTime();
            CrossSectionResult r = new AlpFusionGenerator().crossSection(request, new SeedSequence(1, "bench"), pool,
                    ProgressMonitor.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("threads=%d sigma=%.6g +- %.3g pb (%.3f %%), evaluations=%d, time %.1f s, unweighting eff %.3g%n",
                    threads, r.crossSection().valuePb(), r.crossSection().errorPb(),
                    100 * r.crossSection().relativeError(), r.crossSection().evaluations(), seconds,
                    r.unweightingEfficiency());
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        List<EventBlock> blocks = new ArrayList<>();
        long t0 = System.nanoTime();
        GenerationResult g = new AlpFusionGenerator().generate(request.withPrecision(0.01), 20_000, true,
                new SeedSequence(2, "bench"), null, ProgressMonitor.NONE, blocks::add);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("generate 20000 unweighted (incl. 1 %% integration): %.1f s, trials %d, overweight %.2g, sum w %.5g pb%n",
                seconds, g.trials(), g.overweightFraction(), g.sumOfWeightsPb());
    }
}
