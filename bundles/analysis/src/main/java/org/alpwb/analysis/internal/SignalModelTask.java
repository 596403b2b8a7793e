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
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.fit.FitParameters;
import org.alpwb.api.fit.Interpolation;
import org.alpwb.api.fit.Interpolator;
import org.alpwb.api.fit.ShapeFit;
import org.alpwb.api.fit.ShapeFitter;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.table.ColumnTable;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Task {@code signal-model}: per generated ALP mass the selection of the strategy named in {@code strategy} (any
 * {@link Strategy} service with a {@link CandidateSelection}, parameters from {@code parameters}), the efficiency with its
 * weighted binomial error, an unbinned weighted DSCB fit of the scan variable in mu +- fitRangeSigma
 * sigma and the fusion share after every cut; then a Chebyshev interpolation over mass (in log space for
 * the positive quantities: efficiency, sigma, alpha, n) of the
 * efficiency and of every DSCB parameter (thesis ch. 8.1, 8.2). Inputs {@code signal-<mass>} (column
 * tables of {@code reconstruct}) and optionally {@code generated-<mass>} (the {@code generate}
 * artifacts); without the latter the generated total comes from the {@code cutflow.json} of the
 * reconstruct artifact (first step, all events). Output {@value #TYPE} (UTF-8 JSON, see README) with
 * {@code signal-points.csv}, {@code interpolation.csv} and {@code signal-model.json}.
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=signal-model",
    ServiceProperties.LABEL + "=Signal efficiency and DSCB shape vs mass after a strategy's candidate selection",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK,
    // enters the cache key: 2 = positive quantities interpolated in log space (cached linear-space models recompute);
    // 5 = generic over strategy services (config "parameters", the strategy's version in the key)
    ServiceProperties.VERSION + "=signal-model-6"})
