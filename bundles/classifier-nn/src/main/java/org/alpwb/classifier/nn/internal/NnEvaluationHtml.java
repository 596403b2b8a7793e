package org.alpwb.classifier.nn.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;

/**
 * The parts of the network report section that come from the training's per-mass test-part evaluation
 * ({@link MassEvaluation}: Punzi figure of merit, m_ee before / after the cut) and from the signal models of the
 * network strategies next to the model of the cut-based selection they build on.
 */
final class NnEvaluationHtml {
    private static final String SIGNAL_MODEL = "alpwb/signal-model";
    private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
        "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};

    private NnEvaluationHtml() {
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double[] doubles(Object list) {
        List<?> l = (List<?>) list;
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(l.get(i));
        }
        return out;
    }

    private static int index(double[] cuts, double cut) {
        int best = 0;
        for (int i = 1; i < cuts.length; i++) {
            if (Math.abs(cuts[i] - cut) < Math.abs(cuts[best] - cut)) {
                best = i;
            }
        }
        return best;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String mass(Object massGeV) {
        return fmt("%.3g", number(massGeV));
    }

    /** Punzi FOM (normalised to its maximum) versus 1 - working point per mass, and the per-mass table. */
    @SuppressWarnings("unchecked")
    static String punzi(ReportContext context, String id, Map<String, Object> evaluation) throws IOException {
        double[] cuts = doubles(evaluation.get("cuts"));
        double workingPoint = number(((Map<String, Object>) evaluation.get("mEe")).get("workingPoint"));
        int wp = index(cuts, workingPoint);
        ChartSpec.Builder chart = ChartSpec.builder(Axis.log("1 - working point"), Axis.linear("Punzi FOM / maximum"));
        StringBuilder table = new StringBuilder("<table><tr><th>mass [GeV]</th><th>signal / background rows</th>"
                + "<th>B at score &gt; 0</th><th>B at score &gt; " + workingPoint + " (rejection)</th>"
                + "<th>best cut</th><th>efficiency at best</th><th>B at best</th><th>background MC rows at best</th>"
                + "<th>best cut on each half</th></tr>");
        int k = 0;
        for (Map<String, Object> p : list(evaluation.get("punzi"))) {
            String m = mass(p.get("massGeV"));
            if (p.containsKey("status")) {
                table.append("<tr><td>").append(m).append("</td><td colspan=\"8\">")
                        .append(context.escape(String.valueOf(p.get("status")))).append("</td></tr>");
                continue;
            }
            double[] fom = doubles(p.get("fom"));
            double[] background = doubles(p.get("background"));
            double max = number(p.get("bestFom"));
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < cuts.length; i++) {
                if (cuts[i] > 0 && Double.isFinite(fom[i])) {
                    x.add(1 - cuts[i]);
                    y.add(fom[i] / max);
                }
            }
            chart.add(XYSeries.of(m + " GeV", x.stream().mapToDouble(Double::doubleValue).toArray(),
                    y.stream().mapToDouble(Double::doubleValue).toArray(), Style.line(PALETTE[k++ % PALETTE.length])));
            double rejection = background[0] / background[wp];
            table.append(fmt("<tr><td>%s</td><td>%s / %s</td><td>%.3g</td><td>%.3g (%s)</td><td>%s</td><td>%.3f</td>"
                    + "<td>%.3g</td><td>%s</td><td>%s</td></tr>", m, p.get("signalRows"), p.get("backgroundRows"),
                    background[0], background[wp], Double.isFinite(rejection) ? fmt("%.3g", rejection) : "no MC left",
                    p.get("bestCut"), number(p.get("efficiencyAtBest")), number(p.get("backgroundAtBest")),
                    p.get("backgroundRowsAtBest"), context.escape(String.valueOf(p.get("bestCutHalves")))));
        }
        table.append("</table>");
        String caption = fmt("Punzi figure of merit eps / (a/2 + sqrt(B)), a = %s, per mass on the training's test "
                + "part after the %s selection: B = expected background in +-%s GeV of the mass at %s fb^-1 "
                + "(test-part background scaled by %.3g); each curve divided by its maximum", evaluation.get(
                        "punziSigmas"), evaluation.get("preselection"), evaluation.get("windowGeV"),
                evaluation.get("luminosityInvFb"), number(evaluation.get("backgroundScale")));
        return context.chart(id + "-punzi", chart.build(), caption) + table
                + "<p>" + context.escape("A best cut near 1 that rests on a few background MC rows, or that differs "
                        + "between the two halves of the test rows, is a statistical fluctuation rather than an "
                        + "optimum (the thesis' reason for a flat 0.9).") + "</p>";
    }

