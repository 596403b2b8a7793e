package org.alpwb.analysis.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.osgi.service.component.annotations.Component;

/**
 * Task {@code compare-strategies}: N strategies side by side from their limit curves (inputs {@code limits-*},
 * alpwb/limit-curve of the generic expected-limits task): at each study-chosen mass the efficiency, background in
 * the signal region, median expected limits on sigma and g and their ratios to a reference strategy; the fusion share
 * after each strategy's selection at its generated masses; which strategy has the lowest median coupling limit where,
 * as mass bands with the median factor to the runner-up. A strategy whose limits task failed is listed as
 * "failed: reason" (the task runs with the inputs that exist). Output {@value #TYPE}: {@code comparison.json}
 * (format in the bundle README) and {@code comparison.csv}.
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=compare-strategies",
    ServiceProperties.LABEL + "=Side-by-side comparison of any number of strategies (limits, efficiency, best per mass)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK, ServiceProperties.VERSION + "=compare-strategies-1"})
public class CompareStrategiesTask implements TaskType {
    static final String TYPE = "alpwb/strategy-comparison";
    static final int FORMAT = 1;
    static final String[] FIELDS = {"masses", "referenceStrategy"};
    static final double[] DEFAULT_MASSES = {0.5, 1, 2, 4, 8};

    /** One strategy's decoded limit curve (null points when its task failed). */
    record Curve(String id, String input, String status, double[] mass, double[] efficiency, double[] background,
            double[] sigma, double[] coupling, String[] pointStatus, boolean[] excluded, List<Object> signalPoints,
            double luminosityInvFb, double cl) {
        boolean ok() {
            return "ok".equals(status);
        }

        /** Index of the scanned mass nearest to m, or -1 outside [first, last] (half a step of tolerance). */
        int nearest(double m) {
            if (mass.length == 0) {
                return -1;
            }
            double half = mass.length > 1 ? 0.5 * (mass[1] - mass[0]) : 1e-9;
            if (m < mass[0] - half || m > mass[mass.length - 1] + half) {
                return -1;
            }
            int best = 0;
            for (int i = 1; i < mass.length; i++) {
                if (Math.abs(mass[i] - m) < Math.abs(mass[best] - m)) {
                    best = i;
                }
            }
            return best;
        }

        /** Median coupling limit at m, log-log between the scanned neighbours with limits; NaN otherwise. */
        double couplingAt(double m) {
            int i = nearest(m);
            if (i < 0) {
                return Double.NaN;
            }
            if (mass[i] == m || Math.abs(mass[i] - m) < 1e-9) {
                return coupling[i];
            }
            int lo = mass[i] < m ? i : i - 1;
            int hi = lo + 1;
            if (lo < 0 || hi >= mass.length || !(coupling[lo] > 0) || !(coupling[hi] > 0)) {
                return Double.NaN;
            }
            double t = (Math.log(m) - Math.log(mass[lo])) / (Math.log(mass[hi]) - Math.log(mass[lo]));
            return Math.exp((1 - t) * Math.log(coupling[lo]) + t * Math.log(coupling[hi]));
        }
    }

    @Override
    public void validate(TaskConfig config) {
        config.allowOnly(FIELDS);
        double[] masses = config.numbers("masses", DEFAULT_MASSES);
        for (int i = 0; i < masses.length; i++) {
            if (!(masses[i] > 0) || Double.isInfinite(masses[i])) {
                throw config.invalid("masses[" + i + "]", masses[i], "a mass > 0 in GeV");
            }
        }
        config.string("referenceStrategy", null);
    }

    /** Before the run: the reference strategy must be one of the wired limits-<strategy> inputs. */
    @Override
    public void validate(org.alpwb.api.study.ValidationContext context) {
        TaskConfig config = context.config();
        validate(config);
        String reference = config.string("referenceStrategy", null);
        List<String> wired = context.inputNames().stream().filter(n -> n.startsWith("limits-"))
                .map(n -> n.substring("limits-".length())).toList();
        if (reference != null && !wired.isEmpty() && !wired.contains(reference)) {
            throw config.invalid("referenceStrategy", reference, "one of the compared strategies: "
                    + String.join(", ", wired));
        }
    }

    @Override
    public boolean runsWithFailedInputs(TaskConfig config) {
        return true;
    }

    @Override
    public java.util.Optional<String> outputType(TaskConfig config) {
        return java.util.Optional.of(TYPE);
    }

    @Override
    public Artifact run(TaskContext context) {
        TaskConfig config = context.config();
        validate(config);
        List<Curve> curves = new ArrayList<>();
        for (Inputs.Named in : Inputs.withPrefix(context.inputs(), "limits-")) {
            Inputs.requireType(context.taskName(), "limits-" + in.suffix(), in.artifact(), ExpectedLimitsTask.TYPE);
            curves.add(decode("limits-" + in.suffix(), in.artifact(), "task " + context.taskName() + " input limits-"
                    + in.suffix()));
        }
        for (Map.Entry<String, String> f : context.failedInputs().entrySet()) {
            if (f.getKey().startsWith("limits-")) {
                String id = f.getKey().substring("limits-".length());
                curves.add(new Curve(id, f.getKey(), "failed: " + f.getValue(), new double[0], new double[0],
                        new double[0], new double[0], new double[0], new String[0], new boolean[0], List.of(),
                        Double.NaN, Double.NaN));
            }
        }
        if (curves.isEmpty()) {
            throw new InvalidInputException("task " + context.taskName(), "inputs", context.inputs().keySet(),
                    "at least one limits-<strategy> input (alpwb/limit-curve of expected-limits)");
        }
        curves.sort((a, b) -> a.id().compareTo(b.id()));
        List<String> ids = curves.stream().map(Curve::id).toList();
        String reference = config.string("referenceStrategy", curves.stream().filter(Curve::ok).map(Curve::id)
                .findFirst().orElse(ids.get(0)));
        if (!ids.contains(reference)) {
            throw config.invalid("referenceStrategy", reference, "one of the compared strategies: "
                    + String.join(", ", ids));
        }
        Curve ref = curves.stream().filter(c -> c.id().equals(reference)).findFirst().orElseThrow();
        double[] masses = config.numbers("masses", DEFAULT_MASSES);

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("format", FORMAT);
        payload.put("referenceStrategy", reference);
        Curve firstOk = curves.stream().filter(Curve::ok).findFirst().orElse(null);
        payload.put("luminosityInvFb", firstOk == null ? null : Json.num(firstOk.luminosityInvFb()));
        payload.put("cl", firstOk == null ? null : Json.num(firstOk.cl()));
        List<Map<String, Object>> strategies = new ArrayList<>();
        for (Curve c : curves) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", c.id());
            s.put("input", c.input());
            s.put("status", c.status());
            s.put("massRangeGeV", c.mass().length == 0 ? null : List.of(c.mass()[0], c.mass()[c.mass().length - 1]));
            s.put("signalPoints", c.signalPoints());
            strategies.add(s);
        }
        payload.put("strategies", strategies);
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder("massGeV,strategy,state,scannedMassGeV,efficiency,"
                + "backgroundInSignalRegion,sigmaUpPbMedian,couplingUpPerGeVMedian,sigmaRatioToReference,"
                + "couplingRatioToReference\n");
        for (double m : masses) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("massGeV", m);
            Map<String, Object> per = new LinkedHashMap<>();
            int ri = ref.ok() ? ref.nearest(m) : -1;
            double refSigma = ri >= 0 ? ref.sigma()[ri] : Double.NaN;
            double refCoupling = ri >= 0 ? ref.coupling()[ri] : Double.NaN;
            String best = null;
            double bestG = Double.NaN;
            double secondG = Double.NaN;
            for (Curve c : curves) {
                Map<String, Object> e = new LinkedHashMap<>();
                int i = c.ok() ? c.nearest(m) : -1;
                String state = !c.ok() ? c.status() : i < 0 ? "outside scan" : c.excluded()[i] ? "excluded"
                        : c.coupling()[i] > 0 ? "ok" : "no limit: " + c.pointStatus()[i];
                e.put("state", state);
                e.put("scannedMassGeV", i < 0 ? null : c.mass()[i]);
                e.put("efficiency", i < 0 ? null : Json.num(c.efficiency()[i]));
                e.put("backgroundInSignalRegion", i < 0 ? null : Json.num(c.background()[i]));
                double s = i >= 0 && state.equals("ok") ? c.sigma()[i] : Double.NaN;
                double g = i >= 0 && state.equals("ok") ? c.coupling()[i] : Double.NaN;
                e.put("sigmaUpPb", Json.num(s));
                e.put("couplingUpPerGeV", Json.num(g));
                e.put("sigmaRatioToReference", Json.num(s / refSigma));
                e.put("couplingRatioToReference", Json.num(g / refCoupling));
                per.put(c.id(), e);
                if (g > 0) {
                    if (best == null || g < bestG) {
                        secondG = bestG;
                        best = c.id();
                        bestG = g;
                    } else if (Double.isNaN(secondG) || g < secondG) {
                        secondG = g;
                    }
                }
                csv.append(m).append(',').append(c.id()).append(",\"").append(state.replace("\"", "'"))
                        .append("\",").append(i < 0 ? "" : c.mass()[i]).append(',')
                        .append(i < 0 ? "" : Json.csv(c.efficiency()[i])).append(',')
                        .append(i < 0 ? "" : Json.csv(c.background()[i])).append(',').append(Json.csv(s)).append(',')
                        .append(Json.csv(g)).append(',').append(Json.csv(s / refSigma)).append(',')
                        .append(Json.csv(g / refCoupling)).append('\n');
            }
            row.put("strategies", per);
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("strategy", best);
            b.put("couplingUpPerGeV", Json.num(bestG));
            b.put("runnerUpFactor", Json.num(secondG / bestG));
            row.put("best", b);
            rows.add(row);
        }
        payload.put("masses", rows);
        payload.put("bestPerMass", bestBands(curves));
        byte[] json = Json.write(payload);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("comparison.json", json);
        files.put("comparison.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        return new Artifact(TYPE, json, files);
    }

    /**
     * Runs of the union of the scanned masses where one strategy has the lowest median coupling limit (the others
     * interpolated log-log at that mass), each with its mass range, the number of scanned masses and the median over
     * the run of (runner-up limit / best limit); masses where fewer than two strategies have a limit end a run.
     */
    static List<Map<String, Object>> bestBands(List<Curve> curves) {
        TreeMap<Double, Boolean> grid = new TreeMap<>();
        for (Curve c : curves) {
            if (c.ok()) {
                for (double m : c.mass()) {
                    grid.put(m, true);
                }
            }
        }
        List<Map<String, Object>> bands = new ArrayList<>();
        String current = null;
        double lo = Double.NaN;
        double hi = Double.NaN;
        List<Double> factors = new ArrayList<>();
        for (double m : grid.keySet()) {
            String best = null;
            double bestG = Double.NaN;
            double second = Double.NaN;
            int with = 0;
            for (Curve c : curves) {
                double g = c.ok() ? c.couplingAt(m) : Double.NaN;
                if (g > 0) {
                    with++;
                    if (best == null || g < bestG) {
                        second = bestG;
                        best = c.id();
                        bestG = g;
                    } else if (Double.isNaN(second) || g < second) {
                        second = g;
                    }
                }
            }
            String winner = with >= 2 ? best : null;
            if (winner == null || !winner.equals(current)) {
                if (current != null) {
                    bands.add(band(current, lo, hi, factors));
                }
                current = winner;
                lo = m;
                factors = new ArrayList<>();
            }
            if (winner != null) {
                hi = m;
                factors.add(second / bestG);
            }
        }
        if (current != null) {
            bands.add(band(current, lo, hi, factors));
        }
        return bands;
    }

    private static Map<String, Object> band(String id, double lo, double hi, List<Double> factors) {
        double[] f = factors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("strategy", id);
        b.put("loGeV", lo);
        b.put("hiGeV", hi);
        b.put("masses", f.length);
        b.put("medianRunnerUpFactor", f.length == 0 ? null : Json.num(f.length % 2 == 1 ? f[f.length / 2]
                : 0.5 * (f[f.length / 2 - 1] + f[f.length / 2])));
        b.put("minRunnerUpFactor", f.length == 0 ? null : Json.num(f[0]));
        return b;
    }

    @SuppressWarnings("unchecked")
    static Curve decode(String input, Artifact artifact, String source) {
        Map<String, Object> json = Json.read(artifact.payload(), source);
        if (!(json.get("strategy") instanceof String id)) {
            throw new InvalidInputException(source, "strategy", json.get("strategy"), "a strategy id");
        }
        if (!(json.get("points") instanceof List<?> list)) {
            throw new InvalidInputException(source, "points", json.get("points"), "a list");
        }
        int n = list.size();
        double[] mass = new double[n];
        double[] eff = new double[n];
        double[] bg = new double[n];
        double[] sigma = new double[n];
        double[] g = new double[n];
        String[] status = new String[n];
        boolean[] excluded = new boolean[n];
        for (int i = 0; i < n; i++) {
            Map<String, Object> p = (Map<String, Object>) list.get(i);
            mass[i] = Json.number(p, "massGeV", source + " points[" + i + "]");
            eff[i] = p.get("efficiency") instanceof Number x ? x.doubleValue() : Double.NaN;
            bg[i] = p.get("backgroundInSignalRegion") instanceof Number x ? x.doubleValue() : Double.NaN;
            sigma[i] = median(p.get("sigmaUpPb"));
            g[i] = median(p.get("couplingUpPerGeV"));
            status[i] = String.valueOf(p.get("status"));
            excluded[i] = Boolean.TRUE.equals(p.get("excluded"));
        }
        List<Object> signal = json.get("signalPoints") instanceof List<?> s ? (List<Object>) s : List.of();
        return new Curve(id, input, "ok", mass, eff, bg, sigma, g, status, excluded, signal,
                json.get("luminosityInvFb") instanceof Number l ? l.doubleValue() : Double.NaN,
                json.get("cl") instanceof Number c ? c.doubleValue() : Double.NaN);
    }

    private static double median(Object band) {
        return band instanceof List<?> l && l.size() == 5 && l.get(2) instanceof Number x ? x.doubleValue()
                : Double.NaN;
    }

    /** Text of a factor for messages, e.g. "x1.8". */
    static String factor(double f) {
        return String.format(Locale.ROOT, "x%.2g", f);
    }
}
