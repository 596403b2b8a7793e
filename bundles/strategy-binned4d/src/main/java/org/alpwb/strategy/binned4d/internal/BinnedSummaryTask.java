package org.alpwb.strategy.binned4d.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.ImageFormat;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.MarkerShape;
import org.alpwb.api.plot.PlotService;
import org.alpwb.api.plot.RenderOptions;
import org.alpwb.api.plot.RenderedChart;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.osgi.service.component.annotations.Component;

/**
 * Task {@code binned-summary}: (1) the gain of each dimension, the median expected coupling limits of
 * {@code binned-1d}, {@code binned-2d}, {@code binned-4d} (inputs {@code limits-*}, same samples) at the chosen
 * masses and their ratios, plus the median of the ratio over every mass point where both have a limit; (2) the
 * forward-tagger coverage scan: inputs {@code scan-[tag]<theta>-*} (limit curves of any strategy computed with the
 * tagger edge at theta deg, lab), the median expected coupling limit at the chosen masses versus theta_min, as a
 * table and one chart per mass (PNG, SVG and CSV through the {@code jfreechart} plot service when present).
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=binned-summary",
    ServiceProperties.LABEL + "=Gain of each dimension (1D/2D/4D) and the forward-tagger coverage scan",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK, ServiceProperties.VERSION + "=binned-summary-1"})
public class BinnedSummaryTask implements TaskType {
    static final String TYPE = "alpwb/binned-summary";
    static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"};

    @Override
    public void validate(TaskConfig config) {
        config.allowOnly("massesGeV", "plot");
        double[] m = config.numbers("massesGeV", null);
        if (m == null || m.length == 0) {
            throw config.invalid("massesGeV", "(missing)", "a list of masses (GeV) to compare at (required)");
        }
        config.string("plot", "jfreechart");
    }

    /** One limit curve: strategy and the median coupling limit per mass (NaN without a limit). */
    record Curve(String input, String strategy, double[] massGeV, double[] couplingMedian, String[] status) {
        /** The nearest scanned mass within half a step of {@code m}, else -1. */
        int nearest(double m) {
            int best = -1;
            for (int i = 0; i < massGeV.length; i++) {
                if (best < 0 || Math.abs(massGeV[i] - m) < Math.abs(massGeV[best] - m)) {
                    best = i;
                }
            }
            return best;
        }
    }

    @Override
    public Artifact run(TaskContext context) throws Exception {
        TaskConfig config = context.config();
        validate(config);
        double[] masses = config.numbers("massesGeV", null);
        Map<String, Curve> nominal = new TreeMap<>();
        Map<Double, Map<String, Curve>> scan = new TreeMap<>();
        for (Map.Entry<String, Artifact> e : new TreeMap<>(context.inputs()).entrySet()) {
            String name = e.getKey();
            if (name.startsWith("limits-")) {
                Curve c = curve(name, e.getValue());
                nominal.put(c.strategy(), c);
            } else if (name.startsWith("scan-")) {
                String rest = name.substring("scan-".length());
                rest = rest.startsWith("tag") ? rest.substring(3) : rest;
                int dash = rest.indexOf('-');
                double theta;
                try {
                    theta = Double.parseDouble(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException x) {
                    throw new InvalidInputException("task " + context.taskName(), "inputs." + name, name,
                            "scan-[tag]<theta deg>-<anything>");
                }
                Curve c = curve(name, e.getValue());
                scan.computeIfAbsent(theta, k -> new TreeMap<>()).put(c.strategy(), c);
            } else {
                throw new InvalidInputException("task " + context.taskName(), "inputs." + name, name,
                        "limits-<name> (binned-1d/2d/4d limit curves) or scan-[tag]<theta>-<name>");
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("massesGeV", BinnedLimitsTask.nums(masses));
        payload.put("gain", gain(nominal, masses, files));
        payload.put("taggerScan", taggerScan(scan, masses, files, context, config.string("plot", "jfreechart")));
        byte[] json = BinnedLimitsTask.json(payload);
        files.put("summary.json", json);
        return new Artifact(TYPE, json, files);
    }

    private static Curve curve(String name, Artifact a) throws IOException {
        if (!BinnedLimitsTask.TYPE.equals(a.type())) {
            throw new InvalidInputException("input " + name, "type", a.type(), BinnedLimitsTask.TYPE);
        }
        JsonNode j = BinnedLimitsTask.MAPPER.readTree(a.payload());
        JsonNode pts = j.path("points");
        double[] m = new double[pts.size()];
        double[] g = new double[pts.size()];
        String[] status = new String[pts.size()];
        for (int i = 0; i < m.length; i++) {
            JsonNode p = pts.get(i);
            m[i] = p.path("massGeV").asDouble();
            JsonNode c = p.path("couplingUpPerGeV");
            g[i] = c.isArray() && c.size() == 5 && c.get(2).isNumber() ? c.get(2).asDouble() : Double.NaN;
            status[i] = p.path("status").asText("");
        }
        return new Curve(name, j.path("strategy").asText(name), m, g, status);
    }

    /** Median coupling limits at the masses, ratios to binned-1d, and the scan-median ratio. */
    private static Map<String, Object> gain(Map<String, Curve> curves, double[] masses, Map<String, byte[]> files) {
        Map<String, Object> out = new LinkedHashMap<>();
        Curve ref = curves.get(Variant.BINNED_1D.id());
        StringBuilder csv = new StringBuilder("strategy,massGeV,scannedMassGeV,couplingUpMedianPerGeV,ratioTo1d\n");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Curve c : curves.values()) {
            for (double m : masses) {
                int i = c.nearest(m);
                double g = i < 0 ? Double.NaN : c.couplingMedian()[i];
                double r = Double.NaN;
                if (ref != null && i >= 0) {
                    int k = ref.nearest(c.massGeV()[i]);
                    r = g / ref.couplingMedian()[k];
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("strategy", c.strategy());
                row.put("massGeV", m);
                row.put("scannedMassGeV", i < 0 ? null : c.massGeV()[i]);
                row.put("couplingUpMedianPerGeV", BinnedLimitsTask.num(g));
                row.put("ratioTo1d", BinnedLimitsTask.num(r));
                rows.add(row);
                csv.append(c.strategy()).append(',').append(m).append(',').append(i < 0 ? "" : c.massGeV()[i]).append(',')
                        .append(BinnedLimitsTask.cell(g)).append(',').append(BinnedLimitsTask.cell(r)).append('\n');
            }
        }
        out.put("rows", rows);
        Map<String, Object> medians = new LinkedHashMap<>();
        if (ref != null) {
            for (Curve c : curves.values()) {
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < c.massGeV().length; i++) {
                    int k = ref.nearest(c.massGeV()[i]);
                    double r = c.couplingMedian()[i] / ref.couplingMedian()[k];
                    if (Math.abs(ref.massGeV()[k] - c.massGeV()[i]) < 1e-9 && Double.isFinite(r)) {
                        ratios.add(r);
                    }
                }
                ratios.sort(Comparator.naturalOrder());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("points", ratios.size());
                m.put("medianRatioTo1d", ratios.isEmpty() ? null : ratios.get(ratios.size() / 2));
                medians.put(c.strategy(), m);
            }
        }
        out.put("scanMedians", medians);
        files.put("gain.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static List<Map<String, Object>> taggerScan(Map<Double, Map<String, Curve>> scan, double[] masses,
            Map<String, byte[]> files, TaskContext context, String plotId) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder("strategy,massGeV,taggerThetaMinLabDeg,couplingUpMedianPerGeV,status\n");
        Map<String, Map<Double, double[]>> byStrategy = new TreeMap<>(); // strategy -> mass -> g per theta
        double[] thetas = scan.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        int t = 0;
        for (Map.Entry<Double, Map<String, Curve>> e : scan.entrySet()) {
            for (Curve c : e.getValue().values()) {
                for (int k = 0; k < masses.length; k++) {
                    int i = c.nearest(masses[k]);
                    double g = i < 0 ? Double.NaN : c.couplingMedian()[i];
                    String status = i < 0 ? "no such mass" : c.status()[i];
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("strategy", c.strategy());
                    row.put("massGeV", masses[k]);
                    row.put("taggerThetaMinLabDeg", e.getKey());
                    row.put("couplingUpMedianPerGeV", BinnedLimitsTask.num(g));
                    row.put("status", status);
                    rows.add(row);
                    csv.append(c.strategy()).append(',').append(masses[k]).append(',').append(e.getKey()).append(',')
                            .append(BinnedLimitsTask.cell(g)).append(",\"").append(status.replace("\"", "'")).append("\"\n");
                    byStrategy.computeIfAbsent(c.strategy(), s -> new TreeMap<>())
                            .computeIfAbsent(masses[k], m -> nanArray(thetas.length))[t] = g;
                }
            }
            t++;
        }
        files.put("tagger-scan.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        if (!scan.isEmpty() && context.serviceIds(PlotService.class).contains(plotId)) {
            PlotService plots = context.service(PlotService.class, plotId);
            for (double m : masses) {
                ChartSpec.Builder chart = ChartSpec.builder(Axis.linear("forward tagger \u03b8_min (lab) [deg]"),
                        Axis.log("expected 90 % CL g_a\u03b3\u03b3 limit (median) [GeV^-1]"))
                        .title(String.format(Locale.ROOT, "Forward-tagger coverage scan, m_a = %.3g GeV", m))
                        .legend(LegendPosition.TOP_LEFT);
                int colour = 0;
                boolean any = false;
                for (Map.Entry<String, Map<Double, double[]>> s : byStrategy.entrySet()) {
                    double[] g = s.getValue().get(m);
                    if (g == null) {
                        continue;
                    }
                    List<double[]> finite = new ArrayList<>();
                    for (int i = 0; i < thetas.length; i++) {
                        if (Double.isFinite(g[i]) && g[i] > 0) {
                            finite.add(new double[] {thetas[i], g[i]});
                        }
                    }
                    if (finite.isEmpty()) {
                        continue;
                    }
                    any = true;
                    chart.add(XYSeries.of(s.getKey(), finite.stream().mapToDouble(p -> p[0]).toArray(),
                            finite.stream().mapToDouble(p -> p[1]).toArray(),
                            Style.line(COLOURS[colour++ % COLOURS.length]).withMarker(MarkerShape.CIRCLE)));
                }
                if (any) {
                    render(plots, chart.build(), String.format(Locale.ROOT, "tagger-scan-m%.3g", m), files);
                }
            }
        }
        return rows;
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static void render(PlotService plots, ChartSpec chart, String name, Map<String, byte[]> files)
            throws IOException {
        Path dir = Files.createTempDirectory("binned-summary");
        try {
            RenderedChart r = plots.render(chart, dir.resolve(name), RenderOptions.defaults());
            for (Map.Entry<ImageFormat, Path> img : r.images().entrySet()) {
                files.put(img.getValue().getFileName().toString(), Files.readAllBytes(img.getValue()));
            }
            if (r.csv() != null) {
                files.put(r.csv().getFileName().toString(), Files.readAllBytes(r.csv()));
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
