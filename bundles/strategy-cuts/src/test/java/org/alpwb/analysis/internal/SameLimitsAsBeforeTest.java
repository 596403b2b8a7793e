package org.alpwb.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.study.Artifact;
import org.junit.jupiter.api.Test;

/**
 * The cut strategies as plugins give the limits of the code before the move (commit 56ad9bb, strategies switched
 * by name inside bundles/analysis): signal-model + expected-limits of thesis-cuts and slides-cuts on fixed
 * synthetic samples (3 signal masses, 20000 flat + 4000 peaking background rows), 23 masses each, compared with the
 * numbers that code wrote (resource limits-before-56ad9bb.csv, produced by the same setup on that commit). Same
 * arithmetic in the same order, so the tolerance is 1e-12 relative (rounding only); statuses must match too.
 */
class SameLimitsAsBeforeTest {

    @Test
    @SuppressWarnings("unchecked")
    void limitsEqualThoseOfThePrePluginCode() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            Map<String, Artifact> signal = new LinkedHashMap<>();
            for (double m : new double[] {0.5, 1.5, 3.0}) {
                signal.put("signal-" + m, Samples.tableArtifact(Samples.signal(m, 16000, 2e-3, 0.5, 0.6, 0.8,
                        Samples.rng("sig" + m)), 16000, 2e-3));
            }
            List<String> rows = new ArrayList<>();
            for (String strategy : List.of("thesis-cuts", "slides-cuts")) {
                Artifact model = Tasks.signalModel().run(new TestContext(Map.of("strategy", strategy, "orders",
                        Map.of("efficiency", 2)), signal, pool, 1, true));
                Map<String, Artifact> in = new LinkedHashMap<>();
                in.put("model", model);
                in.put("background-a", Samples.tableArtifact(Samples.flatBackground(20000, 0.0, 3.5, 2e-3,
                        Samples.rng("bga")), 20000, 40.0));
                in.put("background-b", Samples.tableArtifact(Samples.signal(0.8, 4000, 5.0, 1.0, 0.5, 0.5,
                        Samples.rng("bgb")), 4000, 5.0));
                for (double[] x : new double[][] {{0.3, 4.0e-2}, {1.0, 1.0e-2}, {2.0, 2.0e-3}, {3.0, 1.0e-3}}) {
                    in.put("xsec-" + x[0], LimitFixtures.xsec(x[0], x[1], 1e-3));
                }
                Artifact limits = Tasks.expectedLimits().run(new TestContext(Map.of("strategy", strategy,
                        "massRangeGeV", List.of(0.6, 2.8), "massStepGeV", 0.1, "gridCells", 200), in, pool, 1, true));
                for (Map<String, Object> p : (List<Map<String, Object>>) Json.read(limits.payload(), "t")
                        .get("points")) {
                    StringBuilder row = new StringBuilder(strategy + "," + p.get("massGeV") + "," + p.get("status"));
                    for (String k : List.of("sigmaUpPb", "couplingUpPerGeV")) {
                        List<Object> v = (List<Object>) p.get(k);
                        for (int i = 0; i < 5; i++) {
                            row.append(',').append(v == null ? "" : v.get(i));
                        }
                    }
                    rows.add(row.toString());
                }
            }
            List<String> before;
            try (InputStream s = getClass().getResourceAsStream("limits-before-56ad9bb.csv")) {
                before = new String(s.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            assertEquals(before.size(), rows.size());
            int compared = 0;
            for (int i = 0; i < rows.size(); i++) {
                String[] a = before.get(i).split(",", -1);
                String[] b = rows.get(i).split(",", -1);
                assertEquals(a[0] + a[1] + a[2], b[0] + b[1] + b[2], "row " + i);
                for (int j = 3; j < a.length; j++) {
                    if (a[j].isEmpty()) {
                        assertEquals("", b[j], "row " + i + " column " + j);
                        continue;
                    }
                    double x = Double.parseDouble(a[j]);
                    assertEquals(x, Double.parseDouble(b[j]), 1e-12 * Math.abs(x), before.get(i));
                    compared++;
                }
            }
            assertEquals(420, compared); // 42 points with limits x 10 numbers
        } finally {
            pool.shutdownNow();
        }
    }
}
