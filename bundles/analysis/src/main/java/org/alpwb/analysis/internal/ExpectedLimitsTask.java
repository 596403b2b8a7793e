package org.alpwb.analysis.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alpwb.analysis.strategy.Strategies;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Channel.MassRegion;
import org.alpwb.api.fit.BackgroundModel;
import org.alpwb.api.fit.Interpolator;
import org.alpwb.api.fit.ShapeFitter;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.MassHypothesis;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.strategy.StrategyModel;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.analysis.strategy.MassScan;
import org.alpwb.api.study.TaskType;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Task {@code expected-limits}: the expected cross-section and coupling limits of any {@link Strategy} service
 * (config {@code strategy}, parameters {@code parameters}) on a mass grid (thesis ch. 8.3, eq. 9.2), at the
 * nominal luminosity and recomputed at projection luminosities (plus the L^-1/4 rule). The strategy is prepared
 * once on the task's inputs ({@code signal-*}, {@code generated-*}, {@code background-*} and whatever else it reads,
 * e.g. {@code model} for the window analysis), then answers each mass hypothesis; {@code xsec-*}
 * (alpwb/cross-section of the signal at the reference coupling) convert to couplings. Mass points run in fixed
 * chunks on the study executor; the result does not depend on the number of threads. Output {@value #TYPE}: UTF-8
 * JSON (see README) plus {@code limits.csv}, {@code limits.json}, {@code limits-hepdata.yaml} and the strategy's
 * files.
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=expected-limits",
    ServiceProperties.LABEL + "=Expected CLs cross-section and coupling limits of an analysis strategy",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK,
    // 3: generic over strategy services (config "parameters", strategy version in the key)
    ServiceProperties.VERSION + "=expected-limits-7"})
public class ExpectedLimitsTask implements TaskType {
    static final String TYPE = "alpwb/limit-curve";
    static final String XSEC_TYPE = "alpwb/cross-section";
    static final String[] FIELDS = {"strategy", "parameters", "luminosityInvFb", "projectionsInvFb", "cl", "massStepGeV",
        "massRangeGeV", "windowSigma", "blindSigma", "binsPerSigma", "gridCells", "backgroundModel",
        "backgroundSystematics", "badFitPValue",
        "backgroundOrder", "limitCalculator", "method", "channel", "scanVariable", "excludedRegions",
        "minSidebandRows", "chunkSize", "shapeFitter", "interpolator", "truthMassColumn"};

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
    public void register(String id, Strategy strategy, String version) {
        strategies.add(id, strategy, version);
    }

    /**
     * Before the run: the configuration, the strategy id against the installed strategies (dynamic reference) and the
     * service ids. Inputs are not declared: a strategy may read inputs of its own (e.g. a trained classifier).
     */
    @Override
    public void validate(org.alpwb.api.study.ValidationContext context) {
        validate(context.config());
        context.service(ShapeFitter.class, "shapeFitter", "dscb");
        context.service(Interpolator.class, "interpolator", "chebyshev-interpolation");
        context.service(BackgroundModel.class, "backgroundModel", WindowStrategyModel.DEFAULT_BACKGROUND);
        context.service(LimitCalculator.class, "limitCalculator", "asymptotic-cls");
    }

    @Override
    public java.util.Optional<String> outputType(TaskConfig config) {
        return java.util.Optional.of(TYPE);
    }

    /** The version of the strategy named in the config enters the key: a changed strategy bundle recomputes. */
    @Override
    public Map<String, String> pluginVersions(TaskConfig config) {
        return strategies.keyVersions(config);
    }

