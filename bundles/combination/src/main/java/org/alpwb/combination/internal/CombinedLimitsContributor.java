package org.alpwb.combination.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.Band;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.osgi.service.component.annotations.Component;

/**
 * Study section for every {@value CombinedLimitsTask#TYPE} input of the report: the median expected coupling limit
 * of each channel alone and of the combination (with its +-1/2 sigma band) versus mass, the same at the projection
 * luminosities, and a table at the report's masses with the gain of the combination over the best single channel.
 */
@Component(service = ReportContributor.class, property = {ServiceProperties.ID + "=combined-limits",
    ServiceProperties.LABEL + "=Channel combination: each channel and the combined expected coupling limit",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_REPORT_SECTION})
public final class CombinedLimitsContributor implements ReportContributor {
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"};

    @Override
    public Scope scope() {
        return Scope.STUDY;
    }

    @Override
    public int order() {
        return 660; // after the strategies' limits side by side (650)
    }

    @Override
    public List<ReportSection> sections(ReportContext context) throws Exception {
        List<ReportSection> out = new ArrayList<>();
        for (Map.Entry<String, Artifact> e : context.inputs().entrySet()) {
            if (CombinedLimitsTask.TYPE.equals(e.getValue().type())) {
                out.add(section(context, e.getKey(), CombinedLimitsTask.MAPPER.readTree(e.getValue().payload())));
            }
        }
        return out;
    }

    private static ReportSection section(ReportContext context, String input, JsonNode j) throws Exception {
        List<String> names = new ArrayList<>();
        StringBuilder html = new StringBuilder("<p>One likelihood from ");
        for (JsonNode c : j.path("channels")) {
            names.add(c.path("name").asText());
            html.append(names.size() > 1 ? ", " : "").append("channel <b>").append(context.escape(c.path("name")
                    .asText())).append("</b> (").append(context.escape(c.path("channel").asText())).append(", strategy ")
                    .append(context.escape(c.path("strategy").asText())).append(')');
        }
        html.append(String.format(Locale.ROOT, ": shared POI mu = (g / %.3g GeV^-1)^2, each channel's own nuisance "
                + "parameters, one luminosity uncertainty of %.3g %% shared by all channels; expected (Asimov) %.0f %% "
                + "CL CLs limits at %.5g fb^-1 and projected to ", j.path("referenceCouplingPerGeV").asDouble(),
                100 * j.path("luminosityUncertainty").asDouble(), 100 * j.path("cl").asDouble(),
                j.path("luminosityInvFb").asDouble()));
        for (JsonNode l : j.path("projectionsInvFb")) {
            html.append(String.format(Locale.ROOT, "%.5g ", l.asDouble()));
        }
        JsonNode s = j.path("summary");
        html.append(String.format(Locale.ROOT, "fb^-1. Each channel alone uses the same likelihood and conversion. "
                + "%d of %d masses have a combined limit; the combination is weaker than the best single channel at "
                + "%d of them (expected: none); median gain in g over the best channel %s (smallest %s).</p>",
                s.path("combinedPoints").asInt(), s.path("points").asInt(), s.path("pointsWeakerThanBestChannel").asInt(),
                fmt(s.path("medianGainOverBestChannel")), fmt(s.path("minGainOverBestChannel"))));
        String slug = input.replaceAll("[^A-Za-z0-9-]", "-");
        html.append(nominalChart(context, j, names, slug));
        if (j.path("projectionsInvFb").size() > 0) {
            html.append(projectionChart(context, j, names, slug));
        }
        html.append(table(context, j, names));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("input", input);
        data.put("summary", CombinedLimitsTask.MAPPER.convertValue(s, Map.class));
        return new ReportSection("combined-limits-" + slug, "Channel combination (" + String.join(" + ", names) + ")",
                html.toString(), data);
    }

    private static String nominalChart(ReportContext context, JsonNode j, List<String> names, String slug)
            throws Exception {
        JsonNode points = j.path("points");
        double[] x = masses(points);
        ChartSpec.Builder chart = ChartSpec.builder(context.massAxis(x[0], x[x.length - 1]),
                Axis.log("expected g_agg limit [GeV^-1]")).legend(LegendPosition.TOP_LEFT)
                .title(String.format(Locale.ROOT, "Each channel and the combination, %.5g fb^-1",
                        j.path("luminosityInvFb").asDouble()));
        List<double[]> band = new ArrayList<>();
        for (JsonNode p : points) {
            JsonNode g = p.path("combined").path("couplingUpPerGeV");
            if (g.isArray()) {
                band.add(new double[] {p.path("massGeV").asDouble(), g.get(0).asDouble(), g.get(1).asDouble(),
                    g.get(2).asDouble(), g.get(3).asDouble(), g.get(4).asDouble()});
            }
        }
        if (band.size() >= 2) {
            // bands only where the combination has a limit; the medians below keep their gaps (NaN)
            chart.add(new Band("combination \u00b1 2\u03c3", col(band, 0), col(band, 1), col(band, 5),
                    ChartSpec.YELLOW));
            chart.add(new Band("combination \u00b1 1\u03c3", col(band, 0), col(band, 2), col(band, 4),
                    ChartSpec.GREEN));
        }
        for (int i = 0; i < names.size(); i++) {
            chart.add(XYSeries.of(names.get(i) + " alone (median)", x, median(points, names.get(i), -1),
                    Style.line(COLOURS[i % COLOURS.length])));
        }
        chart.add(XYSeries.of("combination (median)", x, median(points, null, -1), Style.line("#000000")));
        return context.chart("combined-" + slug + "-coupling", chart.build(), "Median expected coupling limit of each "
                + "channel alone (coloured) and of the combination (black, with its expected 1 and 2 sigma bands, drawn where the "
                + "combination has a limit).");
    }

