package org.alpwb.classifier.nn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.classifier.ModelBytes;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.table.ColumnTable;
import org.junit.jupiter.api.Test;

/** The diagnostics section renders every trained network of the report's inputs, and only those. */
class NnReportSectionTest {

    @Test
    void oneSectionPerTrainedNetworkWithItsCharts() throws Exception {
        ColumnTable table = Blobs.table(3000, 3, 2.0, 5);
        TrainedMlp trained = new MlpClassifier().train(Blobs.data(table, 3, 2), Blobs.values(Map.of("scaling",
                "standard", "epochs", 3)), ProgressMonitor.NONE, null, 1);
        Map<String, byte[]> files = Map.of("training.json", new ObjectMapper().writeValueAsBytes(trained.summary()));
        Map<String, Artifact> inputs = new LinkedHashMap<>();
        inputs.put("nn-train-thesis-nn", new Artifact(ModelBytes.ARTIFACT_TYPE, trained.encode().toBytes(), files));
        inputs.put("model-thesis-cuts", Artifact.of("alpwb/signal-model", new byte[] {'{', '}'}));
        List<String> charts = new ArrayList<>();
        List<ReportSection> sections = new NnReportSection().sections(new Context(inputs, charts));
        assertEquals(1, sections.size());
        ReportSection s = sections.get(0);
        assertEquals("nn-training-nn-train-thesis-nn", s.id());
        assertEquals(List.of("nn-train-thesis-nn-loss", "nn-train-thesis-nn-roc", "nn-train-thesis-nn-scores"), charts);
        assertEquals(trained.summary().get("testAuc"), s.data().get("testAuc"));
        assertTrue(s.html().contains("AUC loss when permuted") && s.html().contains("x0"), s.html());
        @SuppressWarnings("unchecked")
        Map<String, Object> importance = (Map<String, Object>) s.data().get("permutationImportance");
        // only x0 separates the classes: permuting it costs most of the AUC above 1/2, the others ~nothing
        assertTrue(((Number) importance.get("x0")).doubleValue() > 0.2, importance.toString());
        assertTrue(Math.abs(((Number) importance.get("x1")).doubleValue()) < 0.02, importance.toString());
    }

    @Test
    void efficiencyOfEachNetworkStrategyAgainstItsCutBaseline() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> cutsRecord = Map.of("name", "thesis-cuts");
        byte[] baseline = json.writeValueAsBytes(Map.of("strategy", "thesis-cuts", "config", Map.of("strategy",
                cutsRecord), "points", List.of(Map.of("massGeV", 1.0, "efficiency", 0.20))));
        byte[] network = json.writeValueAsBytes(Map.of("strategy", "thesis-nn", "config", Map.of("strategy",
                Map.of("network", "ab12", "cuts", cutsRecord)), "points", List.of(Map.of("massGeV", 1.0,
                        "efficiency", 0.15, "cutflow", List.of(Map.of("cut", "BB-MVA(gamma L) > 0.5", "weightPb", 4.0),
                                Map.of("cut", "NN score > 0.9", "weightPb", 3.2))))));
        Map<String, Artifact> inputs = new LinkedHashMap<>();
        inputs.put("model-thesis-cuts", Artifact.of("alpwb/signal-model", baseline));
        inputs.put("model-nn-thesis-nn", Artifact.of("alpwb/signal-model", network));
        List<ReportSection> sections = new NnReportSection().sections(new Context(inputs, new ArrayList<>()));
        assertEquals(1, sections.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) sections.get(0).data().get("points")).get(0);
        assertEquals("thesis-nn", row.get("strategy"));
        assertEquals("thesis-cuts", row.get("baseline"));
        assertEquals(0.25, (double) row.get("lossRelativeToBaseline"), 1e-12);
        assertEquals(0.8, (double) row.get("keptByScoreCut"), 1e-12);
    }

    /** A report context that records the charts asked for. */
    private record Context(Map<String, Artifact> inputs, List<String> charts) implements ReportContext {
        public TaskConfig config() {
            return TaskConfig.empty("test", "config");
        }

        public TaskConfig options(String contributorId) {
            return TaskConfig.empty("test", "sections");
        }

        public List<StrategyResult> strategies() {
            return List.of();
        }

        public StrategyResult strategy() {
            return null;
        }

        public double luminosityInvFb() {
            return 54.24;
        }

        public List<Channel.MassRegion> excludedRegions() {
            return List.of();
        }

        public Axis massAxis(double lowGeV, double highGeV) {
            return Axis.linear("m");
        }

        public String colour(String strategyId) {
            return "#000000";
        }

        public String chart(String name, ChartSpec chart, String caption) {
            charts.add(name);
            return "<figure>" + name + "</figure>";
        }

        public String file(String relativePath, byte[] content) {
            return relativePath;
        }

        public String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
