package org.alpwb.strategy.binned4d.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.pyhf.WorkspaceReader;
import org.junit.jupiter.api.Test;

/** The task end to end on synthetic samples (signal at 1, 2, 3 GeV; background only around 2 GeV). */
class BinnedLimitsTaskTest {
    static final double LUMI_INV_FB = 54.24;
    static final double LUMI_PB = LUMI_INV_FB * 1000;
    /** Shared by the test classes of this bundle; daemon threads end with the test JVM. */
    static final ExecutorService POOL = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "binned-test");
        t.setDaemon(true);
        return t;
    });

    /** Inputs: three signal masses; a background of {@code backgroundEvents} expected events in 20000 rows at 2 GeV. */
    static Map<String, Artifact> inputs(double backgroundEvents) {
        Map<String, Artifact> in = new LinkedHashMap<>();
        for (double m : new double[] {1, 2, 3}) {
            String tag = m == 1 ? "1" : m == 2 ? "2" : "3";
            int gen = 40000;
            int rows = (int) (gen * InterpolationTest.efficiency(m));
            double sigma = 1e-3;
            var t = Synthetic.table(rows, sigma / gen, rng -> new double[] {m + InterpolationTest.width(m)
                    * Synthetic.gauss(rng), -0.3 * -Math.log(1 - rng.nextDouble()), -rng.nextDouble(), 1 + rng.nextDouble(),
                1 + rng.nextDouble()}, (long) (m * 10));
            in.put("signal-" + tag, Synthetic.tableArtifact(t));
            in.put("generated-" + tag, Synthetic.generated(gen, sigma));
            in.put("xsec-" + tag, Synthetic.xsec(m, sigma));
        }
        var b = Synthetic.table(20000, backgroundEvents / LUMI_PB / 20000, rng -> new double[] {1.99 + 0.02 * rng.nextDouble(),
            -3 * rng.nextDouble(), -rng.nextDouble(), 1 + rng.nextDouble(), 1 + rng.nextDouble()}, 5);
        in.put("background-flat", Synthetic.tableArtifact(b));
        return in;
    }

    static Artifact run(Map<String, Object> config, Map<String, Artifact> inputs) throws Exception {
        return new BinnedLimitsTask().run(new TestContext(config, inputs, POOL));
    }

    static Map<String, Object> config(String strategy, Map<String, Object> parameters, double lo, double hi) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("strategy", strategy);
        c.put("parameters", parameters);
        c.put("luminosityInvFb", LUMI_INV_FB);
        c.put("projectionsInvFb", List.of(569.0));
        c.put("massRangeGeV", List.of(lo, hi));
        c.put("massStepGeV", 0.5);
        c.put("leftOutCheck", false);
        return c;
    }

    /**
     * One bin, no systematics, b = 50: the 95 % CL median and band of the single-bin Asimov formula (statistics.md
     * test vector). The only extra uncertainty is the background MC statistics, 1 / sqrt(20000) = 0.7 %, which moves
     * the limit by ~0.1 %: tolerance 0.5 %.
     */
    @Test
    void oneBinWithoutSystematicsIsTheSingleBinTestVector() throws Exception {
        Map<String, Object> c = config("binned-1d", Map.of("binsPerAxis", 1, "luminosityUncertainty", 0.0,
                "normalisationUncertainty", 0.0), 2.0, 2.0);
        c.put("cl", 0.95);
        JsonNode p = BinnedLimitsTask.MAPPER.readTree(run(c, inputs(50)).payload()).path("points").get(0);
        assertEquals("", p.path("status").asText());
        assertEquals(1, p.path("bins").asInt());
        assertEquals(50, p.path("backgroundInWindow").asDouble(), 1e-9);
        double[] expected = {7.81030678, 10.659652472, 15.168028718, 21.838978545, 30.486325654};
        double eff = p.path("efficiency").asDouble();
        for (int i = 0; i < 5; i++) {
            double events = p.path("sigmaUpPb").get(i).asDouble() * eff * LUMI_PB;
            assertEquals(expected[i], events, 0.005 * expected[i], "band " + i);
            assertEquals(expected[i], p.path("muUp").get(i).asDouble(), 0.005 * expected[i]);
        }
        // coupling: g_ref sqrt(sigma_UL / sigma_ref), sigma_ref = 1e-3 pb at g_ref = 1e-3 / GeV
        double s = p.path("sigmaUpPb").get(2).asDouble();
        assertEquals(1e-3 * Math.sqrt(s / 1e-3), p.path("couplingUpPerGeV").get(2).asDouble(), 1e-12);
    }

    /** The exported pyhf workspace, read back and compiled, gives the limits of the scan (and of the limits command). */
    @Test
    void workspaceRoundTripGivesTheSameLimits() throws Exception {
        Map<String, Object> c = config("binned-4d", Map.of("binsPerAxis", 2), 2.0, 2.0); // 16 cells: a fast test
        c.put("workspaceMassesGeV", List.of(2.0));
        Artifact a = run(c, inputs(200));
        JsonNode payload = BinnedLimitsTask.MAPPER.readTree(a.payload());
        JsonNode chosen = payload.path("chosenMasses").get(0);
        String file = chosen.path("workspace").asText();
        String json = new String(a.files().get(file), StandardCharsets.UTF_8);
        HistFactoryModel model = HistFactoryCompiler.compile(WorkspaceReader.parse(json, file), null, file);
        double[] mu = new AsymptoticCalculator().upperLimit(model, 0.9, CalculatorOptions.defaults(),
                ProgressMonitor.NONE).expected();
        JsonNode scanned = payload.path("points").get(0).path("muUp");
        for (int i = 0; i < 5; i++) {
            assertEquals(scanned.get(i).asDouble(), mu[i], 1e-9 * mu[i], "band " + i);
        }
        assertTrue(payload.path("points").get(0).path("bins").asInt() > 1, "4D model with several bins");
        assertTrue(a.files().containsKey(chosen.path("pulls").asText()));
        assertTrue(a.files().containsKey(chosen.path("projections").asText()));
    }

    /**
     * Closure: signal injected into the Asimov data at the median expected limit is fitted back (Asimov data:
     * exact up to the minimiser tolerance, 1e-3 relative); pulls under background-only Asimov are zero.
     */
    @Test
    void injectedSignalIsRecoveredAndBackgroundOnlyPullsVanish() throws Exception {
        Map<String, Object> c = config("binned-4d", Map.of("binsPerAxis", 2), 2.0, 2.0); // 16 cells: a fast test
        c.put("workspaceMassesGeV", List.of(2.0));
        Artifact a = run(c, inputs(200));
        JsonNode chosen = BinnedLimitsTask.MAPPER.readTree(a.payload()).path("chosenMasses").get(0);
        JsonNode closure = chosen.path("closure");
        assertTrue(closure.path("converged").asBoolean());
        double injected = closure.path("muInjected").asDouble();
        assertEquals(injected, closure.path("muFitted").asDouble(), 1e-3 * injected);
        assertTrue(closure.path("muError").asDouble() > 0.3 * injected, "at the limit the signal is ~1.3 sigma");
        String pulls = new String(a.files().get(chosen.path("pulls").asText()), StandardCharsets.UTF_8);
        for (String line : pulls.split("\n")) {
            String[] f = line.split(",", -1);
            if (f[0].equals("parameter") || f[5].isEmpty()) {
                continue;
            }
            assertEquals(0, Double.parseDouble(f[5]), 1e-3, line);
        }
    }

    @Test
    void aWindowWithoutBackgroundMcGetsNoLimitWithTheReason() throws Exception {
        Artifact a = run(config("binned-4d", Map.of(), 1.0, 1.0), inputs(50));
        JsonNode p = BinnedLimitsTask.MAPPER.readTree(a.payload()).path("points").get(0);
        assertTrue(p.path("status").asText().startsWith("no limit: no background MC row in the window"),
                p.path("status").asText());
        assertTrue(p.path("sigmaUpPb").isNull());
    }

    @Test
    void badInputNamesTheField() {
        assertField("binsPerAxis", config("binned-4d", Map.of("binsPerAxis", 0), 2.0, 2.0));
        assertField("binsPerAxis", config("binned-2d", Map.of("binsPerAxis", -3), 2.0, 2.0));
        assertField("massWindowLowSigma", config("binned-4d", Map.of("massWindowLowSigma", 2.0), 2.0, 2.0));
        assertField("massRangeGeV", config("binned-4d", Map.of(), 0.5, 2.0));
        Map<String, Object> ws = config("binned-4d", Map.of(), 2.0, 2.0);
        ws.put("workspaceMassesGeV", List.of(5.0));
        assertField("workspaceMassesGeV", ws);
        assertField("strategy", config("binned-5d", Map.of(), 2.0, 2.0));
    }

    private static void assertField(String field, Map<String, Object> config) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(config, inputs(50)));
        assertTrue(e.getMessage().contains(field), e.getMessage());
    }
}
