package org.alpwb.analysis.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.study.Artifact;

/** Full 0.1-9.5 GeV scan in 5 MeV steps on 2 threads with 4000 background rows (thesis-cuts, window fit). */
public final class ScanBenchmark {
    private ScanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        Map<String, Artifact> inputs = new LinkedHashMap<>();
        Map<String, Double> shape = LimitFixtures.gaussianLike(0.008, 0.2);
        inputs.put("model", new Artifact("alpwb/signal-model", LimitFixtures.payload("thesis-cuts", 0.1, 9.5, shape),
                Map.of()));
        inputs.put("background-flat", Samples.tableArtifact(
                Samples.flatBackground(4000, 0.0, 10.0, 1e-3, Samples.rng("bench")), 4000, 4.0));
        inputs.put("xsec-0.1", LimitFixtures.xsec(0.1, 1e-1, 1e-3));
        inputs.put("xsec-9.5", LimitFixtures.xsec(9.5, 1e-4, 1e-3));
        Map<String, Object> config = Map.of("strategy", "thesis-cuts", "massRangeGeV", List.of(0.1, 9.5));
        long t0 = System.nanoTime();
        Artifact a = Tasks.expectedLimits().run(new TestContext(config, inputs, pool, 2, true));
        double s = (System.nanoTime() - t0) / 1e9;
        long ok = new String(a.payload(), java.nio.charset.StandardCharsets.UTF_8).split("\"status\" : \"ok\"").length - 1;
        System.out.printf("expected-limits scan: %d ok points of %d in %.1f s on 2 threads%n", ok,
                ExpectedLimitsTaskTest.points(a).size(), s);
        pool.shutdownNow();
    }
}
