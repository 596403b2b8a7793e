package org.alpwb.strategy.binned4d.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Channel.MassRegion;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.BackgroundSample;
import org.alpwb.api.strategy.SignalSample;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.analysis.strategy.MassScan;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.table.ColumnTable;
import org.alpwb.limits.pyhf.WorkspaceWriter;
import org.osgi.service.component.annotations.Component;

/**
 * Task {@code binned-limits}: expected CLs limits of the binned-likelihood strategies {@code binned-4d},
 * {@code binned-2d}, {@code binned-1d} on a mass grid, as an {@code alpwb/limit-curve} (the payload of
 * the cut-based {@code expected-limits} task, so that the report compares them), plus the pyhf workspaces,
 * histogram projections, per-bin sensitivities, nuisance pulls and closure fits of the study-chosen masses
 * and the left-out-mass check of the signal interpolation. See the bundle README for every field.
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=binned-limits",
    ServiceProperties.LABEL + "=Expected CLs limits of the binned (1D/2D/4D) likelihood strategies",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK,
    ServiceProperties.VERSION + "=binned-limits-5"})
public class BinnedLimitsTask implements TaskType {
    static final String TYPE = "alpwb/limit-curve";
    static final String TABLE_TYPE = "alpwb/column-table";
    static final String EVENTS_TYPE = "alpwb/event-block";
    static final String XSEC_TYPE = "alpwb/cross-section";
    static final String DEFAULT_KEY = "default";
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String[] FIELDS = {"strategy", "parameters", "luminosityInvFb", "projectionsInvFb", "cl",
        "massStepGeV", "massRangeGeV", "massesGeV", "workspaceMassesGeV", "limitCalculator", "channel", "chunkSize",
        "leftOutCheck"};
    /**
     * Default relative normalisation uncertainties [model]: 10 % for every process, the size of the missing
     * higher orders of our tree-level QED generators (O(alpha/pi ln(s/m_e^2)) ~ 4 % per radiated photon, times
     * the logs of the collinear regions) and of the meson transition form factors of the fusion backgrounds.
     */
    static final double DEFAULT_NORMALISATION = 0.10;
    /** Default relative luminosity uncertainty [assumption]: 1 %, the level Belle II quotes for its Bhabha-based luminosity. */
    static final double DEFAULT_LUMINOSITY_UNCERTAINTY = 0.01;

    /** Everything read from the configuration. */
    record Config(Variant variant, ParameterValues parameters, double luminosityInvFb, double[] projectionsInvFb,
            double cl, double massStepGeV, double[] massRangeGeV, double[] workspaceMassesGeV, String limitCalculator,
            int chunkSize, boolean leftOutCheck) {
        List<String> variables() {
            return variant.variables();
        }
    }

    /** Declared so that views and consumers find these curves beside the other strategies' limit curves. */
    @Override
    public java.util.Optional<String> outputType(TaskConfig config) {
        return java.util.Optional.of(TYPE);
    }

    @Override
    public void validate(TaskConfig config) {
        read(config);
    }

    static Config read(TaskConfig config) {
        config.allowOnly(FIELDS);
        String id = config.choice("strategy", null, Variant.ids());
        if (id == null) {
            throw config.invalid("strategy", "(missing)", String.join(", ", Variant.ids()) + " (required)");
        }
        Variant variant = Variant.byId(id);
        BinnedStrategy spec = new BinnedStrategy(variant) { };
        ParameterValues values = ParameterValues.resolve(spec.parameters(), config.child("parameters"));
        spec.check(values);
        double lumi = config.number("luminosityInvFb", 54.24, 1e-6, 1e9);
        double[] proj = config.numbers("projectionsInvFb", new double[] {569, 50000});
        for (int i = 0; i < proj.length; i++) {
            if (!(proj[i] > 0) || Double.isInfinite(proj[i])) {
                throw config.invalid("projectionsInvFb[" + i + "]", proj[i], "a luminosity > 0 in fb^-1");
            }
        }
        double cl = config.number("cl", 0.90, 0.5, 0.9999);
        double step = config.number("massStepGeV", 0.02, 1e-5, 10);
        double[] range = config.numbers("massRangeGeV", null);
        if (range != null && (range.length != 2 || !(range[0] > 0 && range[1] >= range[0]))) {
            throw config.invalid("massRangeGeV", Arrays.toString(range), "[low, high] with 0 < low <= high (GeV)");
        }
        double[] ws = config.numbers("workspaceMassesGeV", new double[0]);
        return new Config(variant, values, lumi, proj, cl, step, range, ws,
                config.string("limitCalculator", "asymptotic-cls"), (int) config.integer("chunkSize", 16, 1, 100_000),
                config.flag("leftOutCheck", true));
    }

    @Override
    public Artifact run(TaskContext context) throws Exception {
        TaskConfig raw = context.config();
        Config config = read(raw);
        String channelId = raw.string("channel", "eegg");
        List<MassRegion> excluded = context.serviceIds(Channel.class).contains(channelId)
                ? context.service(Channel.class, channelId).excludedRegions() : List.of();
        Strategy service = context.service(Strategy.class, config.variant().id());
        if (!(service instanceof BinnedStrategy strategy)) {
            throw raw.invalid("strategy", config.variant().id(), "a strategy of the binned-likelihood bundle");
        }
        String task = "task " + context.taskName();
        List<SignalSample> signals = signals(context, task);
        List<BackgroundSample> backgrounds = backgrounds(context, task);
        CrossSections xsec = crossSections(context, task);
        LimitCalculator calculator = context.service(LimitCalculator.class, config.limitCalculator());
        PointCalculator calc = strategy.calculator(config.parameters(), signals, backgrounds, xsec,
                config.luminosityInvFb(), config.projectionsInvFb(), config.cl(), excluded, calculator);

        double lo = Math.max(calc.peaks().lowGeV(), xsec.lowGeV());
        double hi = Math.min(calc.peaks().highGeV(), xsec.highGeV());
        double[] range = config.massRangeGeV() != null ? config.massRangeGeV() : new double[] {lo, hi};
        if (range[0] < lo - 1e-12 || range[1] > hi + 1e-12) {
            throw raw.invalid("massRangeGeV", Arrays.toString(range), "inside [" + lo + ", " + hi
                    + "] GeV (generated signal masses and cross-section points; no extrapolation)");
        }
        for (int i = 0; i < config.workspaceMassesGeV().length; i++) {
            double m = config.workspaceMassesGeV()[i];
            if (!(m >= lo - 1e-12 && m <= hi + 1e-12)) {
                throw raw.invalid("workspaceMassesGeV[" + i + "]", m, "a mass inside [" + lo + ", " + hi
                        + "] GeV (generated signal masses and cross-section points)");
            }
        }
        double step = config.massStepGeV();
        double[] masses = raw.numbers("massesGeV", null);
        if (masses != null) {
            for (int i = 0; i < masses.length; i++) {
                if (!(masses[i] >= lo - 1e-12 && masses[i] <= hi + 1e-12)) {
                    throw raw.invalid("massesGeV[" + i + "]", masses[i], "a mass inside [" + lo + ", " + hi
                            + "] GeV (generated signal masses and cross-section points; no extrapolation)");
                }
            }
        } else {
            int n = (int) Math.floor((range[1] - range[0]) / step + 1e-9) + 1;
            masses = new double[n];
            for (int i = 0; i < n; i++) {
                masses[i] = Math.round((range[0] + i * step) * 1e9) / 1e9;
            }
        }
        PointCalculator.Point[] points = scan(context, calc, masses, config.chunkSize(), config.variant().id());

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Map<String, Object>> chosen = new ArrayList<>();
        for (double m : config.workspaceMassesGeV()) {
            PointCalculator.Point p = calc.compute(m, true);
            chosen.add(Diagnostics.write(p, calc, config, xsec, files));
        }
        List<Map<String, Object>> leftOut = config.leftOutCheck() ? LeftOutCheck.run(calc) : List.of();

        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("strategy", config.variant().id());
        cfg.put("variables", config.variables());
        cfg.put("parameters", config.parameters().asMap());
        cfg.put("massRangeGeV", List.of(range[0], range[1]));
        cfg.put("massStepGeV", step);
        cfg.put("projectionsInvFb", config.projectionsInvFb());
        cfg.put("normalisationUncertainty", calc.settings().normalisationUncertainty());
        cfg.put("limitCalculator", config.limitCalculator());
        cfg.put("excludedRegions", excluded.stream().map(r -> new java.util.TreeMap<>(Map.of("name", r.name(), "loGeV", r.loGeV(),
                "hiGeV", r.hiGeV()))).toList());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("strategy", config.variant().id());
        payload.put("label", config.variant().label());
        payload.put("luminosityInvFb", config.luminosityInvFb());
        payload.put("cl", config.cl());
        payload.put("referenceCouplingPerGeV", xsec.couplingPerGeV());
        payload.put("config", cfg);
        payload.put("signalPeaks", peaksJson(calc.peaks()));
        payload.put("backgrounds", calc.backgroundSamples().stream().map(b -> new java.util.TreeMap<>(Map.of("name", b.name(),
                "selectedRows", b.rows(), "selectedWeightPb", sum(b.weightPb())))).toList());
        payload.put("signalSamples", calc.signals().stream().map(x -> new java.util.TreeMap<>(Map.of("massGeV", x.massGeV(),
                "generatedWeightPb", x.generatedWeightPb(), "selectedRows", x.rows(), "selectedWeightPb",
                sum(x.weightPb())))).toList());
        payload.put("points", Arrays.stream(points).map(BinnedLimitsTask::pointJson).toList());
        payload.put("chosenMasses", chosen);
        payload.put("leftOutChecks", leftOut);
        byte[] json = json(payload);
        files.put("limits.json", json);
        files.put("limits.csv", csv(points, config.projectionsInvFb()));
        return new Artifact(TYPE, json, files);
    }

    private static PointCalculator.Point[] scan(TaskContext context, PointCalculator calc, double[] masses, int chunk,
            String id) throws InterruptedException {
        return MassScan.run(context, "binned limits (" + id + ")", masses.length, chunk,
                i -> calc.compute(masses[i], false)).toArray(new PointCalculator.Point[0]);
    }

    // ------------------------------------------------------------------------------------------ inputs

    private static List<SignalSample> signals(TaskContext context, String task) {
        List<SignalSample> out = new ArrayList<>();
        for (Map.Entry<String, Artifact> e : new TreeMap<>(context.inputs()).entrySet()) {
            if (!e.getKey().startsWith("signal-")) {
                continue;
            }
            String suffix = e.getKey().substring("signal-".length());
            double mass = parseMass(suffix, e.getKey(), task);
            requireType(e.getKey(), e.getValue(), TABLE_TYPE, task);
            Artifact gen = context.inputs().get("generated-" + suffix);
            if (gen == null) {
                throw new InvalidInputException(task, "inputs.generated-" + suffix, "(missing)",
                        "the generate artifact (alpwb/event-block) of signal-" + suffix + ", for the generated weight");
            }
            requireType("generated-" + suffix, gen, EVENTS_TYPE, task);
            EventBlock block = EventBlock.fromBytes(gen.payload());
            double[] w = block.weightsPb();
            double sum = 0;
            double sum2 = 0;
            for (double x : w) {
                sum += x;
                sum2 += x * x;
            }
            if (!(sum > 0)) {
                throw new InvalidInputException(task, "inputs.generated-" + suffix, sum, "a sample with total weight > 0");
            }
            out.add(new SignalSample(e.getKey(), mass, ColumnTable.fromBytes(e.getValue().payload()),
                    new SignalSample.Generated(w.length, sum, sum2, Double.NaN, "generated-" + suffix)));
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(task, "inputs", context.inputs().keySet(),
                    "signal-<mass> inputs (reconstruct tables of the generated signal) with generated-<mass>");
        }
        out.sort((a, b) -> Double.compare(a.massGeV(), b.massGeV()));
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).massGeV() == out.get(i - 1).massGeV()) {
                throw new InvalidInputException(task, "inputs", out.get(i).inputName(), "one signal sample per mass");
            }
        }
        return out;
    }

    private static List<BackgroundSample> backgrounds(TaskContext context, String task) {
        List<BackgroundSample> out = new ArrayList<>();
        for (Map.Entry<String, Artifact> e : new TreeMap<>(context.inputs()).entrySet()) {
            if (e.getKey().startsWith("background-")) {
                requireType(e.getKey(), e.getValue(), TABLE_TYPE, task);
                out.add(new BackgroundSample(e.getKey(), ColumnTable.fromBytes(e.getValue().payload())));
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(task, "inputs", context.inputs().keySet(),
                    "at least one background-<process> input (reconstruct table, weights in pb)");
        }
        return out;
    }

    private static CrossSections crossSections(TaskContext context, String task) throws IOException {
        List<double[]> rows = new ArrayList<>();
        double g = Double.NaN;
        for (Map.Entry<String, Artifact> e : new TreeMap<>(context.inputs()).entrySet()) {
            if (!e.getKey().startsWith("xsec-")) {
                continue;
            }
            requireType(e.getKey(), e.getValue(), XSEC_TYPE, task);
            String source = task + " input " + e.getKey();
            JsonNode j = MAPPER.readTree(e.getValue().payload());
            double mass = j.path("mass_gev").asDouble(Double.NaN);
            double sigma = j.path("sigma_pb").asDouble(Double.NaN);
            double coupling = j.path("coupling_per_gev").asDouble(Double.NaN);
            if (!(sigma > 0) || !(mass > 0)) {
                throw new InvalidInputException(source, "sigma_pb", sigma, "a cross section > 0 at a mass > 0");
            }
            if (!Double.isNaN(g) && coupling != g) {
                throw new InvalidInputException(source, "coupling_per_gev", coupling, "the reference coupling of the "
                        + "other xsec inputs, " + g);
            }
            g = coupling;
            rows.add(new double[] {mass, sigma});
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException(task, "inputs", context.inputs().keySet(),
                    "xsec-<mass> inputs (cross-section task of the signal at the reference coupling)");
        }
        rows.sort((a, b) -> Double.compare(a[0], b[0]));
        return new CrossSections(rows.stream().mapToDouble(r -> r[0]).toArray(),
                rows.stream().mapToDouble(r -> r[1]).toArray(), g);
    }

    private static double parseMass(String suffix, String input, String task) {
        try {
            return Double.parseDouble(suffix);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(task, "inputs." + input, suffix, "signal-<mass in GeV>");
        }
    }

    private static void requireType(String name, Artifact a, String type, String task) {
        if (!type.equals(a.type())) {
            throw new InvalidInputException(task, "inputs." + name, a.type(), type);
        }
    }

    // ------------------------------------------------------------------------------------------ output

    /** sigma x A x eff (pb) of the rows passing the mass-independent selection. */
    private static double sum(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        return s;
    }

    static Object num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static Object nums(double[] v) {
        if (v == null) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        for (double x : v) {
            out.add(num(x));
        }
        return out;
    }

    static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> peaksJson(SignalPeaks p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "weighted median and 1.4826 x MAD of m_gg after the mass-independent cuts, linear in mass");
        m.put("massesGeV", nums(p.massesGeV()));
        m.put("peakGeV", nums(p.peaksGeV()));
        m.put("sigmaGeV", nums(p.sigmasGeV()));
        return m;
    }

    static Map<String, Object> pointJson(PointCalculator.Point p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("massGeV", p.massGeV());
        m.put("excluded", p.excluded());
        m.put("status", p.status());
        m.put("efficiency", num(p.efficiency()));
        m.put("signalPeakGeV", num(p.peakGeV()));
        m.put("signalSigmaGeV", num(p.sigmaGeV()));
        m.put("windowGeV", nums(p.windowGeV()));
        m.put("backgroundInWindow", num(p.backgroundInWindow()));
        m.put("backgroundInSignalRegion", num(p.backgroundInWindow())); // the window is the signal region
        m.put("backgroundMcRows", p.backgroundRows());
        m.put("cells", p.cells());
        m.put("bins", p.bins());
        m.put("binningSatisfied", p.binOfCell() == null ? null : p.binningSatisfied());
        m.put("referenceSigmaPb", num(p.referenceSigmaPb()));
        m.put("muUp", nums(p.muUp()));
        m.put("sigmaUpPb", nums(p.sigmaUpPb()));
        m.put("couplingUpPerGeV", nums(p.couplingUp()));
        List<Map<String, Object>> proj = new ArrayList<>();
        if (p.projections() != null) {
            for (PointCalculator.Projection q : p.projections()) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("luminosityInvFb", q.luminosityInvPb() / 1000);
                j.put("sigmaUpPb", nums(q.sigmaUpPb()));
                j.put("couplingUpPerGeV", nums(q.couplingUp()));
                j.put("couplingUpFourthRootPerGeV", nums(q.couplingUpFourthRoot()));
                proj.add(j);
            }
        }
        m.put("projections", proj);
        m.put("projectionFailures", p.projectionFailures());
        return m;
    }

    private static byte[] csv(PointCalculator.Point[] points, double[] projFb) {
        String[] band = {"m2", "m1", "median", "p1", "p2"};
        StringBuilder csv = new StringBuilder("massGeV,excluded,status,efficiency,signalSigmaGeV,backgroundInWindow,"
                + "backgroundMcRows,bins");
        for (String b : band) {
            csv.append(",sigmaUpPb_").append(b);
        }
        for (String b : band) {
            csv.append(",couplingUpPerGeV_").append(b);
        }
        for (double l : projFb) {
            for (String b : band) {
                csv.append(",couplingUpPerGeV_").append(b).append("_L").append(String.format(Locale.ROOT, "%.6g", l));
            }
        }
        csv.append('\n');
        for (PointCalculator.Point p : points) {
            csv.append(p.massGeV()).append(',').append(p.excluded()).append(",\"").append(p.status().replace("\"", "'"))
                    .append("\",").append(cell(p.efficiency())).append(',').append(cell(p.sigmaGeV())).append(',')
                    .append(cell(p.backgroundInWindow())).append(',').append(p.backgroundRows()).append(',')
                    .append(p.bins());
            band(csv, p.sigmaUpPb());
            band(csv, p.couplingUp());
            for (int j = 0; j < projFb.length; j++) {
                band(csv, p.projections() == null ? null : p.projections().get(j).couplingUp());
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void band(StringBuilder csv, double[] v) {
        for (int i = 0; i < 5; i++) {
            csv.append(',').append(v == null ? "" : cell(v[i]));
        }
    }

    static String cell(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
