package org.alpwb.classifier.nn.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.classifier.ModelBytes;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.osgi.service.component.annotations.Component;

/**
 * Report section "network training" (thesis 7.2-7.3) for every trained network among the report's inputs
 * (artifacts of type {@value ModelBytes#ARTIFACT_TYPE} with a training.json of task train-nn): loss per epoch,
 * score distributions (log scale) of train and test signal and background, ROC with AUC and the working
 * points, the overtraining KS p-values and the permutation importance of each feature; from the training's
 * test-part evaluation the Punzi figure of merit versus working point per mass and the signal's m_ee and fusion share
 * before and after the score cut; and, from the signal models among the inputs, the signal efficiency of each
 * network strategy relative to the cut-based selection it builds on.
 */
@Component(service = ReportContributor.class, property = {ServiceProperties.ID + "=nn-training",
    ServiceProperties.LABEL + "=Neural-network training diagnostics",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_REPORT_SECTION})
public class NnReportSection implements ReportContributor {

    @Override
    public Scope scope() {
        return Scope.STUDY;
    }

    @Override
    public int order() {
        return 650;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ReportSection> sections(ReportContext context) throws Exception {
        List<ReportSection> sections = new ArrayList<>();
        for (Map.Entry<String, Artifact> input : context.inputs().entrySet()) {
            Artifact a = input.getValue();
            byte[] json = a.files().get("training.json");
            if (!ModelBytes.ARTIFACT_TYPE.equals(a.type()) || json == null) {
                continue;
            }
            Map<String, Object> t = new ObjectMapper().readValue(json, Map.class);
            String name = input.getKey();
            String id = name.replaceAll("[^A-Za-z0-9-]", "-");
            Map<String, Object> d = (Map<String, Object>) t.getOrDefault("diagnostics", Map.of());
            StringBuilder html = new StringBuilder();
            html.append("<p>").append(context.escape(String.format(Locale.ROOT, "%s: %s network %s, %s epochs "
                    + "(best %s), test AUC %.4f; rows train / validation / test %s; signal rows %s.", name,
                    Boolean.TRUE.equals(t.get("massParametrised")) ? "mass-parametrised" : "global",
                    t.get("hiddenWidths"), t.get("epochsRun"), t.get("bestEpoch"),
                    ((Number) t.getOrDefault("testAuc", Double.NaN)).doubleValue(), t.get("rows"),
                    t.get("signalRows")))).append("</p>");
            html.append(context.chart(id + "-loss", lossChart(t), "Training and validation loss (weighted BCE) "
                    + "per epoch"));
            if (d.containsKey("roc")) {
                html.append(context.chart(id + "-roc", rocChart(d), "ROC on the test part: background efficiency "
                        + "(log) against signal efficiency; points: score > 0.5, 0.9, 0.99, 0.999"));
                html.append(context.chart(id + "-scores", scoreChart(d), "Score distributions, train (lines) and "
                        + "test (dashed), each normalised to unit area"));
                html.append(workingPointTable(context, d));
            }
            Map<String, Object> evaluation = (Map<String, Object>) t.get("evaluation");
            if (evaluation != null) {
                html.append(NnEvaluationHtml.punzi(context, id, evaluation));
                html.append(NnEvaluationHtml.mee(context, id, evaluation));
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("input", name);
            data.put("testAuc", t.get("testAuc"));
            data.put("workingPoints", d.get("workingPoints"));
            data.put("overtrainingKsPValue", d.get("overtrainingKsPValue"));
            data.put("permutationImportance", d.get("permutationImportance"));
            if (evaluation != null) {
                data.put("evaluation", NnEvaluationHtml.summary(evaluation));
            }
            sections.add(new ReportSection("nn-training-" + id, "Network training: " + name, html.toString(), data));
        }
        ReportSection baseline = NnEvaluationHtml.againstBaseline(context);
        if (baseline != null) {
            sections.add(0, baseline);
        }
        return sections;
    }

    private static double[] doubles(Object list) {
        List<?> l = (List<?>) list;
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) l.get(i)).doubleValue();
        }
        return out;
    }

    private static ChartSpec lossChart(Map<String, Object> t) {
        double[] train = doubles(t.get("trainingLoss"));
        double[] epochs = new double[train.length];
        for (int e = 0; e < epochs.length; e++) {
            epochs[e] = e + 1;
        }
        return ChartSpec.builder(Axis.linear("epoch"), Axis.log("loss"))
                .add(XYSeries.of("training", epochs, train, Style.line("#1f77b4")))
                .add(XYSeries.of("validation", epochs, doubles(t.get("validationLoss")), Style.line("#d62728")))
                .build();
    }

    @SuppressWarnings("unchecked")
    private static ChartSpec rocChart(Map<String, Object> d) {
        List<Map<String, Object>> roc = (List<Map<String, Object>>) d.get("roc");
        List<Double> sx = new ArrayList<>();
        List<Double> by = new ArrayList<>();
        for (Map<String, Object> p : roc) {
            double b = ((Number) p.get("backgroundEfficiency")).doubleValue();
            if (b > 0) {
                sx.add(((Number) p.get("signalEfficiency")).doubleValue());
                by.add(b);
            }
        }
        List<Map<String, Object>> wp = (List<Map<String, Object>>) d.get("workingPoints");
        List<Double> wx = new ArrayList<>();
        List<Double> wy = new ArrayList<>();
        for (Map<String, Object> p : wp) {
            double b = ((Number) p.get("backgroundEfficiency")).doubleValue();
            if (b > 0) {
                wx.add(((Number) p.get("signalEfficiency")).doubleValue());
                wy.add(b);
            }
        }
        ChartSpec.Builder chart = ChartSpec.builder(Axis.linear("signal efficiency"),
                Axis.log("background efficiency"));
        chart.add(XYSeries.of("ROC", toArray(sx), toArray(by), Style.line("#1f77b4")));
        if (!wx.isEmpty()) {
            chart.add(XYSeries.of("working points", toArray(wx), toArray(wy), Style.points("#d62728")));
        }
        return chart.build();
    }

    @SuppressWarnings("unchecked")
    private static ChartSpec scoreChart(Map<String, Object> d) {
        Map<String, Object> h = (Map<String, Object>) d.get("scoreHistograms");
        double[] edges = doubles(h.get("binEdges"));
        ChartSpec.Builder chart = ChartSpec.builder(Axis.linear("network score"), Axis.log("fraction per bin"));
        String[][] series = {{"trainSignal", "signal (train)", "#d62728", "line"},
            {"testSignal", "signal (test)", "#d62728", "dashed"}, {"trainBackground", "background (train)", "#1f77b4",
                "line"}, {"testBackground", "background (test)", "#1f77b4", "dashed"}};
        for (String[] s : series) {
            double[] contents = doubles(h.get(s[0]));
            for (int i = 0; i < contents.length; i++) {
                contents[i] = Math.max(contents[i], 1e-7); // empty bins drawn at the floor of the log axis
            }
            chart.add(new HistogramSeries(s[1], edges, contents, null, s[3].equals("line") ? Style.line(s[2])
                    : Style.dashed(s[2])));
        }
        return chart.build();
    }

    @SuppressWarnings("unchecked")
    private static String workingPointTable(ReportContext context, Map<String, Object> d) {
        StringBuilder html = new StringBuilder("<table><tr><th>score &gt;</th><th>signal efficiency</th>"
                + "<th>background efficiency</th></tr>");
        for (Map<String, Object> p : (List<Map<String, Object>>) d.get("workingPoints")) {
            html.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.4f</td><td>%.3e</td></tr>", p.get("cut"),
                    ((Number) p.get("signalEfficiency")).doubleValue(),
                    ((Number) p.get("backgroundEfficiency")).doubleValue()));
        }
        html.append("</table>");
        Map<String, Object> ks = (Map<String, Object>) d.get("overtrainingKsPValue");
        html.append("<p>").append(context.escape("Overtraining check, KS p-value train vs test: signal "
                + ks.get("signal") + ", background " + ks.get("background") + ".")).append("</p>");
        html.append("<table><tr><th>feature</th><th>AUC loss when permuted</th></tr>");
        Map<String, Object> importance = (Map<String, Object>) d.get("permutationImportance");
        importance.entrySet().stream().sorted((a, b) -> Double.compare(((Number) b.getValue()).doubleValue(),
                ((Number) a.getValue()).doubleValue())).forEach(e -> html.append(String.format(Locale.ROOT,
                        "<tr><td>%s</td><td>%.5f</td></tr>", context.escape(e.getKey()),
                        ((Number) e.getValue()).doubleValue())));
        html.append("</table>");
        return html.toString();
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
