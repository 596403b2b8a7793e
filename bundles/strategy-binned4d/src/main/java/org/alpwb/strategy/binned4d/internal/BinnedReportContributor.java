package org.alpwb.strategy.binned4d.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.HistogramStack;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.Style;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.osgi.service.component.annotations.Component;

/**
 * Report sections of the binned strategies (one per strategy, after the workbench's limit section): at each
 * study-chosen mass the projections of the signal and background histograms on every axis (stacked backgrounds,
 * signal at the reference coupling), the merged bins that drive the sensitivity, the post-fit pulls and
 * constraints under the background-only Asimov data and the closure fit; plus the left-out check of the signal
 * interpolation. Reads the strategy's {@code binned-limits} artifact; nothing for other strategies.
 */
@Component(service = ReportContributor.class, property = {ServiceProperties.ID + "=binned-likelihood",
    ServiceProperties.LABEL + "=Binned likelihood: projections, driving bins, pulls, interpolation check",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_REPORT_SECTION})
public final class BinnedReportContributor implements ReportContributor {
    private static final String[] COLOURS = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
        "#CC79A7", "#999999"};

    @Override
    public Scope scope() {
        return Scope.STRATEGY;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public List<ReportSection> sections(ReportContext context) throws Exception {
        ReportContext.StrategyResult strategy = context.strategy();
        if (strategy == null || Variant.byId(strategy.id()) == null) {
            return List.of();
        }
        List<ReportSection> out = new ArrayList<>();
        for (Map.Entry<String, Artifact> e : strategy.inputs().entrySet()) {
            Artifact a = e.getValue();
            if (!BinnedLimitsTask.TYPE.equals(a.type())) {
                continue;
            }
            JsonNode payload = BinnedLimitsTask.MAPPER.readTree(a.payload());
            if (!payload.has("chosenMasses")) {
                continue;
            }
            out.add(section(context, strategy.id(), payload, a));
        }
        return out;
    }

    private ReportSection section(ReportContext context, String id, JsonNode payload, Artifact a) throws IOException {
        StringBuilder html = new StringBuilder();
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> masses = new ArrayList<>();
        for (JsonNode c : payload.path("chosenMasses")) {
            double m = c.path("massGeV").asDouble();
            html.append("<h3>").append(context.escape(String.format(Locale.ROOT, "m_a = %.3g GeV", m))).append("</h3>");
            if (!c.path("status").asText().isEmpty()) {
                html.append("<p>").append(context.escape(c.path("status").asText())).append("</p>");
                continue;
            }
            html.append(projections(context, id, m, text(a, c.path("projections").asText())));
            html.append(bins(context, text(a, c.path("bins").asText())));
            html.append(pulls(context, text(a, c.path("pulls").asText())));
            JsonNode closure = c.path("closure");
            html.append("<p>").append(context.escape(String.format(Locale.ROOT, "Closure: signal injected into the "
                    + "Asimov data at the median expected limit, %.4g events, fitted back as %.4g +- %.3g (converged: %s). "
                    + "pyhf workspace: %s.", closure.path("muInjected").asDouble(), closure.path("muFitted").asDouble(),
                    closure.path("muError").asDouble(), closure.path("converged").asBoolean(),
                    c.path("workspace").asText()))).append("</p>");
            masses.add(new java.util.TreeMap<>(Map.of("massGeV", m, "closure", BinnedLimitsTask.MAPPER.convertValue(closure, Map.class))));
        }
        html.append(leftOut(context, payload.path("leftOutChecks")));
        data.put("chosenMasses", masses);
        return new ReportSection("binned-" + id.replace("binned-", ""), "Binned likelihood details \u2014 " + id,
                html.toString(), data);
    }

    private static String text(Artifact a, String file) {
        byte[] b = a.files().get(file);
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }

    private String projections(ReportContext context, String id, double m, String csv) throws IOException {
        String[] lines = csv.split("\n");
        if (lines.length < 2) {
            return "";
        }
        String[] header = lines[0].split(",", -1);
        int processes = header.length - 6; // variable,bin,low,high,signal, processes..., rows
        Map<String, List<String[]>> byAxis = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            byAxis.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
        StringBuilder html = new StringBuilder();
        for (Map.Entry<String, List<String[]>> axis : byAxis.entrySet()) {
            List<String[]> rows = axis.getValue();
            int n = rows.size();
            double[] edges = new double[n + 1];
            for (int k = 0; k <= n; k++) {
                edges[k] = k;
            }
            List<HistogramSeries> stack = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                double[] v = new double[n];
                for (int k = 0; k < n; k++) {
                    v[k] = Double.parseDouble(rows.get(k)[5 + p]);
                }
                stack.add(new HistogramSeries(header[5 + p], edges, v, null, Style.line(COLOURS[p % COLOURS.length])));
            }
            double[] s = new double[n];
            for (int k = 0; k < n; k++) {
                s[k] = Double.parseDouble(rows.get(k)[4]);
            }
            ChartSpec chart = ChartSpec.builder(Axis.linear(axis.getKey() + " bin (signal quantiles)"),
                    Axis.log("events at the nominal luminosity"))
                    .title(String.format(Locale.ROOT, "%s, m_a = %.3g GeV: projection on %s", id, m, axis.getKey()))
                    .legend(LegendPosition.TOP_RIGHT).add(new HistogramStack(stack))
                    .add(new HistogramSeries("signal (g = g_ref)", edges, s, null, Style.line("#000000"))).build();
            String name = String.format(Locale.ROOT, "%s-m%.3g-%s", id, m, axis.getKey()).replaceAll("[^A-Za-z0-9._-]", "_");
            html.append(context.chart(name, chart, "Projection of the " + id + " histograms on " + axis.getKey()
                    + " inside the mass window (edges at the signal quantiles; outer bins open)."));
        }
        return html.toString();
    }

    private static String bins(ReportContext context, String csv) {
        String[] lines = csv.split("\n");
        StringBuilder html = new StringBuilder("<table><tr><th>merged bin</th><th>signal at the median limit</th>"
                + "<th>background</th><th>MC error</th><th>share of the Asimov sensitivity</th></tr>");
        for (int i = 1; i < Math.min(lines.length, 6); i++) {
            String[] f = lines[i].split(",", -1);
            html.append("<tr><td>").append(context.escape(f[0])).append("</td><td>").append(num(f[1])).append("</td><td>")
                    .append(num(f[2])).append("</td><td>").append(num(f[3])).append("</td><td>").append(num(f[5]))
                    .append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String pulls(ReportContext context, String csv) {
        String[] lines = csv.split("\n");
        StringBuilder html = new StringBuilder("<table><tr><th>nuisance parameter</th><th>pull (background-only "
                + "Asimov)</th><th>constraint sigma_post / sigma_pre</th></tr>");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            if (f.length < 7 || f[5].isEmpty()) {
                continue;
            }
            html.append("<tr><td>").append(context.escape(f[0])).append("</td><td>").append(num(f[5])).append("</td><td>")
                    .append(num(f[6])).append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String leftOut(ReportContext context, JsonNode checks) {
        if (!checks.isArray() || checks.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h3>Signal interpolation: generated masses left out</h3><table><tr>"
                + "<th>mass (GeV)</th><th>efficiency generated / interpolated</th><th>sigma_m generated / interpolated"
                + " (GeV)</th><th>chi2 / ndf</th><th>p-value</th><th>median limit interpolated / generated</th></tr>");
        for (JsonNode c : checks) {
            html.append("<tr><td>").append(c.path("massGeV").asText()).append("</td><td>")
                    .append(num(c.path("efficiencyGenerated").asText())).append(" / ")
                    .append(num(c.path("efficiencyInterpolated").asText())).append("</td><td>")
                    .append(num(c.path("sigmaGeVGenerated").asText())).append(" / ")
                    .append(num(c.path("sigmaGeVInterpolated").asText())).append("</td><td>")
                    .append(num(c.path("chi2").asText())).append(" / ").append(c.path("ndf").asText()).append("</td><td>")
                    .append(num(c.path("pValue").asText())).append("</td><td>")
                    .append(context.escape(c.has("medianLimitRatio") ? num(c.path("medianLimitRatio").asText())
                            : c.path("status").asText())).append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String num(String s) {
        try {
            return String.format(Locale.ROOT, "%.4g", Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
