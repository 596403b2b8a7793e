package org.alpwb.combination.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.alpwb.limits.cli.LimitsCommand;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The combination task on strategies with known likelihoods. Independent checks: a channel combined with an
 * identical copy of itself (statistics only) = that channel at twice the luminosity (the product of two identical
 * Poisson likelihoods with their own free background yields is the likelihood of the doubled data); two counting
 * channels = the Asimov formula of statistics.md summed over the channels and solved with Brent's method; never
 * weaker than the better channel; the exported workspace through `alpwb limits`.
 */
class CombinedLimitsTaskTest {
    static ExecutorService pool;
    static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void start() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    static Map<String, Object> config(List<Map<String, Object>> channels) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("channels", channels);
        c.put("luminosityInvFb", 1.0);
        c.put("projectionsInvFb", List.of(2.0));
        c.put("massStepGeV", 0.5);
        c.put("luminosityUncertainty", 0.0);
        return c;
    }

    static JsonNode run(Map<String, Object> config, Map<String, Artifact> inputs) throws Exception {
        return MAPPER.readTree(Fixtures.task().run(Fixtures.context(config, inputs, pool)).payload());
    }

    static Map<String, Artifact> xsecs(String... names) {
        Map<String, Artifact> in = new LinkedHashMap<>();
        for (String n : names) {
            Fixtures.xsec(in, n, 1, 1e-3);
        }
        return in;
    }

    static double[] band(JsonNode n) {
        double[] v = new double[5];
        for (int i = 0; i < 5; i++) {
            v[i] = n.get(i).asDouble();
        }
        return v;
    }

    @Test
    void aCopyOfAChannelGivesTheLimitOfTwiceTheLuminosity() throws Exception {
        for (String strategy : List.of("window-test", "binned-test")) {
            Map<String, Object> p = Map.of("backgroundEvents", 400.0);
            JsonNode j = run(config(List.of(Fixtures.channel("a", strategy, p), Fixtures.channel("b", strategy, p))),
                    xsecs("a", "b"));
            assertEquals(4, j.path("points").size());
            for (JsonNode pt : j.path("points")) {
                double[] combined = band(pt.path("combined").path("couplingUpPerGeV"));
                double[] twice = band(pt.path("channels").path("a").path("projections").get(0).path("couplingUpPerGeV"));
                double[] once = band(pt.path("channels").path("a").path("couplingUpPerGeV"));
                for (int i = 0; i < 5; i++) {
                    // identical likelihoods up to a constant: limit root finder and fits (~1e-6 in mu, half in g)
                    assertEquals(twice[i], combined[i], 1e-5 * twice[i], strategy + " band " + (i - 2) + " at "
                            + pt.path("massGeV"));
                }
                // and it is a real gain: background dominated, g ~ L^-1/4, so about 2^-1/4
                assertEquals(Math.pow(2, -0.25), combined[2] / once[2], 0.03, strategy);
            }
        }
    }

    @Test
    void twoCountingChannelsGiveTheSummedAsimovFormula() throws Exception {
        double b1 = 200;
        double b2 = 50;
        JsonNode j = run(config(List.of(Fixtures.channel("a", "counting-test", Map.of("backgroundEvents", b1,
                "efficiency", 0.1)), Fixtures.channel("b", "counting-test", Map.of("backgroundEvents", b2,
                        "efficiency", 0.03)))), xsecs("a", "b"));
        double z = new NormalDistribution().inverseCumulativeProbability(1 - 0.10 / 2); // median CLs = 2 Phi(-sqrt q_A)
        for (JsonNode pt : j.path("points")) {
            double m = pt.path("massGeV").asDouble();
            // the strategy's background at m is b / m; signal events at g_ref: eff x sigma_ref(m) x 1000 pb^-1
            double sigma = Math.exp(Math.log(1e-2) + (m - 0.5) / 1.5 * (Math.log(1e-3) - Math.log(1e-2)));
            double s1 = 0.1 * sigma * 1000;
            double s2 = 0.03 * sigma * 1000;
            double bm1 = b1 / m;
            double bm2 = b2 / m;
            double mu = new BrentSolver(1e-12).solve(200, x -> 2 * (s1 * x - bm1 * Math.log1p(s1 * x / bm1))
                    + 2 * (s2 * x - bm2 * Math.log1p(s2 * x / bm2)) - z * z, 1e-6, 1e6);
            double mu1 = new BrentSolver(1e-12).solve(200, x -> 2 * (s1 * x - bm1 * Math.log1p(s1 * x / bm1)) - z * z,
                    1e-6, 1e6);
            assertEquals(mu, pt.path("combined").path("muUp").get(2).asDouble(), 1e-5 * mu, "combined at " + m);
            assertEquals(mu1, pt.path("channels").path("a").path("muUp").get(2).asDouble(), 1e-5 * mu1, "a at " + m);
            assertEquals(1e-3 * Math.sqrt(mu), pt.path("combined").path("couplingUpPerGeV").get(2).asDouble(),
                    1e-5 * 1e-3 * Math.sqrt(mu), "g = g_ref sqrt(mu) at " + m);
        }
    }

    @Test
    void theCombinationIsNeverWeakerThanTheBetterChannel() throws Exception {
        // different likelihoods and nuisances, a shared 2 % luminosity uncertainty, channels crossing in strength
        Map<String, Object> cfg = config(List.of(
                Fixtures.channel("window", "window-test", Map.of("backgroundEvents", 3000.0, "efficiency", 0.3)),
                Fixtures.channel("binned", "binned-test", Map.of("backgroundEvents", 40.0, "efficiency", 0.1,
                        "systematics", true))));
        cfg.put("luminosityUncertainty", 0.02);
        cfg.put("massStepGeV", 0.25);
        JsonNode j = run(cfg, xsecs("window", "binned"));
        int comparable = 0;
        for (JsonNode pt : j.path("points")) {
            double w = pt.path("channels").path("window").path("couplingUpPerGeV").get(2).asDouble();
            double b = pt.path("channels").path("binned").path("couplingUpPerGeV").get(2).asDouble();
            double c = pt.path("combined").path("couplingUpPerGeV").get(2).asDouble();
            assertTrue(c <= Math.min(w, b) * (1 + 1e-6), "combined " + c + " vs " + w + ", " + b + " at "
                    + pt.path("massGeV"));
            if (Math.max(w, b) / Math.min(w, b) < 1.2) {
                comparable++;
                assertTrue(c < 0.97 * Math.min(w, b), "two comparable channels must gain: " + c + " vs " + w + ", " + b);
            }
            assertEquals(List.of("window", "binned"), MAPPER.convertValue(pt.path("combined").path("channels"),
                    List.class));
        }
        assertTrue(comparable > 0, "the fixture must have masses where the channels are comparable");
        assertEquals(0, j.path("summary").path("pointsWeakerThanBestChannel").asInt());
    }

    @Test
    void theReferenceCouplingOfAChannelDoesNotMatter() throws Exception {
        Map<String, Object> cfg = config(List.of(Fixtures.channel("a", "counting-test", Map.of()),
                Fixtures.channel("b", "binned-test", Map.of("systematics", true))));
        Map<String, Artifact> other = new LinkedHashMap<>();
        Fixtures.xsec(other, "a", 1, 1e-3);
        Fixtures.xsec(other, "b", 1, 1e-4); // the same physics, cross sections given at g = 1e-4
        JsonNode x = run(cfg, xsecs("a", "b"));
        JsonNode y = run(cfg, other);
        for (int i = 0; i < x.path("points").size(); i++) {
            double[] a = band(x.path("points").get(i).path("combined").path("couplingUpPerGeV"));
            double[] b = band(y.path("points").get(i).path("combined").path("couplingUpPerGeV"));
            for (int k = 0; k < 5; k++) {
                // the POI is rescaled by 100: rounding, amplified by the fits' convergence criteria (~1e-8)
                assertEquals(a[k], b[k], 1e-7 * a[k]);
            }
        }
    }

    @Test
    void theExportedWorkspaceGivesTheSameLimitsInTheLimitsCommand(@TempDir Path dir) throws Exception {
        Map<String, Object> cfg = config(List.of(Fixtures.channel("w", "window-test", Map.of()),
                Fixtures.channel("b", "binned-test", Map.of("systematics", true))));
        cfg.put("luminosityUncertainty", 0.01);
        cfg.put("workspaceMassesGeV", List.of(1.0));
        Artifact a = Fixtures.task().run(Fixtures.context(cfg, xsecs("w", "b"), pool));
        JsonNode j = MAPPER.readTree(a.payload());
        JsonNode e = j.path("workspaces").get(0);
        assertEquals("workspaces/combined-m1.json", e.path("file").asText());
        byte[] file = a.files().get(e.path("file").asText());
        JsonNode ws = MAPPER.readTree(file);
        assertEquals(2, ws.path("channels").size(), "one pyhf channel per channel");
        assertEquals("mu", ws.path("measurements").get(0).path("config").path("poi").asText());
        Files.write(dir.resolve("ws.json"), file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandIO io = new CommandIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                false, dir, () -> ProgressMonitor.NONE);
        assertEquals(ExitCodes.OK, new LimitsCommand().run(List.of("--workspace", "ws.json", "--upper-limit", "--cl",
                "0.9", "--json"), io));
        JsonNode cli = MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        double[] task = band(e.path("muUp"));
        JsonNode point = j.path("points").get(1);
        assertEquals(1.0, point.path("massGeV").asDouble());
        assertArrayEquals(task, band(point.path("combined").path("muUp")), 0);
        for (int i = 0; i < 5; i++) {
            // the file is the likelihood the task fitted: only the JSON text round trip (17 digits) differs
            assertEquals(task[i], cli.path("mu_up_exp").get(i).asDouble(), 1e-6 * task[i], "band " + (i - 2));
        }
    }

    @Test
    void oneToTwoThreadsGiveTheSameBytes() throws Exception {
        Map<String, Object> cfg = config(List.of(Fixtures.channel("w", "window-test", Map.of()),
                Fixtures.channel("b", "binned-test", Map.of("systematics", true))));
        cfg.put("chunkSize", 1);
        ExecutorService one = Executors.newFixedThreadPool(1);
        try {
            byte[] a = Fixtures.task().run(Fixtures.context(cfg, xsecs("w", "b"), one)).payload();
            byte[] b = Fixtures.task().run(Fixtures.context(cfg, xsecs("w", "b"), pool)).payload();
            assertArrayEquals(a, b);
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void aLikelihoodWithoutAWorkspaceFormIsNamed() {
        Map<String, Object> cfg = config(List.of(Fixtures.channel("w", "window-test", Map.of()),
                Fixtures.channel("f", "floating-test", Map.of())));
        Exception e = assertThrows(Exception.class, () -> run(cfg, xsecs("w", "f")));
        String msg = e.getMessage();
        assertTrue(msg.contains("channel f") && msg.contains("floating-test") && msg.contains("no pyhf workspace"), msg);
    }

    @Test
    void inconsistentLuminositiesAndMassGridsNameTheField() {
        Map<String, Object> b = Fixtures.channel("b", "binned-test", Map.of());
        b.put("luminosityInvFb", 0.445);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Fixtures.task().validate(
                new org.alpwb.api.study.TaskConfig("s.json", "tasks.comb.config", config(List.of(
                        Fixtures.channel("a", "window-test", Map.of()), b)))));
        assertTrue(e.getMessage().contains("tasks.comb.config.channels[1].luminosityInvFb")
                && e.getMessage().contains("0.445") && e.getMessage().contains("1.0"), e.getMessage());

        Map<String, Object> step = Fixtures.channel("b", "binned-test", Map.of());
        step.put("massStepGeV", 0.1);
        e = assertThrows(InvalidInputException.class, () -> Fixtures.task().validate(new org.alpwb.api.study.TaskConfig(
                "s.json", "tasks.comb.config", config(List.of(Fixtures.channel("a", "window-test", Map.of()), step)))));
        assertTrue(e.getMessage().contains("channels[1].massStepGeV"), e.getMessage());

        Map<String, Object> range = Fixtures.channel("b", "binned-test", Map.of());
        range.put("massRangeGeV", List.of(0.5, 1.0));
        e = assertThrows(InvalidInputException.class, () -> Fixtures.task().validate(new org.alpwb.api.study.TaskConfig(
                "s.json", "tasks.comb.config", config(List.of(Fixtures.channel("a", "window-test", Map.of()), range)))));
        assertTrue(e.getMessage().contains("channels[1].massRangeGeV"), e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> Fixtures.task().validate(new org.alpwb.api.study.TaskConfig(
                "s.json", "tasks.comb.config", config(List.of(Fixtures.channel("a", "window-test", Map.of()),
                        Fixtures.channel("a", "binned-test", Map.of()))))));
        assertTrue(e.getMessage().contains("channels[1].name"), e.getMessage());

        e = assertThrows(InvalidInputException.class, () -> Fixtures.task().validate(new org.alpwb.api.study.TaskConfig(
                "s.json", "tasks.comb.config", config(List.of(Fixtures.channel("a", "nope", Map.of()))))));
        assertTrue(e.getMessage().contains("channels[0].strategy") && e.getMessage().contains("window-test"),
                e.getMessage());

        // a grid outside one channel's range is found when the channels are prepared: named with the channel
        Map<String, Object> cfg = config(List.of(Fixtures.channel("a", "window-test", Map.of())));
        cfg.put("massRangeGeV", List.of(0.5, 3.0));
        e = assertThrows(InvalidInputException.class, () -> run(cfg, xsecs("a")));
        assertTrue(e.getMessage().contains("massRangeGeV") && e.getMessage().contains("channel a"), e.getMessage());
    }
}
