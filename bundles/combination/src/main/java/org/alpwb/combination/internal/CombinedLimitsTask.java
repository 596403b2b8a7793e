package org.alpwb.combination.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.alpwb.analysis.strategy.ReferenceCrossSections;
import org.alpwb.analysis.strategy.Strategies;
import org.alpwb.analysis.strategy.StrategyInputs;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Channel.MassRegion;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.progress.CancelledException;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.strategy.StrategyModel;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.study.ValidationContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Task {@code combined-limits}: one likelihood from the strategies of N channels (any installed strategy of any
 * channel, each prepared on its own inputs {@code <channel>.<input>}), with a shared POI mu = (g / g_ref)^2, the
 * channels' own nuisances and a shared luminosity uncertainty ({@link WorkspaceCombiner}); expected CLs limits
 * on g_a-gamma-gamma for each channel alone and for the combination, at the nominal luminosity and the
 * projections. Output {@value #TYPE} (payload and files: see the README).
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=" + CombinedLimitsTask.ID,
    ServiceProperties.LABEL + "=Combined expected coupling limits of several channels (one likelihood)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK,
    ServiceProperties.VERSION + "=combined-limits-1"})
public class CombinedLimitsTask implements TaskType {
    static final String ID = "combined-limits";
    static final String TYPE = "alpwb/combined-limits";
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String[] FIELDS = {"channels", "luminosityInvFb", "projectionsInvFb", "cl", "massStepGeV",
        "massRangeGeV", "luminosityUncertainty", "limitCalculator", "chunkSize", "workspaceMassesGeV"};
    /** A channel entry: its own fields and the window-analysis settings of expected-limits. */
    static final String[] CHANNEL_FIELDS = {"name", "channel", "strategy", "parameters", "luminosityInvFb",
        "massStepGeV", "massRangeGeV", "windowSigma", "blindSigma", "binsPerSigma", "gridCells", "backgroundModel",
        "backgroundSystematics", "badFitPValue", "backgroundOrder", "method", "scanVariable", "excludedRegions",
        "minSidebandRows", "shapeFitter", "interpolator", "truthMassColumn"};
    static final double DEFAULT_LUMI = 54.24;
    static final double[] DEFAULT_PROJECTIONS = {569, 50000};

    private final Strategies strategies = new Strategies();

