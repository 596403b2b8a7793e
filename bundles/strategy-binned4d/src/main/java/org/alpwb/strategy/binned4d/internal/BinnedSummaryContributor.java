package org.alpwb.strategy.binned4d.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.MarkerShape;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.osgi.service.component.annotations.Component;

/**
 * Study sections from a {@code binned-summary} input: the 1D/2D/4D gain table and the forward-tagger coverage
 * scan (expected coupling limit at the chosen masses versus theta_min, one chart per mass, every strategy of the
 * scan in the strategy's report colour).
 */
@Component(service = ReportContributor.class, property = {ServiceProperties.ID + "=binned-summary",
    ServiceProperties.LABEL + "=Gain of each dimension and forward-tagger coverage scan",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_REPORT_SECTION})
public final class BinnedSummaryContributor implements ReportContributor {

    @Override
    public Scope scope() {
        return Scope.STUDY;
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    public List<ReportSection> sections(ReportContext context) throws Exception {
        List<ReportSection> out = new ArrayList<>();
        for (Map.Entry<String, Artifact> e : context.inputs().entrySet()) {
            if (BinnedSummaryTask.TYPE.equals(e.getValue().type())) {
                JsonNode j = BinnedLimitsTask.MAPPER.readTree(e.getValue().payload());
                out.add(gain(context, j.path("gain")));
                out.add(scan(context, j.path("taggerScan")));
            }
        }
        return out;
    }

    private static ReportSection gain(ReportContext context, JsonNode gain) {
        StringBuilder html = new StringBuilder("<p>Median expected coupling limits of the same binned likelihood in 1D "
                + "(m_gg), 2D (t+, t-) and 4D (t+, t-, s+, s-), same samples, selection, window and nuisances; ratio to "
                + "1D (below 1: the extra dimensions help).</p><table><tr><th>strategy</th><th>mass (GeV)</th>"
                + "<th>g limit (GeV^-1)</th><th>ratio to 1D</th></tr>");
        for (JsonNode r : gain.path("rows")) {
            html.append("<tr><td>").append(context.escape(r.path("strategy").asText())).append("</td><td>")
                    .append(r.path("massGeV").asText()).append("</td><td>")
                    .append(fmt(r.path("couplingUpMedianPerGeV"))).append("</td><td>").append(fmt(r.path("ratioTo1d")))
                    .append("</td></tr>");
        }
        html.append("</table><p>Over the whole scan (median of the ratio at every mass with both limits): ");
        gain.path("scanMedians").fields().forEachRemaining(f -> html.append(context.escape(f.getKey())).append(' ')
                .append(fmt(f.getValue().path("medianRatioTo1d"))).append(" (").append(f.getValue().path("points").asInt())
                .append(" points); "));
        html.append("</p>");
        return new ReportSection("binned-gain", "Gain of each dimension (binned 1D / 2D / 4D)", html.toString(),
                new java.util.TreeMap<>(Map.of("rows", BinnedLimitsTask.MAPPER.convertValue(gain.path("rows"), List.class))));
    }

    private static ReportSection scan(ReportContext context, JsonNode rows) throws Exception {
        Map<Double, Map<String, TreeMap<Double, Double>>> byMass = new TreeMap<>();
        for (JsonNode r : rows) {
            JsonNode g = r.path("couplingUpMedianPerGeV");
            if (g.isNumber()) {
                byMass.computeIfAbsent(r.path("massGeV").asDouble(), k -> new TreeMap<>())
                        .computeIfAbsent(r.path("strategy").asText(), k -> new TreeMap<>())
                        .put(r.path("taggerThetaMinLabDeg").asDouble(), g.asDouble());
            }
        }
        StringBuilder html = new StringBuilder("<p>Expected 90 % CL coupling limit (median) versus the forward tagger's "
                + "lower lepton acceptance edge theta_min (lab; 17 deg = the CDC edge, no tagger). Only simulation, "
                + "reconstruction and limits are redone per angle; the generated samples come from the cache.</p>");
        for (Map.Entry<Double, Map<String, TreeMap<Double, Double>>> m : byMass.entrySet()) {
            ChartSpec.Builder chart = ChartSpec.builder(Axis.linear("forward tagger theta_min (lab) [deg]"),
                    Axis.log("expected g limit (median) [GeV^-1]"))
                    .title(String.format(Locale.ROOT, "Forward-tagger scan, m_a = %.3g GeV", m.getKey()))
                    .legend(LegendPosition.TOP_LEFT);
            for (Map.Entry<String, TreeMap<Double, Double>> s : m.getValue().entrySet()) {
                chart.add(XYSeries.of(s.getKey(), s.getValue().keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                        s.getValue().values().stream().mapToDouble(Double::doubleValue).toArray(),
                        Style.line(context.colour(s.getKey())).withMarker(MarkerShape.CIRCLE)));
            }
            html.append(context.chart(String.format(Locale.ROOT, "tagger-scan-m%.3g", m.getKey()), chart.build(),
                    "Forward-tagger coverage scan at m_a = " + m.getKey() + " GeV."));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rows", BinnedLimitsTask.MAPPER.convertValue(rows, List.class));
        return new ReportSection("binned-tagger-scan", "Forward-tagger coverage scan", html.toString(), data);
    }

    private static String fmt(JsonNode v) {
        return v.isNumber() ? String.format(Locale.ROOT, "%.4g", v.asDouble()) : "-";
    }
}