    @Override
    public void validate(TaskConfig config) {
        config.allowOnly(FIELDS);
        Strategies.parameters(strategies.resolve(config).strategy(), config);
        config.string("truthMassColumn", "truthAlpMassGeV");
        config.number("luminosityInvFb", 54.24, 1e-6, 1e9);
        double[] proj = config.numbers("projectionsInvFb", new double[] {569, 50000});
        for (int i = 0; i < proj.length; i++) {
            if (!(proj[i] > 0) || Double.isInfinite(proj[i])) {
                throw config.invalid("projectionsInvFb[" + i + "]", proj[i], "a luminosity > 0 in fb^-1");
            }
        }
        config.number("cl", 0.90, 0.5, 0.9999);
        config.number("massStepGeV", 0.005, 1e-5, 10);
        double[] range = config.numbers("massRangeGeV", null);
        if (range != null && (range.length != 2 || !(range[0] > 0 && range[1] >= range[0]))) {
            throw config.invalid("massRangeGeV", Arrays.toString(range), "[low, high] with 0 < low <= high (GeV)");
        }
        config.number("windowSigma", 30, 2, 200);
        config.number("blindSigma", 3, 0.5, 100);
        config.number("binsPerSigma", 2, 0.1, 50);
        config.integer("gridCells", 600, 50, 100000);
        config.string("backgroundModel", WindowStrategyModel.DEFAULT_BACKGROUND);
        config.choice("backgroundSystematics", LimitScan.SPURIOUS_SIGNAL, LimitScan.SPURIOUS_SIGNAL,
                LimitScan.STATISTICS_ONLY);
        config.number("badFitPValue", LimitScan.BAD_FIT_P, 0, 1);
        config.integer("backgroundOrder", 3, 0, 10);
        config.string("limitCalculator", "asymptotic-cls");
        config.choice("method", null, LimitScan.WINDOW_FIT, LimitScan.COUNTING);
        config.string("channel", "eegg");
        config.string("scanVariable", null);
        for (TaskConfig r : config.children("excludedRegions")) {
            r.allowOnly("name", "loGeV", "hiGeV");
            r.requiredString("name");
            r.requiredNumber("loGeV", 0, 1000);
            r.requiredNumber("hiGeV", 0, 1000);
        }
        config.integer("minSidebandRows", 10, 1, 1_000_000);
        config.integer("chunkSize", 32, 1, 100_000);
        config.string("shapeFitter", "dscb");
        config.string("interpolator", "chebyshev-interpolation");
    }