    /** m_ee of the selected signal before and after the score cut per mass, with the fusion share. */
    @SuppressWarnings("unchecked")
    static String mee(ReportContext context, String id, Map<String, Object> evaluation) throws IOException {
        Map<String, Object> mee = (Map<String, Object>) evaluation.get("mEe");
        double[] edges = doubles(mee.get("binEdgesGeV"));
        Object workingPoint = mee.get("workingPoint");
        ChartSpec.Builder chart = ChartSpec.builder(Axis.linear("m_ee [GeV]"), Axis.linear("fraction of the "
                + "preselected signal per bin"));
        StringBuilder table = new StringBuilder("<table><tr><th>mass [GeV]</th><th>signal rows</th><th>kept by score "
                + "&gt; " + workingPoint + "</th><th>fusion share before</th><th>fusion share after</th></tr>");
        int k = 0;
        for (Map<String, Object> p : list(mee.get("perMass"))) {
            String colour = PALETTE[k++ % PALETTE.length];
            String m = mass(p.get("massGeV"));
            chart.add(new HistogramSeries(m + " GeV before", edges, doubles(p.get("before")), null, Style.line(colour)));
            chart.add(new HistogramSeries(m + " GeV after", edges, doubles(p.get("after")), null,
                    Style.dashed(colour)));
            table.append(fmt("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>", m, p.get("signalRows"),
                    share(p.get("efficiency")), share(p.get("fusionShareBefore")), share(p.get("fusionShareAfter"))));
        }
        table.append("</table>");
        String caption = "What the network learns: m_ee of the truth-matched, preselected signal of the test part "
                + "before (lines) and after (dashed) score > " + workingPoint + ", per mass, as fractions of the signal "
                + "before the cut (conversion / ALP-strahlung at small m_ee, fusion towards sqrt(s) - m_a)";
        return context.chart(id + "-mee", chart.build(), caption) + table;
    }

    private static String share(Object value) {
        return value instanceof Number n ? fmt("%.3f", n.doubleValue()) : "-";
    }

