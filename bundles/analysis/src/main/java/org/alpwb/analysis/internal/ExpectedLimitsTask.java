package org.alpwb.analysis.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Channel.MassRegion;
import org.alpwb.api.fit.BackgroundModel;
import org.alpwb.api.fit.Interpolator;
import org.alpwb.api.fit.ShapeFitter;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.progress.CancelledException;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.table.ColumnTable;
import org.osgi.service.component.annotations.Component;

/**
 * Task {@code expected-limits}: the expected cross-section and coupling limits of a cut-based strategy
 * on a mass grid (thesis ch. 8.3, eq. 9.2), at the nominal luminosity and recomputed at projection
 * luminosities (plus the L^-1/4 rule). Inputs {@code model} (alpwb/signal-model), {@code background-*}
 * (column tables, weights in pb), {@code xsec-*} (alpwb/cross-section of the signal at the reference
 * coupling). Mass points run in fixed chunks on the study executor; the result does not depend on the
 * number of threads. Output {@value #TYPE}: UTF-8 JSON (see README) plus {@code limits.csv},
 * {@code limits.json} and {@code limits-hepdata.yaml}.
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=expected-limits",
    ServiceProperties.LABEL + "=Expected CLs cross-section and coupling limits of a cut-based strategy",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK,
    ServiceProperties.VERSION + "=expected-limits-2"})
public class ExpectedLimitsTask implements TaskType {
    static final String TYPE = "alpwb/limit-curve";
    static final String XSEC_TYPE = "alpwb/cross-section";
    static final String[] FIELDS = {"strategy", "luminosityInvFb", "projectionsInvFb", "cl", "massStepGeV",
        "massRangeGeV", "windowSigma", "blindSigma", "binsPerSigma", "gridCells", "backgroundModel",
        "backgroundOrder", "limitCalculator", "method", "channel", "scanVariable", "excludedRegions",
        "minSidebandRows", "chunkSize", "shapeFitter", "interpolator"};

    @Override
    public void validate(TaskConfig config) {
        config.allowOnly(FIELDS);
        config.choice("strategy", null, Strategy.NAMES.toArray(String[]::new));
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
        config.string("backgroundModel", "chebyshev");
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
        String task = "task " + context.taskName();
        Artifact modelArtifact = context.input("model");
        Inputs.requireType(context.taskName(), "model", modelArtifact, SignalModelTask.TYPE);
        SignalModel model = SignalModel.parse(modelArtifact.payload(), task + " input model");
        Strategy strategy = model.strategy();
        String requested = config.string("strategy", null);
        if (requested != null && !requested.equals(strategy.name())) {
            throw config.invalid("strategy", requested, "the strategy of the input model, " + strategy.name());
        }
        String method = config.choice("method", strategy.hasMassWindow() ? LimitScan.COUNTING : LimitScan.WINDOW_FIT,
                LimitScan.WINDOW_FIT, LimitScan.COUNTING);
        if (method.equals(LimitScan.COUNTING) && !strategy.hasMassWindow()) {
            throw config.invalid("method", method, LimitScan.WINDOW_FIT + " (strategy " + strategy.name()
                    + " defines no mass window)");
        }
        double lumiFb = config.number("luminosityInvFb", 54.24, 1e-6, 1e9);
        double[] projFb = config.numbers("projectionsInvFb", new double[] {569, 50000});
        double[] projPb = Arrays.stream(projFb).map(v -> v * 1000).toArray();
        LimitScan.Settings settings = new LimitScan.Settings(lumiFb * 1000, projPb, config.number("cl", 0.90, 0.5, 0.9999),
                config.number("windowSigma", 30, 2, 200), config.number("blindSigma", 3, 0.5, 100),
                (int) Math.round(config.number("binsPerSigma", 2, 0.1, 50)),
                (int) config.integer("gridCells", 600, 50, 100000),
                (int) config.integer("minSidebandRows", 10, 1, 1_000_000), method);
        if (config.number("binsPerSigma", 2, 0.1, 50) != settings.binsPerSigma()) {
            throw config.invalid("binsPerSigma", config.number("binsPerSigma", 2, 0.1, 50), "an integer");
        }
        LimitScan.checkSettings(settings, config.source());

        BackgroundModel bg = context.service(BackgroundModel.class, config.string("backgroundModel", "chebyshev"));
        long order = config.integer("backgroundOrder", 3, 0, 10);
        if (bg.parameterNames().size() - 1 != order) {
            throw config.invalid("backgroundOrder", order, "the order of the configured background model service ("
                    + (bg.parameterNames().size() - 1) + "; set its component property 'order')");
        }
        LimitScan.Services services = new LimitScan.Services(
                context.service(ShapeFitter.class, config.string("shapeFitter", "dscb")),
                context.service(Interpolator.class, config.string("interpolator", "chebyshev-interpolation")), bg,
                context.service(LimitCalculator.class, config.string("limitCalculator", "asymptotic-cls")));
        String channelId = config.string("channel", "eegg");
        Channel channel = context.serviceIds(Channel.class).contains(channelId)
                ? context.service(Channel.class, channelId) : null;
        List<MassRegion> excluded = excludedRegions(config, channel);
        String scan = config.string("scanVariable", channel != null ? channel.scanVariable() : "mGammaGammaGeV");

        List<Map<String, Object>> backgroundSummary = new ArrayList<>();
        LimitScan.Background background = background(context, strategy, scan, backgroundSummary);
        LimitScan.CrossSections xsec = crossSections(context);

        double lo = Math.max(model.lowGeV(), xsec.massGeV()[0]);
        double hi = Math.min(model.highGeV(), xsec.massGeV()[xsec.massGeV().length - 1]);
        double[] range = config.numbers("massRangeGeV", new double[] {lo, hi});
        if (range[0] < lo - 1e-12 || range[1] > hi + 1e-12) {
            throw config.invalid("massRangeGeV", Arrays.toString(range), "inside [" + lo + ", " + hi
                    + "] GeV (range of the signal-model interpolation and of the xsec-* inputs)");
        }
        double step = config.number("massStepGeV", 0.005, 1e-5, 10);
        int n = (int) Math.floor((range[1] - range[0]) / step + 1e-9) + 1;
        double[] masses = new double[n];
        for (int i = 0; i < n; i++) {
            masses[i] = Math.round((range[0] + i * step) * 1e9) / 1e9;
        }

        LimitScan scanner = new LimitScan(model, settings, services, background, excluded, xsec);
        LimitScan.Point[] points = new LimitScan.Point[n];
        int chunk = (int) config.integer("chunkSize", 32, 1, 100_000);
        context.monitor().begin("expected limits, " + n + " masses (" + strategy.name() + ", " + method + ")", n);
        List<Future<?>> futures = new ArrayList<>();
        for (int c0 = 0; c0 < n; c0 += chunk) {
            int from = c0;
            int to = Math.min(n, c0 + chunk);
            futures.add(context.executor().submit(() -> {
                for (int i = from; i < to; i++) {
                    context.monitor().checkCancelled();
                    points[i] = scanner.compute(masses[i]);
                }
                context.monitor().worked(to - from);
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof CancelledException || cause instanceof InvalidInputException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException("expected limits failed: " + cause, cause);
        }
        context.monitor().done();

        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("strategy", strategy.toRecord());
        cfg.put("method", method);
        cfg.put("massRangeGeV", List.of(range[0], range[1]));
        cfg.put("massStepGeV", step);
        cfg.put("projectionsInvFb", Json.nums(projFb));
        cfg.put("windowSigma", settings.windowSigma());
        cfg.put("blindSigma", settings.blindSigma());
        cfg.put("binsPerSigma", settings.binsPerSigma());
        cfg.put("gridCells", settings.gridCells());
        cfg.put("backgroundModel", config.string("backgroundModel", "chebyshev"));
        cfg.put("backgroundOrder", order);
        cfg.put("limitCalculator", config.string("limitCalculator", "asymptotic-cls"));
        cfg.put("minSidebandRows", settings.minSidebandRows());
        // LinkedHashMap, not Map.of: Map.of iterates in an order salted per JVM, so the payload bytes (and the
        // study's outputs) differed between two processes (found by the GUI-versus-command-line test)
        cfg.put("excludedRegions", excluded.stream().map(r -> {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("name", r.name());
            region.put("loGeV", r.loGeV());
            region.put("hiGeV", r.hiGeV());
            return region;
        }).toList());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("strategy", strategy.name());
        payload.put("luminosityInvFb", lumiFb);
        payload.put("cl", settings.cl());
        payload.put("referenceCouplingPerGeV", xsec.couplingPerGeV());
        payload.put("config", cfg);
        payload.put("backgrounds", backgroundSummary);
        payload.put("mcStat", mcStatSummary(points));
        payload.put("points", Arrays.stream(points).map(ExpectedLimitsTask::pointJson).toList());
        byte[] json = Json.write(payload);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("limits.json", json);
        files.put("limits.csv", csv(points, projFb));
        files.put("limits-hepdata.yaml", HepData.write(points, lumiFb, projFb, settings.cl(), strategy.name(),
                xsec.couplingPerGeV()));
        return new Artifact(TYPE, json, files);
    }

    static List<MassRegion> excludedRegions(TaskConfig config, Channel channel) {
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

    private static LimitScan.Background background(TaskContext context, Strategy strategy, String scan,
            List<Map<String, Object>> summary) {
        List<Inputs.Named> inputs = Inputs.withPrefix(context.inputs(), "background-");
        if (inputs.isEmpty()) {
            throw new InvalidInputException("task " + context.taskName(), "inputs", context.inputs().keySet(),
                    "at least one background-<process> input (column table of reconstruct)");
        }
        List<double[]> rows = new ArrayList<>();
        for (Inputs.Named in : inputs) {
            String name = "background-" + in.suffix();
            Inputs.requireType(context.taskName(), name, in.artifact(), SignalModelTask.TABLE_TYPE);
            String source = "task " + context.taskName() + " input " + name;
            ColumnTable table = ColumnTable.fromBytes(in.artifact().payload());
            Strategy.Applied applied = strategy.apply(table, source);
            double[] x = Strategy.column(table, scan, source);
            double[] w = Strategy.column(table, Strategy.WEIGHT, source);
            long kept = 0;
            double weight = 0;
            for (int r = 0; r < x.length; r++) {
                if (applied.passed()[r] && Double.isFinite(x[r])) {
                    rows.add(new double[] {x[r], w[r]});
                    kept++;
                    weight += w[r];
                }
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", name);
            s.put("rows", table.rowCount());
            s.put("selectedRows", kept);
            s.put("selectedWeightPb", weight);
            summary.add(s);
        }
        // stable sort by mass: ties keep input order, so the sums are reproducible
        rows.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] m = new double[rows.size()];
        double[] w = new double[rows.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = rows.get(i)[0];
            w[i] = rows.get(i)[1];
        }
        return new LimitScan.Background(m, w);
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
        m.put("windowFraction", Json.num(p.windowFraction()));
        m.put("signalMuGeV", Json.num(p.muGeV()));
        m.put("signalSigmaGeV", Json.num(p.sigmaGeV()));
        m.put("backgroundInWindow", Json.num(p.backgroundInWindow()));
        m.put("backgroundInSignalRegion", Json.num(p.backgroundInSignalRegion()));
        m.put("backgroundInSignalRegionMcError", Json.num(p.backgroundInSignalRegionError()));
        m.put("backgroundFitChi2Ndf", Json.num(p.backgroundFitChi2Ndf()));
        m.put("sidebandRows", p.sidebandRows());
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
        csv.append(",mc_stat_rel\n");
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
            csv.append(',').append(Json.csv(p.mcStatRelUncertainty())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendBand(StringBuilder csv, double[] v) {
        for (int i = 0; i < 5; i++) {
            csv.append(',').append(v == null ? "" : Json.csv(v[i]));
        }
    }
}