public class SignalModelTask implements TaskType {
    static final String TYPE = "alpwb/signal-model";
    static final String TABLE_TYPE = "alpwb/column-table";
    static final String EVENTS_TYPE = "alpwb/event-block";
    static final List<String> DSCB = List.of("mu", "sigma", "alphaL", "nL", "alphaR", "nR");
    static final List<String> INTERPOLATED = List.of("efficiency", "mu", "sigma", "alphaL", "nL", "alphaR", "nR");
    static final String[] FIELDS = {"strategy", "parameters", "fitRangeSigma", "orders", "channel", "scanVariable",
        "truthMassColumn", "shapeFitter", "interpolator", "gridPoints"};

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
        Strategy strategy = strategies.resolve(config).strategy();
        Strategies.parameters(strategy, config);
        config.number("fitRangeSigma", 30, 3, 200);
        TaskConfig orders = config.child("orders");
        orders.allowOnly(INTERPOLATED.toArray(String[]::new));
        for (String key : INTERPOLATED) {
            orders.integer(key, 0, 0, 20);
        }
        config.string("channel", "eegg");
        config.string("scanVariable", null);
        config.string("truthMassColumn", "truthAlpMassGeV");
        config.string("shapeFitter", "dscb");
        config.string("interpolator", "chebyshev-interpolation");
        config.integer("gridPoints", 200, 2, 100000);
    }

    /** Generated totals of one mass point. */
    record Generated(long events, double sumW, double sumW2, double fusionShare, String origin,
            List<Map<String, Object>> preselection) {
    }

    /** Fewest selected candidates near the generated mass for a shape fit. */
    static final int MIN_CANDIDATES = 10;

    /**
     * Shape-parameter errors below this fraction of the value are not statistical (a parameter pinned at a bound,
     * where the transform flattens the Hessian, or a degenerate Hessian: seen as 3.6e-13 with the luminosity-mix
     * overlay): such a point gets no weight in that parameter's interpolation and is listed with the reason.
     */
    static final double NEGLIGIBLE_RELATIVE_ERROR = 1e-8;

    /** A signal mass without a shape fit, with the reason (recorded in {@code skippedPoints}). */
    static final class NoShapeFit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoShapeFit(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One fitted mass point. */
    record Point(double massGeV, Generated generated, double selectedWeightPb, double efficiency,
            double efficiencyError, long entries, double fusionShare, ShapeFit fit, List<Map<String, Object>> cutflow) {
    }

    @Override
    public Artifact run(TaskContext context) {
        TaskConfig config = context.config();
        validate(config);
        Strategy strategy = strategies.resolve(config).strategy();
        String strategyId = config.string("strategy", null);
        ParameterValues values = Strategies.parameters(strategy, config);
        double rangeSigma = config.number("fitRangeSigma", 30, 3, 200);
        String channelId = config.string("channel", "eegg");
        Channel channel = context.serviceIds(Channel.class).contains(channelId)
                ? context.service(Channel.class, channelId) : null;
        String scan = config.string("scanVariable", channel != null ? channel.scanVariable() : "mGammaGammaGeV");
        String truthMass = config.string("truthMassColumn", "truthAlpMassGeV");
        CandidateSelection selection = strategy.selection(values, channel, context.inputs()).orElseThrow(() ->
                config.invalid("strategy", strategyId, "a strategy with a candidate selection (" + strategyId
                        + " builds its own likelihood: use it in expected-limits without a model input)"));
        ShapeFitter fitter = context.service(ShapeFitter.class, config.string("shapeFitter", "dscb"));
        Interpolator interpolator = context.service(Interpolator.class,
                config.string("interpolator", "chebyshev-interpolation"));

        List<Inputs.Named> signals = Inputs.withPrefix(context.inputs(), "signal-");
        if (signals.size() < 2) {
            throw new InvalidInputException("task " + context.taskName(), "inputs", context.inputs().keySet(),
                    "at least two inputs signal-<mass> (column tables of reconstruct at different masses)");
        }
        Map<String, Artifact> generatedBySuffix = new LinkedHashMap<>();
        for (Inputs.Named g : Inputs.withPrefix(context.inputs(), "generated-")) {
            Inputs.requireType(context.taskName(), "generated-" + g.suffix(), g.artifact(), EVENTS_TYPE);
            generatedBySuffix.put(g.suffix(), g.artifact());
        }
        context.monitor().begin("signal model (" + strategyId + ")", signals.size() + 1);
        List<Point> points = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (Inputs.Named s : signals) {
            context.monitor().checkCancelled();
            String name = "signal-" + s.suffix();
            Inputs.requireType(context.taskName(), name, s.artifact(), TABLE_TYPE);
            ColumnTable table = ColumnTable.fromBytes(s.artifact().payload());
            String source = "task " + context.taskName() + " input " + name;
            double mass = mass(s, table, truthMass, source);
            Generated generated = generatedBySuffix.containsKey(s.suffix())
                    ? fromEvents(EventBlock.fromBytes(generatedBySuffix.get(s.suffix()).payload()))
                    : fromCutflow(s.artifact(), source);
            try {
                points.add(point(mass, table, generated, selection, scan, fitter, rangeSigma, source));
            } catch (NoShapeFit e) {
                // a state with its reason (issue 10): the mass has no shape, the interpolation uses the others
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("massGeV", mass);
                m.put("reason", e.getMessage());
                skipped.add(m);
            }
            context.monitor().worked(1);
        }
        if (points.size() < 2) {
            throw new InvalidInputException("task " + context.taskName(), "inputs", "masses with a shape fit: "
                    + points.size() + ", without: " + skipped, "at least two signal masses with enough selected "
                    + "candidates for the shape fit");
        }
        points.sort((a, b) -> Double.compare(a.massGeV(), b.massGeV()));
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).massGeV() == points.get(i - 1).massGeV()) {
                throw new InvalidInputException("task " + context.taskName(), "inputs", "mass " + points.get(i).massGeV()
                        + " twice", "one signal-<mass> input per mass");
            }
        }
        Map<String, Object> interpolation = interpolate(points, config.child("orders"), interpolator);
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("strategy", selection.record());
        cfg.put("fitRangeSigma", rangeSigma);
        cfg.put("scanVariable", scan);
        cfg.put("shapeFitter", config.string("shapeFitter", "dscb"));
        cfg.put("interpolator", config.string("interpolator", "chebyshev-interpolation"));
        cfg.put("channel", channelId);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("strategy", strategyId);
        payload.put("config", cfg);
        payload.put("points", points.stream().map(SignalModelTask::pointJson).toList());
        payload.put("interpolation", interpolation);
        payload.put("skippedPoints", skipped);
        byte[] json = Json.write(payload);
        int grid = (int) config.integer("gridPoints", 200, 2, 100000);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("signal-model.json", json);
        files.put("signal-points.csv", pointsCsv(points));
        files.put("interpolation.csv", interpolationCsv(SignalModel.parse(json, "signal-model"), interpolator, grid));
        context.monitor().worked(1);
        context.monitor().done();
        return new Artifact(TYPE, json, files);
    }

    static double mass(Inputs.Named s, ColumnTable table, String truthMass, String source) {
        double fromName = s.suffixNumber();
        double fromTruth = table.hasColumn(truthMass) && table.rowCount() > 0 ? table.column(truthMass)[0] : Double.NaN;
        if (Double.isNaN(fromName) && Double.isNaN(fromTruth)) {
            throw new InvalidInputException(source, "name", s.suffix(),
                    "a mass in GeV after 'signal-' or a table with column " + truthMass);
        }
        if (!Double.isNaN(fromName) && !Double.isNaN(fromTruth)
                && Math.abs(fromName - fromTruth) > 1e-6 * Math.max(1, fromName)) {
            throw new InvalidInputException(source, truthMass, fromTruth, "the mass in the input name, " + fromName);
        }
        double m = Double.isNaN(fromName) ? fromTruth : fromName;
        if (!(m > 0)) {
            throw new InvalidInputException(source, "mass", m, "a mass > 0 GeV");
        }
        return m;
    }

    static Generated fromEvents(EventBlock events) {
        double[] w = events.weightsPb();
        double sum = 0;
        double sum2 = 0;
        double fusion = 0;
        double known = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i];
            sum2 += w[i] * w[i];
            String d = events.diagramClass(i);
            if ("fusion".equals(d) || "conversion".equals(d)) {
                known += w[i];
                fusion += "fusion".equals(d) ? w[i] : 0;
            }
        }
        return new Generated(w.length, sum, sum2, known > 0 ? fusion / known : Double.NaN, "generate artifact",
                List.of());
    }

    /** First step of the reconstruct cut flow (all events); sum w^2 = W^2 / N assumes equal weights. */
    @SuppressWarnings("unchecked")
    static Generated fromCutflow(Artifact artifact, String source) {
        byte[] file = artifact.files().get("cutflow.json");
        if (file == null) {
            throw new InvalidInputException(source, "cutflow.json", "(missing)",
                    "a reconstruct artifact with cutflow.json, or a matching generated-<mass> input");
        }
        Map<String, Object> flow = Json.read(file, source + " cutflow.json");
        Object steps = flow.get("steps");
        if (!(steps instanceof List) || ((List<?>) steps).isEmpty()) {
            throw new InvalidInputException(source, "cutflow.json steps", steps, "a non-empty list");
        }
        List<Map<String, Object>> list = (List<Map<String, Object>>) steps;
        Map<String, Object> first = list.get(0);
        long n = (long) Json.number(first, "count", source);
        double w = Json.number(first, "weightPb", source);
        if (n < 1 || !(w > 0)) {
            throw new InvalidInputException(source, "cutflow.json steps[0]", first, "count >= 1 and weightPb > 0");
        }
        List<Map<String, Object>> pre = new ArrayList<>();
        for (Map<String, Object> step : list.subList(1, list.size())) {
            pre.add(step(String.valueOf(step.get("cut")), Json.number(step, "weightPb", source),
                    (long) Json.number(step, "count", source), Double.NaN));
        }
        return new Generated(n, w, w * w / n, Double.NaN, "cutflow.json (equal weights assumed)", pre);
    }

    static Map<String, Object> step(String cut, double weight, long entries, double fusionShare) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cut", cut);
        m.put("weightPb", Json.num(weight));
        m.put("entries", entries);
        m.put("fusionShare", Json.num(fusionShare));
        return m;
    }

    static Point point(double mass, ColumnTable table, Generated gen, CandidateSelection selection, String scan,
            ShapeFitter fitter, double rangeSigma, String source) {
        CandidateSelection.Selected applied = selection.apply(table, mass, source);
        double[] x = column(table, scan, source);
        double[] w = column(table, CandidateSelection.WEIGHT, source);
        double[] diagram = table.hasColumn(CandidateSelection.DIAGRAM) ? table.column(CandidateSelection.DIAGRAM) : null;
        int n = 0;
        for (boolean p : applied.passed()) {
            n += p ? 1 : 0;
        }
        double[] xs = new double[n];
        double[] ws = new double[n];
        for (int r = 0, j = 0; r < x.length; r++) {
            if (applied.passed()[r]) {
                xs[j] = x[r];
                ws[j++] = w[r];
            }
        }
        // The fit is invariant under a common weight scale (and so are SumW2-corrected errors), but
        // the minimiser's tolerances are absolute: pb-sized weights (~1e-7) would stop it early.
        double mean = Arrays.stream(ws).sum() / Math.max(1, n);
        double[] unitWs = Arrays.stream(ws).map(v -> v / mean).toArray();
        // robust start: median and MAD of the candidates near the generated mass
        double near = 0.1 + 0.2 * mass;
        double[] close = Arrays.stream(xs).filter(v -> Math.abs(v - mass) < near).sorted().toArray();
        if (close.length < MIN_CANDIDATES) {
            throw new NoShapeFit(close.length + " selected candidates within " + near + " GeV of " + mass
                    + " GeV, at least " + MIN_CANDIDATES + " needed for the shape fit");
        }
        double median = close[close.length / 2];
        double[] dev = Arrays.stream(close).map(v -> Math.abs(v - median)).sorted().toArray();
        double sigma0 = Math.max(1.4826 * dev[dev.length / 2], 1e-5 * mass);
        ShapeFit fit = fitter.fit(xs, unitWs, median - rangeSigma * sigma0, median + rangeSigma * sigma0,
                Map.of("mu", median, "sigma", sigma0));
        for (int iteration = 0; iteration < 2; iteration++) {
            double mu = fit.parameters().value("mu");
            double sigma = Math.abs(fit.parameters().value("sigma"));
            Map<String, Double> start = new LinkedHashMap<>();
            for (String p : fitter.parameterNames()) {
                start.put(p, fit.parameters().value(p));
            }
            fit = fitter.fit(xs, unitWs, mu - rangeSigma * sigma, mu + rangeSigma * sigma, start);
        }
        double lo = fit.low();
        double hi = fit.high();
        boolean[] inRange = applied.passed().clone();
        for (int r = 0; r < inRange.length; r++) {
            inRange[r] = inRange[r] && x[r] >= lo && x[r] <= hi;
        }
        CandidateSelection.Step last = CandidateSelection.Step.of(String.format(Locale.ROOT, "%s in mu +- %.4g sigma (fit range [%.6g, %.6g] GeV)",
                scan, rangeSigma, lo, hi), inRange, w, diagram);
        double sel = last.weightPb();
        double sel2 = 0;
        for (int r = 0; r < inRange.length; r++) {
            sel2 += inRange[r] ? w[r] * w[r] : 0;
        }
        double eff = sel / gen.sumW();
        // weighted binomial: V = [(1 - eff)^2 sum_pass w^2 + eff^2 sum_fail w^2] / W^2
        double fail2 = Math.max(gen.sumW2() - sel2, 0);
        double effErr = Math.sqrt((1 - eff) * (1 - eff) * sel2 + eff * eff * fail2) / gen.sumW();

        List<Map<String, Object>> flow = new ArrayList<>();
        flow.add(step("generated (" + gen.origin() + ")", gen.sumW(), gen.events(), gen.fusionShare()));
        flow.addAll(gen.preselection());
        for (CandidateSelection.Step s : applied.steps()) {
            flow.add(step(s.cut(), s.weightPb(), s.entries(), s.fusionShare()));
        }
        flow.add(step(last.cut(), last.weightPb(), last.entries(), last.fusionShare()));
        double[] win = selection.countingWindowSigma();
        if (win != null) {
            double sigma = Math.abs(fit.parameters().value("sigma"));
            boolean[] window = inRange.clone();
            for (int r = 0; r < window.length; r++) {
                double d = x[r] - mass;
                window[r] = window[r] && d >= win[0] * sigma && d <= win[1] * sigma;
            }
            CandidateSelection.Step s = CandidateSelection.Step.of(String.format(Locale.ROOT,
                    "%s - m_a in [%.4g, %.4g] sigma (mass window of the limit, not in the efficiency)", scan, win[0],
                    win[1]), window, w, diagram);
            flow.add(step(s.cut(), s.weightPb(), s.entries(), s.fusionShare()));
        }
        return new Point(mass, gen, sel, eff, effErr, last.entries(), last.fusionShare(), fit, flow);
    }

    /** The column; InvalidInputException naming it and the table's columns if absent. */
    static double[] column(ColumnTable table, String column, String source) {
        if (!table.hasColumn(column)) {
            throw new InvalidInputException(source, "column", column, "a candidate table with column '" + column
                    + "'; columns: " + table.columnNames());
        }
        return table.column(column);
    }

    static Map<String, Object> pointJson(Point p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("massGeV", p.massGeV());
        m.put("generatedWeightPb", p.generated().sumW());
        m.put("generatedEvents", p.generated().events());
        m.put("selectedWeightPb", p.selectedWeightPb());
        m.put("efficiency", Json.num(p.efficiency()));
        m.put("efficiencyError", Json.num(p.efficiencyError()));
        m.put("entries", p.entries());
        m.put("fusionShare", Json.num(p.fusionShare()));
        FitParameters fp = p.fit().parameters();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> errors = new LinkedHashMap<>();
        for (String k : DSCB) {
            double v = fp.value(k);
            values.put(k, Json.num(k.equals("sigma") || k.startsWith("alpha") ? Math.abs(v) : v));
            errors.put(k, Json.num(fp.error(k)));
        }
        m.put("dscb", values);
        m.put("dscbErrors", errors);
        m.put("fitRangeGeV", List.of(p.fit().low(), p.fit().high()));
        m.put("fitConverged", p.fit().quality().converged());
        m.put("fitChi2Ndf", Json.num(p.fit().quality().chi2PerNdf()));
        m.put("cutflow", p.cutflow());
        return m;
    }

    private static Map<String, Object> interpolate(List<Point> points, TaskConfig orders, Interpolator interpolator) {
        double lo = points.get(0).massGeV();
        double hi = points.get(points.size() - 1).massGeV();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : INTERPOLATED) {
            double[] m = new double[points.size()];
            double[] v = new double[points.size()];
            double[] e = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                m[i] = p.massGeV();
                if (key.equals("efficiency")) {
                    v[i] = p.efficiency();
                    e[i] = p.efficiencyError();
                } else {
                    v[i] = p.fit().parameters().value(key);
                    v[i] = key.equals("sigma") || key.startsWith("alpha") ? Math.abs(v[i]) : v[i];
                    e[i] = p.fit().parameters().error(key);
                }
            }
            out.put(key, interpolate(key, m, v, e, lo, hi, orders, interpolator));
        }
        return out;
    }

    /**
     * The {@code interpolation.<key>} object for one quantity: a least-squares series over [lo, hi] through the
     * points with a finite positive error (and, for the positive quantities, a value > 0: those are fitted as
     * ln(value) with errors error / value, basis {@code <service basis>-log}); the others are listed in
     * {@code droppedMassesGeV}. Default order: 8 for the efficiency, 3 otherwise, capped at points - 1.
     */
    static Map<String, Object> interpolate(String key, double[] masses, double[] values, double[] errors, double lo,
            double hi, TaskConfig orders, Interpolator interpolator) {
        boolean log = MassInterpolation.positive(key);
        List<double[]> rows = new ArrayList<>();
        List<Double> dropped = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < masses.length; i++) {
            double v = values[i];
            double e = errors[i];
            String reason = !Double.isFinite(v) ? "value not finite"
                    : log && !(v > 0) ? "value <= 0 in a log-space interpolation"
                    : !(e > 0) || !Double.isFinite(e) ? "no error estimate (a parameter at its bound or fixed)"
                    : e <= NEGLIGIBLE_RELATIVE_ERROR * Math.abs(v) ? "error " + e + " below " + NEGLIGIBLE_RELATIVE_ERROR
                            + " of the value (a parameter pinned at its bound or a degenerate Hessian)"
                    : null;
            if (reason == null) {
                rows.add(new double[] {masses[i], v, e});
            } else {
                dropped.add(masses[i]);
                reasons.add(masses[i] + " GeV: " + reason);
            }
        }
        // cubic by default for every quantity: an exact interpolation through all points (order n - 1) oscillated
        // between widely spaced masses (efficiency 0.37 % at 6 GeV between measured 1.08 % and 1.65 %)
        int fallback = Math.min(3, rows.size() - 1);
        int order = (int) orders.integer(key, fallback, 0, 20);
        if (rows.isEmpty() || order > rows.size() - 1) {
            throw orders.invalid(key, order, "an order <= " + (rows.size() - 1) + " (" + rows.size()
                    + " mass points with a finite positive error" + (log ? " and a value > 0" : "")
                    + (dropped.isEmpty() ? "" : "; dropped " + dropped) + ")");
        }
        double[] m = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] v = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] e = rows.stream().mapToDouble(r -> r[2]).toArray();
        MassInterpolation mi = MassInterpolation.fit(interpolator, log, m, v, e, order, lo, hi);
        Interpolation f = mi.series();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("basis", mi.basis());
        j.put("order", order);
        j.put("rangeGeV", List.of(f.low(), f.high()));
        j.put("coefficients", Json.nums(f.coefficients()));
        j.put("covariance", Json.matrix(f.covariance()));
        j.put("chi2", Json.num(f.chi2()));
        j.put("ndf", f.ndf());
        j.put("droppedMassesGeV", dropped);
        j.put("droppedReasons", reasons);
        return j;
    }

    private static byte[] pointsCsv(List<Point> points) {
        StringBuilder csv = new StringBuilder("massGeV,generatedWeightPb,selectedWeightPb,efficiency,efficiencyError,"
                + "entries,fusionShare");
        for (String k : DSCB) {
            csv.append(',').append(k).append(',').append(k).append("Error");
        }
        csv.append(",fitChi2Ndf\n");
        for (Point p : points) {
            csv.append(p.massGeV()).append(',').append(Json.csv(p.generated().sumW())).append(',')
                    .append(Json.csv(p.selectedWeightPb())).append(',').append(Json.csv(p.efficiency())).append(',')
                    .append(Json.csv(p.efficiencyError())).append(',').append(p.entries()).append(',')
                    .append(Json.csv(p.fusionShare()));
            for (String k : DSCB) {
                double v = p.fit().parameters().value(k);
                v = k.equals("sigma") || k.startsWith("alpha") ? Math.abs(v) : v;
                csv.append(',').append(Json.csv(v)).append(',').append(Json.csv(p.fit().parameters().error(k)));
            }
            csv.append(',').append(Json.csv(p.fit().quality().chi2PerNdf())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] interpolationCsv(SignalModel model, Interpolator interpolator, int grid) {
        StringBuilder csv = new StringBuilder("massGeV");
        for (String k : INTERPOLATED) {
            csv.append(',').append(k).append(',').append(k).append("Low,").append(k).append("High");
        }
        csv.append('\n');
        for (int i = 0; i < grid; i++) {
            double m = model.lowGeV() + (model.highGeV() - model.lowGeV()) * i / (grid - 1);
            csv.append(m);
            for (String k : INTERPOLATED) {
                MassInterpolation f = model.interpolation(k);
                csv.append(',').append(Json.csv(f.value(interpolator, m))).append(',')
                        .append(Json.csv(f.lower(interpolator, m))).append(',').append(Json.csv(f.upper(interpolator, m)));
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
