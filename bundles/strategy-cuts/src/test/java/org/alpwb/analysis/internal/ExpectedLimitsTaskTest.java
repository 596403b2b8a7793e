package org.alpwb.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.Artifact;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExpectedLimitsTaskTest {
    static final double G_REF = 1e-3;
    static final double[][] XSEC = {{0.3, 4.0e-2}, {1.0, 1.0e-2}, {2.0, 2.0e-3}};
    static ExecutorService one;
    static ExecutorService two;
    static Map<String, Artifact> inputs;
    static Map<String, Object> config;
    static Artifact result;

    @BeforeAll
    static void setUp() throws Exception {
        one = Executors.newFixedThreadPool(1);
        two = Executors.newFixedThreadPool(2);
        inputs = new LinkedHashMap<>();
        inputs.put("model", new Artifact("alpwb/signal-model",
                LimitFixtures.payload("thesis-cuts", 0.3, 2.0, LimitFixtures.gaussianLike(0.01, 0.2)), Map.of()));
        // two background processes; the second has rows failing the thesis cuts (must be removed)
        inputs.put("background-a", Samples.tableArtifact(
                Samples.flatBackground(3000, 0.0, 3.0, 2e-3, Samples.rng("bga")), 3000, 6.0));
        inputs.put("background-b", Samples.tableArtifact(
                Samples.signal(0.8, 2000, 5.0, 1.0, 0.5, 0.5, Samples.rng("bgb")), 2000, 5.0));
        for (double[] x : XSEC) {
            inputs.put("xsec-" + x[0], LimitFixtures.xsec(x[0], x[1], G_REF));
        }
        config = Map.of("strategy", "thesis-cuts", "massRangeGeV", List.of(0.40, 1.20), "massStepGeV", 0.04, "chunkSize", 4, "gridCells", 200);
        result = Tasks.expectedLimits().run(new TestContext(config, inputs, one, 1, true));
    }

    @AfterAll
    static void stop() {
        one.shutdownNow();
        two.shutdownNow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> points(Artifact a) {
        return (List<Map<String, Object>>) Json.read(a.payload(), "t").get("points");
    }

    static double[] arr(Object o) {
        return Json.numbers(o, "x", "t");
    }

    /** Independent log-linear interpolation of the reference cross section. */
    static double sigmaRef(double m) {
        for (int i = 1; i < XSEC.length; i++) {
            if (m <= XSEC[i][0]) {
                double t = (m - XSEC[i - 1][0]) / (XSEC[i][0] - XSEC[i - 1][0]);
                return XSEC[i - 1][1] * Math.pow(XSEC[i][1] / XSEC[i - 1][1], t);
            }
        }
        throw new IllegalArgumentException();
    }

    @Test
    void resultIsIdenticalForOneAndTwoThreads() throws Exception {
        Artifact twoThreads = Tasks.expectedLimits().run(new TestContext(config, inputs, two, 2, true));
        assertArrayEquals(result.payload(), twoThreads.payload());
        assertArrayEquals(result.files().get("limits.csv"), twoThreads.files().get("limits.csv"));
    }

    @Test
    void excludedRegionsAreFlaggedWithoutNumbers() {
        List<Map<String, Object>> points = points(result);
        assertEquals(21, points.size());
        int excluded = 0;
        for (Map<String, Object> p : points) {
            double m = ((Number) p.get("massGeV")).doubleValue();
            boolean inside = (m >= 0.45 && m <= 0.63) || (m >= 0.91 && m <= 1.01); // thesis Table 5.3 (eta, eta')
            assertEquals(inside, p.get("excluded"), "m = " + m);
            if (inside) {
                excluded++;
                assertNull(p.get("sigmaUpPb"));
                assertNull(p.get("couplingUpPerGeV"));
            } else {
                assertEquals("ok", p.get("status"), "m = " + m);
            }
        }
        assertEquals(4 + 3, excluded); // 0.48..0.60 (eta), 0.92..1.00 (eta')
        String yaml = new String(result.files().get("limits-hepdata.yaml"), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("{value: '-'}"));
        assertTrue(yaml.startsWith("# expected limits") && yaml.contains("independent_variables:"));
        assertArrayEquals(result.payload(), result.files().get("limits.json"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void bandsAscendAndCouplingsFollowEquation92AndTheFourthRootRule() {
        for (Map<String, Object> p : points(result)) {
            if (Boolean.TRUE.equals(p.get("excluded"))) {
                continue;
            }
            double m = ((Number) p.get("massGeV")).doubleValue();
            double[] sigma = arr(p.get("sigmaUpPb"));
            double[] g = arr(p.get("couplingUpPerGeV"));
            for (int i = 0; i < 5; i++) {
                if (i > 0) {
                    assertTrue(sigma[i] > sigma[i - 1], "band order at " + m);
                }
                // eq. 9.2: g_UL = g_ref sqrt(sigma_UL / sigma(g_ref))
                assertEquals(G_REF * Math.sqrt(sigma[i] / sigmaRef(m)), g[i], 1e-12 * g[i]);
            }
            List<Map<String, Object>> proj = (List<Map<String, Object>>) p.get("projections");
            assertEquals(2, proj.size());
            for (Map<String, Object> q : proj) {
                double l = ((Number) q.get("luminosityInvFb")).doubleValue();
                double[] fourth = arr(q.get("couplingUpFourthRootPerGeV"));
                double[] recomputed = arr(q.get("couplingUpPerGeV"));
                for (int i = 0; i < 5; i++) {
                    assertEquals(g[i] * Math.pow(54.24 / l, 0.25), fourth[i], 1e-12 * fourth[i]);
                    assertTrue(recomputed[i] < g[i], "more luminosity, lower limit");
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void backgroundSelectionUsesTheModelsStrategy() {
        List<Map<String, Object>> bgs = (List<Map<String, Object>>) ((Map<String, Object>) Json.read(result.payload(), "t").get("strategyModel")).get("backgrounds");
        assertEquals(3000, ((Number) bgs.get(0).get("selectedRows")).intValue()); // all pass by construction
        long rows = ((Number) bgs.get(1).get("rows")).longValue();
        long kept = ((Number) bgs.get(1).get("selectedRows")).longValue();
        // passAll 0.5 plus half of the single-cut failures (slides-only cuts): 75 % expected, 4 sigma
        assertEquals(0.75, (double) kept / rows, 4 * Math.sqrt(0.75 * 0.25 / rows));
        assertFalse(kept == rows);
    }

    @Test
    @SuppressWarnings("unchecked")
    void mcStatSummaryAndCsvColumnFollowThePoints() {
        java.util.List<Double> mc = new java.util.ArrayList<>();
        java.util.List<Double> band = new java.util.ArrayList<>();
        for (Map<String, Object> p : points(result)) {
            Object v = p.get("mcStatRelUncertainty");
            if (p.get("sigmaUpPb") == null) {
                assertNull(v);
                continue;
            }
            double[] s = arr(p.get("sigmaUpPb"));
            band.add((s[3] - s[1]) / (2 * s[2]));
            double rel = ((Number) p.get("backgroundInSignalRegionMcError")).doubleValue()
                    / ((Number) p.get("backgroundInSignalRegion")).doubleValue();
            // 3000 flat rows on 3 GeV: ~ 150 in the sidebands of a window, the relative error is tens of %
            assertTrue(rel > 0 && rel < 1, "relative MC error " + rel);
            mc.add(((Number) v).doubleValue());
        }
        assertTrue(mc.size() >= 10);
        mc.sort(null);
        band.sort(null);
        Map<String, Object> summary = (Map<String, Object>) Json.read(result.payload(), "t").get("mcStat");
        int n = mc.size();
        double median = n % 2 == 1 ? mc.get(n / 2) : 0.5 * (mc.get(n / 2 - 1) + mc.get(n / 2));
        assertEquals(median, ((Number) summary.get("median")).doubleValue(), 0);
        assertEquals(mc.get(n - 1), ((Number) summary.get("max")).doubleValue(), 0);
        int k = band.size();
        double bandMedian = k % 2 == 1 ? band.get(k / 2) : 0.5 * (band.get(k / 2 - 1) + band.get(k / 2));
        // from sigmaUpPb instead of yieldUp: same ratio up to rounding
        assertEquals(bandMedian, ((Number) summary.get("bandHalfWidthMedian")).doubleValue(), 1e-12);
        assertEquals(n, ((Number) summary.get("points")).intValue());
        assertEquals(0, ((Number) summary.get("pointsWithoutValue")).intValue());
        String[] lines = new String(result.files().get("limits.csv"), StandardCharsets.UTF_8).split("\n");
        assertTrue(lines[0].endsWith(",mc_stat_rel"), lines[0]);
        List<Map<String, Object>> pts = points(result);
        for (int i = 0; i < pts.size(); i++) {
            Object v = pts.get(i).get("mcStatRelUncertainty");
            String last = lines[i + 1].substring(lines[i + 1].lastIndexOf(',') + 1);
            assertEquals(v == null ? "" : Double.toString(((Number) v).doubleValue()), last);
        }
    }

    @Test
    void aStrategyDifferentFromTheModelIsRejected() {
        Map<String, Object> bad = Map.of("strategy", "slides-cuts");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Tasks.expectedLimits().run(new TestContext(bad, inputs, one, 1, true)));
        assertTrue(e.getMessage().contains("tasks.t.config.strategy"), e.getMessage());
        Map<String, Object> outside = Map.of("strategy", "thesis-cuts", "massRangeGeV", List.of(0.2, 1.0));
        InvalidInputException r = assertThrows(InvalidInputException.class,
                () -> Tasks.expectedLimits().run(new TestContext(outside, inputs, one, 1, true)));
        assertTrue(r.getMessage().contains("massRangeGeV"), r.getMessage());
    }
}
