package org.alpwb.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.alpwb.api.channel.Channel;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.strategy.MassHypothesis;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.strategy.StrategyInput;
import org.alpwb.api.strategy.StrategyModel;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generic expected-limits task with a strategy that is not selection based: a counting experiment with a
 * declared background b and efficiency per mass, whose likelihood the task must turn into limits. Checked against
 * the large-background (Gaussian) limit of the asymptotic CLs median, N = sqrt(b) Phi^-1(1 - alpha / 2) (Cowan et
 * al. eq. for CLs with q~ at the Asimov set of mu' = 0): 1.6449 sqrt(b) at 90 % CL; with b = 1e6 the corrections are
 * O(1 / sqrt(b)) = 1e-3, tolerance 0.5 %.
 */
class GenericStrategyTest {
    static final double B = 1e6;
    static ExecutorService pool;

    /** Counting with known background; efficiency 0.1 m; throws at masses above 'failAboveGeV'. */
    static final class CountingStrategy implements Strategy {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.number("backgroundEvents", B, 1, 1e12, "events", "expected background"),
                    ParameterSpec.number("failAboveGeV", 100, 0, 100, "GeV", "masses above throw"));
        }

        @Override
        public StrategyModel prepare(StrategyInput input) {
            double b = input.parameters().number("backgroundEvents");
            double fail = input.parameters().number("failAboveGeV");
            return new StrategyModel() {
                @Override
                public double lowGeV() {
                    return 0.5;
                }

                @Override
                public double highGeV() {
                    return 2.0;
                }

                @Override
                public MassHypothesis at(double m) {
                    if (m > fail) {
                        throw new ArithmeticException("deliberate failure at " + m);
                    }
                    return new MassHypothesis(m, MassHypothesis.OK, 0.1 * m,
                            LimitScan.countingModel(1, b, 100 * Math.sqrt(b)),
                            k -> LimitScan.countingModel(1, k * b, 100 * Math.sqrt(b)), b, 0.0, Map.of("x", 1.0));
                }

                @Override
                public List<SignalPoint> signalPoints() {
                    return List.of();
                }

                @Override
                public Map<String, Object> summary() {
                    return Map.of("kind", "counting");
                }
            };
        }
    }

    @BeforeAll
    static void start() {
        pool = Executors.newFixedThreadPool(1);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    static ExpectedLimitsTask task() {
        ExpectedLimitsTask t = new ExpectedLimitsTask();
        t.register("counting-test", new CountingStrategy(), "1");
        return t;
    }

    static Map<String, Artifact> inputs() {
        Map<String, Artifact> in = new LinkedHashMap<>();
        for (double[] x : new double[][] {{0.5, 1e-2}, {2.0, 1e-3}}) {
            String json = "{\"mass_gev\": " + x[0] + ", \"coupling_per_gev\": 0.001, \"sigma_pb\": " + x[1] + "}";
            in.put("xsec-" + x[0], Artifact.of("alpwb/cross-section", json.getBytes(StandardCharsets.UTF_8)));
        }
        return in;
    }

    static Map<String, Object> config(Map<String, Object> parameters) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("strategy", "counting-test");
        c.put("parameters", parameters);
        c.put("luminosityInvFb", 1.0);
        c.put("projectionsInvFb", List.of(4.0));
        c.put("massStepGeV", 0.5);
        c.put("excludedRegions", List.of(Map.of("name", "gap", "loGeV", 0.9, "hiGeV", 1.1)));
        return c;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLikelihoodStrategyGetsLimitsFromItsHypotheses() throws Exception {
        Artifact a = task().run(context(config(Map.of()), inputs()));
        Map<String, Object> json = Json.read(a.payload(), "t");
        List<Map<String, Object>> points = (List<Map<String, Object>>) json.get("points");
        assertEquals(4, points.size()); // 0.5, 1.0 (excluded), 1.5, 2.0
        double gaussian = 1.6449 * Math.sqrt(B);
        for (Map<String, Object> p : points) {
            double m = ((Number) p.get("massGeV")).doubleValue();
            if (m == 1.0) {
                assertEquals(true, p.get("excluded"));
                assertNull(p.get("sigmaUpPb"));
                continue;
            }
            double n = ((Number) ((List<?>) p.get("yieldUp")).get(2)).doubleValue();
            assertEquals(gaussian, n, 5e-3 * gaussian, "median at " + m);
            double sigma = ((Number) ((List<?>) p.get("sigmaUpPb")).get(2)).doubleValue();
            assertEquals(n / (0.1 * m * 1000), sigma, 1e-9 * sigma); // N / (efficiency x L[pb^-1])
            assertEquals(1.0, p.get("x"));
            // four times the luminosity: background 4b, signal per POI unit x 4 -> N scales by sqrt(4)/4 in sigma
            Map<String, Object> q = ((List<Map<String, Object>>) p.get("projections")).get(0);
            double sp = ((Number) ((List<?>) q.get("sigmaUpPb")).get(2)).doubleValue();
            assertEquals(0.5, sp / sigma, 5e-3);
        }
        assertEquals("counting", ((Map<String, Object>) json.get("strategyModel")).get("kind"));
    }

    @Test
    void unknownStrategiesAndParametersNameTheField() {
        Map<String, Object> c = config(Map.of());
        c.put("strategy", "nope");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> task().validate(
                new TaskConfig("s.json", "tasks.l.config", c)));
        assertTrue(e.getMessage().contains("tasks.l.config.strategy") && e.getMessage().contains("counting-test"),
                e.getMessage());
        InvalidInputException p = assertThrows(InvalidInputException.class, () -> task().validate(
                new TaskConfig("s.json", "tasks.l.config", config(Map.of("backgroundEvent", 3)))));
        assertTrue(p.getMessage().contains("tasks.l.config.parameters.backgroundEvent")
                && p.getMessage().contains("backgroundEvents"), p.getMessage());
        InvalidInputException r = assertThrows(InvalidInputException.class, () -> task().validate(
                new TaskConfig("s.json", "tasks.l.config", config(Map.of("backgroundEvents", -1)))));
        assertTrue(r.getMessage().contains("parameters.backgroundEvents") && r.getMessage().contains("[1.0, 1.0E12]"),
                r.getMessage());
        InvalidInputException s = assertThrows(InvalidInputException.class, () -> {
            SignalModelTask t = new SignalModelTask();
            t.register("counting-test", new CountingStrategy(), "1");
            t.run(context(Map.of("strategy", "counting-test"), Map.of("signal-1", inputs().get("xsec-0.5"),
                    "signal-2", inputs().get("xsec-2.0"))));
        });
        assertTrue(s.getMessage().contains("candidate selection") || s.getMessage().contains("inputs"),
                s.getMessage());
    }

    @Test
    void aThrowingStrategyFailsWithItsNameAndTheCall() {
        StrategyFailure f = assertThrows(StrategyFailure.class, () -> task().run(context(
                config(Map.of("failAboveGeV", 1.2)), inputs())));
        assertTrue(f.getMessage().startsWith("strategy counting-test failed in at(1.5 GeV)"), f.getMessage());
    }

    static TaskContext context(Map<String, Object> config, Map<String, Artifact> inputs) {
        TaskConfig cfg = new TaskConfig("s.json", "tasks.l.config", config);
        return new TaskContext() {
            @Override
            public String taskName() {
                return "l";
            }

            @Override
            public String taskKey() {
                return "k";
            }

            @Override
            public TaskConfig config() {
                return cfg;
            }

            @Override
            public Map<String, Artifact> inputs() {
                return inputs;
            }

            @Override
            public Artifact input(String name) {
                return inputs.get(name);
            }

            @Override
            public SeedSequence seeds() {
                return new SeedSequence(1, "k");
            }

            @Override
            public ProgressMonitor monitor() {
                return ProgressMonitor.NONE;
            }

            @Override
            public int threads() {
                return 1;
            }

            @Override
            public ExecutorService executor() {
                return pool;
            }

            @Override
            public <T> T service(Class<T> type, String id) {
                if (type == LimitCalculator.class) {
                    return type.cast(new AsymptoticCalculator());
                }
                throw new InvalidInputException("t", "service", id, "none");
            }

            @Override
            public <T> List<String> serviceIds(Class<T> type) {
                return type == Channel.class ? List.of() : List.of();
            }
        };
    }
}
