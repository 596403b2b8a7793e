package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.Region;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;

/**
 * Report sections of the strategy comparison (input of type {@value CompareStrategiesTask#TYPE}, any name): the
 * headline at the top (which strategy has the lowest median expected coupling limit where, and by how much; failed
 * strategies named) and the comparison section (table at the chosen masses with ratios to the reference, fusion
 * share after each selection, overlaid median coupling limits with the best strategy per mass as shaded bands).
 */
final class ComparisonReportSections {
    /** Runs of fewer scanned masses are counted, not listed, in the headline (statistical ties flip back and forth). */
    static final int MIN_MASSES = 3;
    private ComparisonReportSections() {
    }

    /** The comparison inputs of the report (type alpwb/strategy-comparison), decoded, by input name. */
    static Map<String, Map<String, Object>> comparisons(ReportContext context) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Artifact> in : context.inputs().entrySet()) {
            if (in.getValue().type().equals(CompareStrategiesTask.TYPE)) {
                out.put(in.getKey(), Json.read(in.getValue().payload(), "report input " + in.getKey()));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static ReportSection headline(ReportContext c, Map<String, Object> json) {
        StringBuilder html = new StringBuilder("<p class=\"headline\">");
        List<Map<String, Object>> bands = (List<Map<String, Object>>) json.get("bestPerMass");
        Map<String, List<String>> where = new LinkedHashMap<>();
        Map<String, Integer> shortRuns = new LinkedHashMap<>();
        for (Map<String, Object> b : bands) {
            String id = (String) b.get("strategy");
            if (((Number) b.get("masses")).intValue() < MIN_MASSES) {
                shortRuns.merge(id, 1, Integer::sum);
                continue;
            }
            where.computeIfAbsent(id, k -> new ArrayList<>()).add(String.format(Locale.ROOT, "%s\u2013%s GeV "
                    + "(\u00d7%s)", num(b.get("loGeV")), num(b.get("hiGeV")), b.get("medianRunnerUpFactor") == null
                            ? "?" : num(b.get("medianRunnerUpFactor"))));
        }
        if (where.isEmpty() && shortRuns.isEmpty()) {
            html.append(c.escape("No mass where two strategies both have an expected limit: no best strategy."));
        } else {
            html.append(c.escape("Lowest median expected limit on g_a\u03b3\u03b3 (in brackets: the runner-up's "
                    + "limit divided by it, median over the range): "));
            List<String> parts = new ArrayList<>();
            where.forEach((id, ranges) -> parts.add("<strong>" + c.escape(id) + "</strong> on " + c.escape(String.join(
                    ", ", ranges))));
            shortRuns.forEach((id, n) -> parts.add(c.escape(id + " leads in " + n + " further stretch" + (n > 1 ? "es"
                    : "") + " shorter than " + MIN_MASSES + " scanned masses")));
            html.append(String.join("; ", parts)).append('.');
        }
        html.append("</p>");
        List<String> failed = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) json.get("strategies")) {
            if (!"ok".equals(s.get("status"))) {
                failed.add(s.get("id") + ": " + s.get("status"));
            }
        }
        if (!failed.isEmpty()) {
            html.append("<p class=\"missing\">").append(c.escape("Strategies without results \u2014 "
                    + String.join("; ", failed))).append("</p>");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bestPerMass", bands);
        data.put("failed", failed);
        return new ReportSection("headline", "Headline: which strategy is best where", html.toString(), data);
    }

    @SuppressWarnings("unchecked")
    static ReportSection comparison(ReportContext c, Map<String, Object> json, String input)
            throws Exception {
        StringBuilder h = new StringBuilder();
        String reference = (String) json.get("referenceStrategy");
        List<Map<String, Object>> strategies = (List<Map<String, Object>>) json.get("strategies");
        h.append("<p>").append(c.escape(strategies.size() + " strategies from input " + input + "; reference "
                + reference + ". Each strategy is evaluated at its scanned mass nearest to the chosen one.")).append(
                        "</p>");
        h.append("<table class=\"comparison\"><thead><tr><th>m_a [GeV]</th><th>strategy</th><th>state</th>"
                + "<th>efficiency</th><th>background in signal region</th><th>sigma_UL [pb]</th>"
                + "<th>g_UL [GeV^-1]</th><th>sigma / reference</th><th>g / reference</th></tr></thead><tbody>");
        for (Map<String, Object> row : (List<Map<String, Object>>) json.get("masses")) {
            Map<String, Object> per = (Map<String, Object>) row.get("strategies");
            String best = (String) ((Map<String, Object>) row.get("best")).get("strategy");
            for (Map.Entry<String, Object> e : per.entrySet()) {
                Map<String, Object> v = (Map<String, Object>) e.getValue();
                h.append(e.getKey().equals(best) ? "<tr class=\"best\">" : "<tr>").append("<td>")
                        .append(num(row.get("massGeV"))).append("</td><td>").append(c.escape(e.getKey()))
                        .append(e.getKey().equals(best) ? " (best)" : "").append("</td><td>")
                        .append(c.escape(String.valueOf(v.get("state")))).append("</td>");
                for (String k : List.of("efficiency", "backgroundInSignalRegion", "sigmaUpPb", "couplingUpPerGeV",
                        "sigmaRatioToReference", "couplingRatioToReference")) {
                    h.append("<td>").append(v.get(k) == null ? "\u2013" : num(v.get(k))).append("</td>");
                }
                h.append("</tr>");
            }
        }
        h.append("</tbody></table>");
        h.append("<h3>Fusion share of the selected signal</h3><table class=\"comparison\"><thead><tr>"
                + "<th>strategy</th><th>generated m_a [GeV]: fusion / (fusion + conversion) after the selection"
                + "</th></tr></thead><tbody>");
        for (Map<String, Object> s : strategies) {
            List<String> cells = new ArrayList<>();
            for (Map<String, Object> p : (List<Map<String, Object>>) s.get("signalPoints")) {
                cells.add(num(p.get("massGeV")) + ": " + (p.get("fusionShare") == null ? "\u2013"
                        : num(p.get("fusionShare"))));
            }
            h.append("<tr><td>").append(c.escape((String) s.get("id"))).append("</td><td>").append(c.escape(
                    cells.isEmpty() ? "(no per-mass selection, or " + s.get("status") + ")" : String.join("; ",
                            cells))).append("</td></tr>");
        }
        h.append("</tbody></table>");
        String chart = overlay(c, json);
        if (chart != null) {
            h.append(chart);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("input", input);
        data.put("referenceStrategy", reference);
        return new ReportSection("strategy-comparison", "Strategy comparison", h.toString(), data);
    }

    /** Median coupling limits of every strategy overlaid, the best strategy per mass as shaded bands. */
    @SuppressWarnings("unchecked")
    private static String overlay(ReportContext c, Map<String, Object> json) throws Exception {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<XYSeries> series = new ArrayList<>();
        for (ReportContext.StrategyResult s : c.strategies()) {
            for (Map.Entry<String, Artifact> in : s.inputs().entrySet()) {
                if (!in.getValue().type().equals(ExpectedLimitsTask.TYPE)) {
                    continue;
                }
                CompareStrategiesTask.Curve curve = CompareStrategiesTask.decode(in.getKey(), in.getValue(),
                        "report input " + in.getKey());
                List<double[]> pts = new ArrayList<>();
                for (int i = 0; i < curve.mass().length; i++) {
                    if (curve.coupling()[i] > 0) {
                        pts.add(new double[] {curve.mass()[i], curve.coupling()[i]});
                    }
                }
                if (pts.isEmpty()) {
                    continue;
                }
                lo = Math.min(lo, pts.get(0)[0]);
                hi = Math.max(hi, pts.get(pts.size() - 1)[0]);
                series.add(XYSeries.of(s.id(), pts.stream().mapToDouble(p -> p[0]).toArray(),
                        pts.stream().mapToDouble(p -> p[1]).toArray(), Style.line(c.colour(s.id()))));
            }
        }
        if (series.isEmpty()) {
            return null;
        }
        ChartSpec.Builder b = ChartSpec.builder(c.massAxis(lo, hi), Axis.log("median expected g_a\u03b3\u03b3 limit "
                + "[GeV\u207b\u00b9]")).title("Strategies compared: median expected coupling limits")
                .legend(LegendPosition.TOP_RIGHT);
        for (Map<String, Object> band : (List<Map<String, Object>>) json.get("bestPerMass")) {
            double a = ((Number) band.get("loGeV")).doubleValue();
            double z = ((Number) band.get("hiGeV")).doubleValue();
            if (z > a) {
                b.region(new Region(a, z, "best: " + band.get("strategy"), tint(c.colour((String) band.get(
                        "strategy")))));
            }
        }
        series.forEach(b::add);
        return c.chart("comparison-coupling-best", b.build(), "Median expected 90 % CL limits on g_a\u03b3\u03b3 of "
                + "every strategy; the shaded bands mark where each strategy has the lowest median limit "
                + "(compare-strategies bestPerMass).");
    }

    /** A light tint of a #rrggbb colour for shading. */
    static String tint(String colour) {
        int r = Integer.parseInt(colour.substring(1, 3), 16);
        int g = Integer.parseInt(colour.substring(3, 5), 16);
        int b = Integer.parseInt(colour.substring(5, 7), 16);
        return String.format(Locale.ROOT, "#%02x%02x%02x", 255 - (255 - r) / 4, 255 - (255 - g) / 4,
                255 - (255 - b) / 4);
    }

    private static String num(Object v) {
        if (!(v instanceof Number n)) {
            return String.valueOf(v);
        }
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e6 ? Long.toString((long) d)
                : new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", d)).stripTrailingZeros().toPlainString();
    }
}