    @Override
    public Artifact run(TaskContext context) throws Exception {
        TaskConfig config = context.config();
        validate(config);
        Strategy strategy = strategies.resolve(config).strategy();
        String strategyId = config.string("strategy", null);
        ParameterValues values = Strategies.parameters(strategy, config);
        double lumiFb = config.number("luminosityInvFb", 54.24, 1e-6, 1e9);
        double[] projFb = config.numbers("projectionsInvFb", new double[] {569, 50000});
        double[] projPb = Arrays.stream(projFb).map(v -> v * 1000).toArray();
        double cl = config.number("cl", 0.90, 0.5, 0.9999);
        LimitCalculator calculator = context.service(LimitCalculator.class,
                config.string("limitCalculator", "asymptotic-cls"));
        String channelId = config.string("channel", "eegg");
        Channel channel = context.serviceIds(Channel.class).contains(channelId)
                ? context.service(Channel.class, channelId) : null;
        List<MassRegion> excluded = excludedRegions(config, channel);
        String scan = config.string("scanVariable", channel != null ? channel.scanVariable() : "mGammaGammaGeV");
        LimitScan.CrossSections xsec = crossSections(context);

        TaskStrategyInput input = new TaskStrategyInput(strategyId, values, context, lumiFb, channel, scan,
                config.string("truthMassColumn", "truthAlpMassGeV"));
        StrategyModel model = StrategyFailure.guard(strategyId, "prepare", () -> strategy.prepare(input));

        double lo = Math.max(model.lowGeV(), xsec.massGeV()[0]);
        double hi = Math.min(model.highGeV(), xsec.massGeV()[xsec.massGeV().length - 1]);
        double[] range = config.numbers("massRangeGeV", new double[] {lo, hi});
        if (range[0] < lo - 1e-12 || range[1] > hi + 1e-12) {
            throw config.invalid("massRangeGeV", Arrays.toString(range), "inside [" + lo + ", " + hi
                    + "] GeV (range of the strategy's model and of the xsec-* inputs)");
        }
        double step = config.number("massStepGeV", 0.005, 1e-5, 10);
        int n = (int) Math.floor((range[1] - range[0]) / step + 1e-9) + 1;
        double[] masses = new double[n];
        for (int i = 0; i < n; i++) {
            masses[i] = Math.round((range[0] + i * step) * 1e9) / 1e9;
        }

        int chunk = (int) config.integer("chunkSize", 32, 1, 100_000);
        LimitScan.Point[] points = MassScan.run(context, "expected limits (" + strategyId + ")", n, chunk, i -> {
            double m = masses[i];
            MassRegion region = LimitScan.excludedAt(excluded, m);
            if (region != null) {
                return LimitScan.excludedPoint(m, region, xsec);
            }
            MassHypothesis h = StrategyFailure.guard(strategyId, "at(" + m + " GeV)", () -> model.at(m));
            return LimitScan.limits(h, lumiFb * 1000, projPb, cl, calculator, xsec);
        }, StrategyFailure.class).toArray(new LimitScan.Point[0]);

        Map<String, Object> strategyRecord = new LinkedHashMap<>();
        strategyRecord.put("name", strategyId);
        strategyRecord.put("parameters", values.asMap());
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("strategy", strategyRecord);
        cfg.put("massRangeGeV", List.of(range[0], range[1]));
        cfg.put("massStepGeV", step);
        cfg.put("projectionsInvFb", Json.nums(projFb));
        cfg.put("limitCalculator", config.string("limitCalculator", "asymptotic-cls"));
        cfg.put("excludedRegions", excluded.stream().map(ExpectedLimitsTask::regionJson).toList());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("strategy", strategyId);
        payload.put("luminosityInvFb", lumiFb);
        payload.put("cl", cl);
        payload.put("referenceCouplingPerGeV", xsec.couplingPerGeV());
        payload.put("config", cfg);
        payload.put("strategyModel", model.summary());
        payload.put("signalPoints", model.signalPoints().stream().map(ExpectedLimitsTask::signalPointJson).toList());
        payload.put("mcStat", mcStatSummary(points));
        payload.put("points", Arrays.stream(points).map(ExpectedLimitsTask::pointJson).toList());
        byte[] json = Json.write(payload);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("limits.json", json);
        files.put("limits.csv", csv(points, projFb));
        files.put("limits-hepdata.yaml", HepData.write(points, lumiFb, projFb, cl, strategyId,
                xsec.couplingPerGeV()));
        for (Map.Entry<String, byte[]> f : model.files().entrySet()) {
            files.putIfAbsent("strategy/" + f.getKey(), f.getValue());
        }
        return new Artifact(TYPE, json, files);
    }

    /** An excluded region as an ordered JSON object (bytes reproducible). */
    static Map<String, Object> regionJson(MassRegion r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("loGeV", r.loGeV());
        m.put("hiGeV", r.hiGeV());
        return m;
    }

    static Map<String, Object> signalPointJson(StrategyModel.SignalPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("massGeV", p.massGeV());
        m.put("efficiency", Json.num(p.efficiency()));
        m.put("efficiencyError", Json.num(p.efficiencyError()));
        m.put("fusionShare", Json.num(p.fusionShare()));
        return m;
    }

    public static List<MassRegion> excludedRegions(TaskConfig config, Channel channel) {
        if (config.has("excludedRegions")) {
            List<MassRegion> out = new ArrayList<>();
            for (TaskConfig r : config.children("excludedRegions")) {
                double a = r.requiredNumber("loGeV", 0, 1000);
                double b = r.requiredNumber("hiGeV", a, 1000);
                out.add(new MassRegion(r.requiredString("name"), a, b));
            }
            return out;
        }
        if (channel == null) {
            throw config.invalid("excludedRegions", "(missing)", "a list of {name, loGeV, hiGeV} (no channel service '"
                    + config.string("channel", "eegg") + "' to declare them)");
        }
        return channel.excludedRegions();
    }