    private static String projectionChart(ReportContext context, JsonNode j, List<String> names, String slug)
            throws Exception {
        JsonNode points = j.path("points");
        double[] x = masses(points);
        ChartSpec.Builder chart = ChartSpec.builder(context.massAxis(x[0], x[x.length - 1]),
                Axis.log("expected g_agg limit (median) [GeV^-1]")).legend(LegendPosition.TOP_LEFT)
                .title("Projections: combination (solid), first channel alone (dashed), others (points)");
        for (int k = -1; k < j.path("projectionsInvFb").size(); k++) {
            double l = k < 0 ? j.path("luminosityInvFb").asDouble() : j.path("projectionsInvFb").get(k).asDouble();
            String colour = COLOURS[(k + 1) % COLOURS.length];
            chart.add(XYSeries.of(String.format(Locale.ROOT, "combination, %.5g fb^-1", l), x, median(points, null, k),
                    Style.line(colour)));
            for (int i = 0; i < names.size(); i++) {
                chart.add(XYSeries.of(String.format(Locale.ROOT, "%s, %.5g fb^-1", names.get(i), l), x,
                        median(points, names.get(i), k), i == 0 ? Style.dashed(colour) : Style.points(colour)));
            }
        }
        return context.chart("combined-" + slug + "-projections", chart.build(), "Median expected coupling limits at "
                + "the nominal and the projection luminosities, each likelihood recomputed with all yields scaled.");
    }

    private static String table(ReportContext context, JsonNode j, List<String> names) {
        double[] wanted = context.config().numbers("masses", new double[] {0.5, 1, 2, 4, 8});
        JsonNode points = j.path("points");
        StringBuilder html = new StringBuilder("<table><tr><th>mass (GeV)</th>");
        for (String n : names) {
            html.append("<th>").append(context.escape(n)).append(" g limit (GeV^-1)</th>");
        }
        html.append("<th>combined g limit (GeV^-1)</th><th>best channel / combined</th>");
        for (JsonNode l : j.path("projectionsInvFb")) {
            html.append(String.format(Locale.ROOT, "<th>combined at %.5g fb^-1</th>", l.asDouble()));
        }
        html.append("</tr>");
        double step = j.path("massStepGeV").asDouble();
        for (double m : wanted) {
            JsonNode p = null;
            for (JsonNode q : points) {
                if (Math.abs(q.path("massGeV").asDouble() - m) <= 0.5 * step + 1e-9
                        && (p == null || Math.abs(q.path("massGeV").asDouble() - m)
                                < Math.abs(p.path("massGeV").asDouble() - m))) {
                    p = q;
                }
            }
            if (p == null) {
                continue;
            }
            html.append("<tr><td>").append(fmt(p.path("massGeV"))).append("</td>");
            double best = Double.POSITIVE_INFINITY;
            for (String n : names) {
                JsonNode c = p.path("channels").path(n);
                JsonNode g = c.path("couplingUpPerGeV");
                if (g.isArray()) {
                    best = Math.min(best, g.get(2).asDouble());
                    html.append("<td data-value=\"").append(g.get(2).asDouble()).append("\">").append(fmt(g.get(2)));
                } else {
                    html.append("<td>").append(context.escape(c.path("status").asText()));
                }
                html.append("</td>");
            }
            JsonNode comb = p.path("combined").path("couplingUpPerGeV");
            if (comb.isArray()) {
                html.append("<td data-value=\"").append(comb.get(2).asDouble()).append("\">").append(fmt(comb.get(2)))
                        .append("</td><td>").append(String.format(Locale.ROOT, "%.3f", best / comb.get(2).asDouble()))
                        .append("</td>");
            } else {
                html.append("<td>").append(context.escape(p.path("combined").path("status").asText()))
                        .append("</td><td>-</td>");
            }
            for (JsonNode q : p.path("combined").path("projections")) {
                JsonNode g = q.path("couplingUpPerGeV");
                html.append("<td>").append(g.isArray() ? fmt(g.get(2)) : "-").append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }

    private static double[] masses(JsonNode points) {
        double[] x = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).path("massGeV").asDouble();
        }
        return x;
    }

    /** Median g of channel {@code name} (null: the combination) at luminosity k (-1 nominal), NaN where none. */
    private static double[] median(JsonNode points, String name, int k) {
        double[] y = new double[points.size()];
        for (int i = 0; i < y.length; i++) {
            JsonNode c = name == null ? points.get(i).path("combined") : points.get(i).path("channels").path(name);
            JsonNode g = k < 0 ? c.path("couplingUpPerGeV") : c.path("projections").path(k).path("couplingUpPerGeV");
            y[i] = g.isArray() ? g.get(2).asDouble() : Double.NaN;
        }
        return y;
    }

    private static double[] col(List<double[]> rows, int i) {
        return rows.stream().mapToDouble(r -> r[i]).toArray();
    }

    private static String fmt(JsonNode v) {
        return v.isNumber() ? String.format(Locale.ROOT, "%.4g", v.asDouble()) : "-";
    }
}