    /** The per-mass numbers of the evaluation for the section's data. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> summary(Map<String, Object> evaluation) {
        double[] cuts = doubles(evaluation.get("cuts"));
        Map<String, Object> mee = (Map<String, Object>) evaluation.get("mEe");
        int wp = index(cuts, number(mee.get("workingPoint")));
        List<Map<String, Object>> out = new ArrayList<>();
        List<Map<String, Object>> meeRows = list(mee.get("perMass"));
        List<Map<String, Object>> punzi = list(evaluation.get("punzi"));
        for (int i = 0; i < punzi.size(); i++) {
            Map<String, Object> p = punzi.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("massGeV", p.get("massGeV"));
            if (!p.containsKey("status")) {
                double[] b = doubles(p.get("background"));
                row.put("efficiencyAtWorkingPoint", doubles(p.get("efficiency"))[wp]);
                row.put("backgroundAtZero", b[0]);
                row.put("backgroundAtWorkingPoint", b[wp]);
                row.put("bestCut", p.get("bestCut"));
                row.put("backgroundRowsAtBest", p.get("backgroundRowsAtBest"));
                row.put("bestCutHalves", p.get("bestCutHalves"));
            }
            if (i < meeRows.size()) {
                row.put("fusionShareBefore", meeRows.get(i).get("fusionShareBefore"));
                row.put("fusionShareAfter", meeRows.get(i).get("fusionShareAfter"));
            }
            out.add(row);
        }
        return out;
    }

    /**
     * Signal efficiency of each network strategy against the cut-based selection it builds on, per generated mass,
     * from the signal models among the inputs (a model whose selection record names a network and its cuts); null
     * if there is none.
     */
    static ReportSection againstBaseline(ReportContext context) throws IOException {
        Map<String, JsonNode> models = new TreeMap<>();
        ObjectMapper mapper = new ObjectMapper();
        for (Map.Entry<String, Artifact> input : context.inputs().entrySet()) {
            if (SIGNAL_MODEL.equals(input.getValue().type())) {
                JsonNode model = mapper.readTree(input.getValue().payload());
                models.put(model.path("strategy").asText(input.getKey()), model);
            }
        }
        StringBuilder html = new StringBuilder("<table><tr><th>strategy</th><th>baseline</th><th>mass [GeV]</th>"
                + "<th>efficiency baseline</th><th>efficiency</th><th>loss relative to baseline</th>"
                + "<th>kept by the score cut</th></tr>");
        List<Map<String, Object>> data = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : models.entrySet()) {
            JsonNode record = e.getValue().path("config").path("strategy");
            if (!record.has("network")) {
                continue;
            }
            String baselineId = record.path("cuts").path("name").asText();
            JsonNode baseline = models.get(baselineId);
            for (JsonNode p : e.getValue().path("points")) {
                double m = p.path("massGeV").asDouble();
                double eff = p.path("efficiency").asDouble(Double.NaN);
                double base = baseline == null ? Double.NaN : efficiencyAt(baseline, m);
                double kept = scoreStepKept(p);
                double loss = 1 - eff / base;
                html.append(fmt("<tr><td>%s</td><td>%s</td><td>%.3g</td><td>%s</td><td>%.4g</td><td>%s</td>"
                        + "<td>%s</td></tr>", context.escape(e.getKey()), context.escape(baselineId), m,
                        Double.isFinite(base) ? fmt("%.4g", base) : "no model", eff,
                        Double.isFinite(loss) ? fmt("%.1f %%", 100 * loss) : "-",
                        Double.isFinite(kept) ? fmt("%.3f", kept) : "-"));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("strategy", e.getKey());
                row.put("baseline", baselineId);
                row.put("massGeV", m);
                row.put("efficiency", eff);
                row.put("baselineEfficiency", Double.isFinite(base) ? base : null);
                row.put("lossRelativeToBaseline", Double.isFinite(loss) ? loss : null);
                row.put("keptByScoreCut", Double.isFinite(kept) ? kept : null);
                data.add(row);
            }
        }
        if (data.isEmpty()) {
            return null;
        }
        html.append("</table><p>").append(context.escape("Efficiency: the signal model's (selection and the fit "
                + "window, evaluation samples); kept by the score cut: weight after the score step over the weight "
                + "before it in the same cut flow (the thesis' signal loss of the classifier step).")).append("</p>");
        return new ReportSection("nn-efficiency-loss", "Network strategies: signal efficiency against their cut "
                + "baseline", html.toString(), Map.of("points", data));
    }

    private static double efficiencyAt(JsonNode model, double massGeV) {
        for (JsonNode p : model.path("points")) {
            if (Math.abs(p.path("massGeV").asDouble() - massGeV) < 1e-9) {
                return p.path("efficiency").asDouble(Double.NaN);
            }
        }
        return Double.NaN;
    }

    /** Weight after the cut-flow step of the score over the weight of the step before it (NaN if absent). */
    private static double scoreStepKept(JsonNode point) {
        JsonNode flow = point.path("cutflow");
        for (int i = 1; i < flow.size(); i++) {
            if (flow.get(i).path("cut").asText().startsWith("NN score > ")) {
                return flow.get(i).path("weightPb").asDouble() / flow.get(i - 1).path("weightPb").asDouble();
            }
        }
        return Double.NaN;
    }
}
