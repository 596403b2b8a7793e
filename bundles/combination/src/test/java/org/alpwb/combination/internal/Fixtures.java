package org.alpwb.combination.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.limits.LikelihoodModel;
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
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.Shape;
import org.alpwb.limits.model.WindowModel;
import org.alpwb.limits.pyhf.Measurement;
import org.alpwb.limits.pyhf.Modifier;
import org.alpwb.limits.pyhf.ModifierType;
import org.alpwb.limits.pyhf.Observation;
import org.alpwb.limits.pyhf.ParameterSetting;
import org.alpwb.limits.pyhf.Sample;
import org.alpwb.limits.pyhf.Workspace;

/**
 * Strategies with known likelihoods on [0.5, 2] GeV (no samples needed: the combination only sees their
 * hypotheses), cross-section inputs and a task context.
 */
final class Fixtures {
    private Fixtures() {
    }

    /** Parameters shared by the test strategies. */
    static List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.number("backgroundEvents", 1000, 0.01, 1e9, "events", "background at L"),
                ParameterSpec.number("efficiency", 0.2, 1e-6, 1, "", "signal efficiency"),
                ParameterSpec.flag("systematics", false, "staterror, normsys and an own lumi (binned only)"));
    }

    /** A strategy whose hypothesis at m is {@code likelihood(b, m)} with the parameters' efficiency. */
    abstract static class TestStrategy implements Strategy {
        @Override
        public List<ParameterSpec> parameters() {
            return Fixtures.parameters();
        }

        abstract LikelihoodModel likelihood(double b, double m, boolean systematics);

        @Override
        public StrategyModel prepare(StrategyInput input) {
            double b = input.parameters().number("backgroundEvents");
            double eff = input.parameters().number("efficiency");
            boolean sys = input.parameters().flag("systematics");
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
                    // the background falls with the mass, so the channels' relative strength changes along the scan
                    double bm = b / m;
                    return new MassHypothesis(m, MassHypothesis.OK, eff, likelihood(bm, m, sys), null, bm, 0.0,
                            Map.of());
                }

                @Override
                public List<SignalPoint> signalPoints() {
                    return List.of();
                }

                @Override
                public Map<String, Object> summary() {
                    return Map.of("kind", "test");
                }
            };
        }
    }

    /** The window analysis' likelihood: Gaussian peak (sigma 1 % of m) on a linear background, Asimov at (0, b). */
    static final class WindowStrategy extends TestStrategy {
        private final boolean floating;

        WindowStrategy(boolean floating) {
            this.floating = floating;
        }

        @Override
        LikelihoodModel likelihood(double b, double m, boolean systematics) {
            double sigma = 0.01 * m;
            Shape signal = Shape.of(x -> Math.exp(-0.5 * (x - m) * (x - m) / (sigma * sigma)));
            Shape background = new Shape() {
                @Override
                public int parameterCount() {
                    return 1;
                }

                @Override
                public double value(double x, double[] p) {
                    return 1 + p[0] * (x - m) / m;
                }
            };
            WindowModel w = WindowModel.builder().window(m - 20 * sigma, m + 20 * sigma).gridCells(200)
                    .signal(signal, 1.0, 50 * (2 * Math.sqrt(b) + 3))
                    .background(background, List.of("slope"), new double[] {0.3}, new double[] {-0.9},
                            new double[] {0.9}, floating)
                    .expectedBackground(b).build();
            return w.asimov(new double[] {0, b, 0.3});
        }
    }

    /** Two bins (signal shape 0.7 / 0.3, background 1 : 2); with systematics: staterror 5 %, normsys 10 %, lumi 5 %. */
    static final class BinnedStrategy extends TestStrategy {
        @Override
        LikelihoodModel likelihood(double b, double m, boolean systematics) {
            return HistFactoryCompiler.compile(binned(b, systematics), null, "binned test");
        }
    }

    /** One bin, signal [1], background b, observed b (statistics only). */
    static final class CountingStrategy extends TestStrategy {
        @Override
        LikelihoodModel likelihood(double b, double m, boolean systematics) {
            Sample s = new Sample("signal", new double[] {1}, List.of(Modifier.simple("mu", ModifierType.NORMFACTOR)));
            Sample bg = new Sample("background", new double[] {b}, List.of());
            Workspace ws = new Workspace(List.of(new org.alpwb.limits.pyhf.Channel("counting", List.of(s, bg))),
                    List.of(new Observation("counting", new double[] {b})), List.of(new Measurement("m", "mu",
                            List.of(new ParameterSetting("mu", new double[][] {{0, 100 * (Math.sqrt(b) + 3)}}, null,
                                    null, null, null)))), "1.0.0");
            return HistFactoryCompiler.compile(ws, null, "counting test");
        }
    }

    static Workspace binned(double b, boolean systematics) {
        double[] bg = {b / 3, 2 * b / 3};
        List<Modifier> sig = new ArrayList<>(List.of(Modifier.simple("mu", ModifierType.NORMFACTOR)));
        List<Modifier> bgm = new ArrayList<>();
        List<ParameterSetting> settings = new ArrayList<>(List.of(new ParameterSetting("mu",
                new double[][] {{0, 50 * (2 * Math.sqrt(b) + 3)}}, new double[] {1}, null, null, null)));
        if (systematics) {
            sig.add(Modifier.simple("lumi", ModifierType.LUMI));
            bgm.add(Modifier.simple("lumi", ModifierType.LUMI));
            bgm.add(Modifier.normsys("norm_bg", 1.1, 0.9));
            bgm.add(Modifier.perBin("staterror_window", ModifierType.STATERROR, new double[] {0.05 * bg[0], 0.05 * bg[1]}));
            settings.add(new ParameterSetting("lumi", new double[][] {{0.5, 1.5}}, new double[] {1}, null,
                    new double[] {1}, new double[] {0.05}));
        }
        return new Workspace(List.of(new org.alpwb.limits.pyhf.Channel("window", List.of(
                new Sample("signal", new double[] {0.7, 0.3}, sig), new Sample("background", bg, bgm)))),
                List.of(new Observation("window", bg)), List.of(new Measurement("binned", "mu", settings)), "1.0.0");
    }

    /** xsec inputs of channel {@code name}: sigma 1e-2 / 1e-3 pb at 0.5 / 2 GeV for g = 1e-3, given at {@code g}. */
    static void xsec(Map<String, Artifact> inputs, String name, double scale, double g) {
        for (double[] x : new double[][] {{0.5, 1e-2}, {2.0, 1e-3}}) {
            double sigma = scale * x[1] * (g / 1e-3) * (g / 1e-3);
            String json = "{\"mass_gev\": " + x[0] + ", \"coupling_per_gev\": " + g + ", \"sigma_pb\": " + sigma + "}";
            inputs.put(name + ".xsec-" + x[0], Artifact.of("alpwb/cross-section", json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    static Map<String, Object> channel(String name, String strategy, Map<String, Object> parameters) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("strategy", strategy);
        c.put("parameters", parameters);
        c.put("excludedRegions", List.of());
        return c;
    }

    static CombinedLimitsTask task() {
        CombinedLimitsTask t = new CombinedLimitsTask();
        t.register("window-test", new WindowStrategy(false), "1");
        t.register("floating-test", new WindowStrategy(true), "1");
        t.register("binned-test", new BinnedStrategy(), "1");
        t.register("counting-test", new CountingStrategy(), "1");
        return t;
    }

    static TaskContext context(Map<String, Object> config, Map<String, Artifact> inputs, ExecutorService pool) {
        TaskConfig cfg = new TaskConfig("s.json", "tasks.comb.config", config);
        return new TaskContext() {
            @Override
            public String taskName() {
                return "comb";
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
                return 2;
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
                return type == Channel.class ? List.of() : List.of("asymptotic-cls");
            }
        };
    }
}