    @Reference(service = Strategy.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeStrategy")
    public void addStrategy(Strategy strategy, ServiceReference<Strategy> reference) {
        strategies.bind(strategy, reference);
    }

    public void removeStrategy(Strategy strategy, ServiceReference<Strategy> reference) {
        strategies.unbind(strategy, reference);
    }

    /** Registers a strategy without OSGi (tests). */
    void register(String id, Strategy strategy, String version) {
        strategies.add(id, strategy, version);
    }

    @Override
    public java.util.Optional<String> outputType(TaskConfig config) {
        return java.util.Optional.of(TYPE);
    }

    /** Every channel's strategy version enters the key. */
    @Override
    public Map<String, String> pluginVersions(TaskConfig config) {
        Map<String, String> out = new java.util.TreeMap<>();
        Object list = config.asMap().get("channels");
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    out.putAll(strategies.keyVersions(new TaskConfig(config.source(), config.path(),
                            Map.of("strategy", String.valueOf(m.get("strategy"))))));
                }
            }
        }
        return out;
    }

    /**
     * Before anything runs: the configuration, every channel's strategy and parameters, one luminosity and one mass
     * grid for all channels (a channel entry may repeat them, but must agree), every input belonging to a channel.
     */
    @Override
    public void validate(ValidationContext context) {
        List<TaskConfig> channels = check(context.config());
        context.service(LimitCalculator.class, "limitCalculator", "asymptotic-cls");
        TaskConfig config = context.config();
        Set<String> names = new HashSet<>();
        for (TaskConfig c : channels) {
            names.add(c.string("name", null));
        }
        for (String input : context.inputNames()) {
            int dot = input.indexOf('.');
            if (dot < 0 || !names.contains(input.substring(0, dot))) {
                throw new InvalidInputException(config.source(), "tasks." + context.taskName() + ".inputs." + input,
                        input, "<channel>.<input> with a channel of this combination: " + String.join(", ",
                                channels.stream().map(c -> c.string("name", null)).toList()));
            }
        }
        for (TaskConfig c : channels) {
            String name = c.string("name", null);
            if (context.inputNames().stream().noneMatch(i -> i.startsWith(name + ".xsec-"))) {
                throw new InvalidInputException(config.source(), "tasks." + context.taskName() + ".inputs",
                        "(no " + name + ".xsec-*)", name + ".xsec-<mass> inputs: the signal cross section of channel "
                                + name + " at the reference coupling (task cross-section)");
            }
        }
    }

    @Override
    public void validate(TaskConfig config) {
        check(config);
    }

    private List<TaskConfig> check(TaskConfig config) {
        config.allowOnly(FIELDS);
        double lumi = config.number("luminosityInvFb", DEFAULT_LUMI, 1e-6, 1e9);
        double[] proj = config.numbers("projectionsInvFb", DEFAULT_PROJECTIONS);
        for (int i = 0; i < proj.length; i++) {
            if (!(proj[i] > 0) || Double.isInfinite(proj[i])) {
                throw config.invalid("projectionsInvFb[" + i + "]", proj[i], "a luminosity > 0 in fb^-1");
            }
        }
        config.number("cl", 0.90, 0.5, 0.9999);
        double step = config.number("massStepGeV", 0.02, 1e-5, 10);
        double[] range = config.numbers("massRangeGeV", null);
        if (range != null && (range.length != 2 || !(range[0] > 0 && range[1] >= range[0]))) {
            throw config.invalid("massRangeGeV", Arrays.toString(range), "[low, high] with 0 < low <= high (GeV)");
        }
        config.number("luminosityUncertainty", 0.01, 0, 0.49);
        config.string("limitCalculator", "asymptotic-cls");
        config.integer("chunkSize", 8, 1, 100_000);
        double[] ws = config.numbers("workspaceMassesGeV", new double[0]);
        for (int i = 0; i < ws.length; i++) {
            if (!(ws[i] > 0)) {
                throw config.invalid("workspaceMassesGeV[" + i + "]", ws[i], "a mass > 0 in GeV");
            }
        }
        List<TaskConfig> channels = config.children("channels");
        if (channels.isEmpty()) {
            throw config.invalid("channels", "(missing)", "a list of channels {name, strategy, parameters, ...}, "
                    + "at least one");
        }
        Set<String> names = new HashSet<>();
        for (TaskConfig c : channels) {
            c.allowOnly(CHANNEL_FIELDS);
            String name = c.requiredString("name");
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw c.invalid("name", name, "lower-case letters, digits and '-' (it prefixes the channel's inputs "
                        + "and parameters)");
            }
            if (!names.add(name)) {
                throw c.invalid("name", name, "a name no other channel of this combination has");
            }
            Strategies.parameters(strategies.resolve(c).strategy(), c);
            c.string("channel", name);
            requireSame(c, "luminosityInvFb", lumi, config);
            requireSame(c, "massStepGeV", step, config);
            double[] r = c.numbers("massRangeGeV", null);
            if (r != null && (range == null || !Arrays.equals(r, range))) {
                throw c.invalid("massRangeGeV", Arrays.toString(r), "the combination's massRangeGeV, "
                        + (range == null ? "(not set: the overlap of every channel's range)" : Arrays.toString(range))
                        + " (all channels are combined on one mass grid)");
            }
        }
        return channels;
    }

    /** A channel may state the combination's luminosity / mass step, but it must be the same number. */
    private static void requireSame(TaskConfig channel, String field, double combined, TaskConfig config) {
        if (channel.has(field)) {
            double v = channel.number(field, Double.NaN);
            if (!(Math.abs(v - combined) <= 1e-9 * Math.abs(combined))) {
                throw channel.invalid(field, v, "the combination's " + field + ", " + combined + " ("
                        + config.fieldPath(field) + "): channels are combined at one luminosity and on one mass grid");
            }
        }
    }

    /** One channel, prepared. */
    record Prepared(String name, String channelId, String strategyId, Map<String, Object> parameters,
            StrategyModel model, ReferenceCrossSections xsec, List<MassRegion> excluded) {
    }

    @Override
    public Artifact run(TaskContext context) throws Exception {
        TaskConfig config = context.config();
        List<TaskConfig> entries = check(config);
        double lumiFb = config.number("luminosityInvFb", DEFAULT_LUMI);
        double[] projFb = config.numbers("projectionsInvFb", DEFAULT_PROJECTIONS);
        double cl = config.number("cl", 0.90);
        double sigmaLumi = config.number("luminosityUncertainty", 0.01);
        LimitCalculator calculator = context.service(LimitCalculator.class,
                config.string("limitCalculator", "asymptotic-cls"));
        context.monitor().begin("combined limits: preparing " + entries.size() + " channels", 0);
        List<Prepared> channels = new ArrayList<>();
        for (TaskConfig c : entries) {
            channels.add(prepare(context, c, lumiFb));
        }
        double[] masses = grid(config, channels);
        CombinedPointCalculator calc = new CombinedPointCalculator(channels, lumiFb, projFb, cl, sigmaLumi,
                calculator);
        CombinedPointCalculator.Point[] points = new CombinedPointCalculator.Point[masses.length];
        int chunk = (int) config.integer("chunkSize", 8, 1, 100_000);
        context.monitor().begin("combined limits, " + masses.length + " masses, " + channels.size() + " channels",
                masses.length);
        List<Future<?>> futures = new ArrayList<>();
        for (int c0 = 0; c0 < masses.length; c0 += chunk) {
            int from = c0;
            int to = Math.min(masses.length, c0 + chunk);
            futures.add(context.executor().submit(() -> {
                for (int i = from; i < to; i++) {
                    context.monitor().checkCancelled();
                    points[i] = calc.at(masses[i]);
                    context.monitor().worked(1);
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            for (Future<?> f : futures) {
                f.cancel(true);
            }
            if (e.getCause() instanceof Exception x) {
                throw x;
            }
            throw e;
        }
        context.monitor().done();
        return CombinedLimitsOutput.artifact(config, channels, calc, points,
                config.numbers("workspaceMassesGeV", new double[0]));
    }

    private Prepared prepare(TaskContext context, TaskConfig c, double lumiFb) throws Exception {
        String name = c.string("name", null);
        Strategy strategy = strategies.resolve(c).strategy();
        String strategyId = c.string("strategy", null);
        ParameterValues values = Strategies.parameters(strategy, c);
        ChannelContext view = new ChannelContext(context, name, c);
        String channelId = c.string("channel", name);
        Channel channel = context.serviceIds(Channel.class).contains(channelId)
                ? context.service(Channel.class, channelId) : null;
        List<MassRegion> excluded = StrategyInputs.excludedRegions(c, channel);
        String scan = c.string("scanVariable", channel != null ? channel.scanVariable() : "mGammaGammaGeV");
        ReferenceCrossSections xsec = StrategyInputs.referenceCrossSections(view);
        StrategyModel model;
        try {
            model = strategy.prepare(StrategyInputs.of(strategyId, values, view, lumiFb, channel, scan,
                    c.string("truthMassColumn", "truthAlpMassGeV")));
        } catch (InvalidInputException | CancelledException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("channel " + name + ": strategy " + strategyId + " failed in prepare: "
                    + e.getMessage(), e);
        }
        return new Prepared(name, channelId, strategyId, values.asMap(), model, xsec, excluded);
    }

    /**
     * The combined grid: massRangeGeV (default: the overlap of every channel's model and xsec range; no
     * extrapolation), in steps of massStepGeV. A range outside a channel's names that channel.
     */
    private static double[] grid(TaskConfig config, List<Prepared> channels) {
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        for (Prepared p : channels) {
            lo = Math.max(lo, Math.max(p.model().lowGeV(), p.xsec().lowGeV()));
            hi = Math.min(hi, Math.min(p.model().highGeV(), p.xsec().highGeV()));
        }
        double[] range = config.numbers("massRangeGeV", null);
        if (range == null) {
            if (!(hi >= lo)) {
                throw config.invalid("channels", channels.stream().map(p -> p.name() + " [" + Math.max(p.model()
                        .lowGeV(), p.xsec().lowGeV()) + ", " + Math.min(p.model().highGeV(), p.xsec().highGeV()) + "]")
                        .toList(), "channels whose mass ranges (strategy model and xsec inputs) overlap");
            }
            range = new double[] {lo, hi};
        }
        for (int i = 0; i < channels.size(); i++) {
            Prepared p = channels.get(i);
            double a = Math.max(p.model().lowGeV(), p.xsec().lowGeV());
            double b = Math.min(p.model().highGeV(), p.xsec().highGeV());
            if (range[0] < a - 1e-12 || range[1] > b + 1e-12) {
                throw config.invalid("massRangeGeV", Arrays.toString(range), "inside [" + a + ", " + b + "] GeV, the "
                        + "range of channel " + p.name() + " (channels[" + i + "]: its strategy's model and its xsec "
                        + "inputs)");
            }
        }
        double step = config.number("massStepGeV", 0.02);
        int n = (int) Math.floor((range[1] - range[0]) / step + 1e-9) + 1;
        double[] masses = new double[n];
        for (int i = 0; i < n; i++) {
            masses[i] = Math.round((range[0] + i * step) * 1e9) / 1e9;
        }
        return masses;
    }

    static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }
}