    /** The xsec-* inputs as the exported record (same reading as the scan's). */
    public static org.alpwb.analysis.strategy.ReferenceCrossSections referenceCrossSections(TaskContext context) {
        LimitScan.CrossSections x = crossSections(context);
        return new org.alpwb.analysis.strategy.ReferenceCrossSections(x.massGeV(), x.sigmaPb(), x.couplingPerGeV());
    }

    private static LimitScan.CrossSections crossSections(TaskContext context) {
        List<Inputs.Named> inputs = Inputs.withPrefix(context.inputs(), "xsec-");
        if (inputs.size() < 1) {
            throw new InvalidInputException("task " + context.taskName(), "inputs", context.inputs().keySet(),
                    "xsec-<mass> inputs (cross-section task of the signal at the reference coupling)");
        }
        List<double[]> rows = new ArrayList<>();
        double g = Double.NaN;
        for (Inputs.Named in : inputs) {
            String name = "xsec-" + in.suffix();
            Inputs.requireType(context.taskName(), name, in.artifact(), XSEC_TYPE);
            String source = "task " + context.taskName() + " input " + name;
            Map<String, Object> json = Json.read(in.artifact().payload(), source);
            double mass = Json.number(json, "mass_gev", source);
            double sigma = Json.number(json, "sigma_pb", source);
            double coupling = Json.number(json, "coupling_per_gev", source);
            if (!(sigma > 0)) {
                throw new InvalidInputException(source, "sigma_pb", sigma, "a cross section > 0");
            }
            if (!Double.isNaN(g) && coupling != g) {
                throw new InvalidInputException(source, "coupling_per_gev", coupling, "the same reference coupling as "
                        + "the other xsec inputs, " + g);
            }
            g = coupling;
            rows.add(new double[] {mass, sigma});
        }
        rows.sort((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i)[0] == rows.get(i - 1)[0]) {
                throw new InvalidInputException("task " + context.taskName(), "inputs", "mass " + rows.get(i)[0]
                        + " twice in xsec-*", "one cross section per mass");
            }
        }
        return new LimitScan.CrossSections(rows.stream().mapToDouble(r -> r[0]).toArray(),
                rows.stream().mapToDouble(r -> r[1]).toArray(), g);
    }

    static Map<String, Object> pointJson(LimitScan.Point p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("massGeV", p.massGeV());
        m.put("excluded", p.excluded());
        m.put("status", p.status());
        m.put("efficiency", Json.num(p.efficiency()));
        for (Map.Entry<String, Object> d : p.details().entrySet()) {
            m.putIfAbsent(d.getKey(), d.getValue() instanceof Double v ? Json.num(v) : d.getValue());
        }
        m.put("backgroundInSignalRegion", Json.num(p.backgroundInSignalRegion()));
        m.put("backgroundInSignalRegionMcError", Json.num(p.backgroundInSignalRegionError()));
        m.put("referenceSigmaPb", Json.num(p.referenceSigmaPb()));
        m.put("yieldUp", Json.nums(p.yieldUp()));
        m.put("sigmaUpPb", Json.nums(p.sigmaUpPb()));
        m.put("couplingUpPerGeV", Json.nums(p.couplingUp()));
        List<Map<String, Object>> proj = new ArrayList<>();
        if (p.projections() != null) {
            for (LimitScan.Projection q : p.projections()) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("luminosityInvFb", q.luminosityInvPb() / 1000);
                j.put("sigmaUpPb", Json.nums(q.sigmaUpPb()));
                j.put("couplingUpPerGeV", Json.nums(q.couplingUp()));
                j.put("couplingUpFourthRootPerGeV", Json.nums(q.couplingUpFourthRoot()));
                // > 1: the recomputed projection is weaker than the L^-1/4 rule (systematics, low background)
                j.put("medianOverFourthRoot", q.couplingUp() == null || q.couplingUpFourthRoot() == null ? null
                        : Json.num(q.couplingUp()[2] / q.couplingUpFourthRoot()[2]));
                proj.add(j);
            }
        }
        m.put("projections", proj);
        m.put("mcStatRelUncertainty", Json.num(p.mcStatRelUncertainty()));
        return m;
    }

    /**
     * Scan summary of the MC-statistical effect: median and maximum over the points of mcStatRelUncertainty, and
     * the median over the points with a limit of the expected band's half width (N(+1) - N(-1)) / (2 N(0)), so
     * that a reader sees which of the two dominates. Null numbers when no point has a value.
     */
    static Map<String, Object> mcStatSummary(LimitScan.Point[] points) {
        List<Double> mc = new ArrayList<>();
        List<Double> band = new ArrayList<>();
        int withoutValue = 0;
        for (LimitScan.Point p : points) {
            if (p.yieldUp() == null) {
                continue;
            }
            double[] y = p.yieldUp();
            band.add((y[3] - y[1]) / (2 * y[2]));
            if (Double.isFinite(p.mcStatRelUncertainty())) {
                mc.add(p.mcStatRelUncertainty());
            } else {
                withoutValue++;
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("median", median(mc));
        s.put("max", mc.isEmpty() ? null : mc.stream().mapToDouble(Double::doubleValue).max().getAsDouble());
        s.put("bandHalfWidthMedian", median(band));
        s.put("points", mc.size());
        s.put("pointsWithoutValue", withoutValue);
        return s;
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    private static byte[] csv(LimitScan.Point[] points, double[] projFb) {
        String[] band = {"m2", "m1", "median", "p1", "p2"};
        StringBuilder csv = new StringBuilder("massGeV,excluded,status,efficiency,signalSigmaGeV,backgroundInWindow,"
                + "backgroundInSignalRegion");
        for (String b : band) {
            csv.append(",sigmaUpPb_").append(b);
        }
        for (String b : band) {
            csv.append(",couplingUpPerGeV_").append(b);
        }
        for (double l : projFb) {
            String tag = String.format(Locale.ROOT, "%.6g", l);
            for (String b : band) {
                csv.append(",couplingUpPerGeV_").append(b).append("_L").append(tag);
            }
            for (String b : band) {
                csv.append(",couplingUpFourthRootPerGeV_").append(b).append("_L").append(tag);
            }
        }
        csv.append(",backgroundFitPValue,badBackgroundFit,spuriousSignal,mc_stat_rel\n");
        for (LimitScan.Point p : points) {
            csv.append(p.massGeV()).append(',').append(p.excluded()).append(",\"").append(p.status().replace("\"", "'"))
                    .append("\",").append(Json.csv(p.efficiency())).append(',').append(Json.csv(p.sigmaGeV()))
                    .append(',').append(Json.csv(p.backgroundInWindow())).append(',')
                    .append(Json.csv(p.backgroundInSignalRegion()));
            appendBand(csv, p.sigmaUpPb());
            appendBand(csv, p.couplingUp());
            for (int j = 0; j < projFb.length; j++) {
                LimitScan.Projection q = p.projections() == null ? null : p.projections().get(j);
                appendBand(csv, q == null ? null : q.couplingUp());
                appendBand(csv, q == null ? null : q.couplingUpFourthRoot());
            }
            csv.append(',').append(Json.csv(p.detail("backgroundFitPValue"))).append(',')
                    .append(Boolean.TRUE.equals(p.details().get("badBackgroundFit"))).append(',')
                    .append(Json.csv(p.detail("spuriousSignal"))).append(',')
                    .append(Json.csv(p.mcStatRelUncertainty())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendBand(StringBuilder csv, double[] v) {
        for (int i = 0; i < 5; i++) {
            csv.append(',').append(v == null ? "" : Json.csv(v[i]));
        }
    }
}
