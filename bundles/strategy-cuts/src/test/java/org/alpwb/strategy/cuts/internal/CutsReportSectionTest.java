package org.alpwb.strategy.cuts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.junit.jupiter.api.Test;

/** The strategy's own report section lists the parameters as run, marks the changed one, ignores other strategies. */
class CutsReportSectionTest {

    static ReportContext context(String id, Map<String, Artifact> inputs) {
        ReportContext.StrategyResult result = new ReportContext.StrategyResult(id, "ok", inputs);
        return new ReportContext() {
            public TaskConfig config() {
                return TaskConfig.empty("t", "c");
            }

            public TaskConfig options(String contributorId) {
                return TaskConfig.empty("t", "c");
            }

            public Map<String, Artifact> inputs() {
                return inputs;
            }

            public List<StrategyResult> strategies() {
                return List.of(result);
            }

            public StrategyResult strategy() {
                return result;
            }

            public double luminosityInvFb() {
                return 1;
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
                throw new UnsupportedOperationException();
            }

            public String file(String relativePath, byte[] content) {
                return relativePath;
            }

            public String escape(String text) {
                return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            }
        };
    }

    @Test
    void listsTheParametersAsRunAndMarksTheChangedOnes() throws Exception {
        String json = "{\"strategy\": \"thesis-cuts\", \"config\": {\"strategy\": {\"name\": \"thesis-cuts\", "
                + "\"parameters\": {\"vertexDMaxCm\": 0.8, \"electronIdMin\": 0.9, \"gammaLowDistanceToTrackMinCm\": 30.0, "
                + "\"gammaLowBeamBackgroundScoreMin\": 0.5}}}, \"points\": []}";
        Map<String, Artifact> in = Map.of("limits-thesis-cuts", Artifact.of("alpwb/limit-curve",
                json.getBytes(StandardCharsets.UTF_8)));
        List<ReportSection> s = new CutsReportSection().sections(context("thesis-cuts", in));
        assertEquals(1, s.size());
        assertEquals("cuts-thesis-cuts", s.get(0).id());
        assertEquals(0.8, s.get(0).data().get("vertexDMaxCm"));
        assertTrue(s.get(0).html().contains("0.8 (changed)"), s.get(0).html());
        assertEquals(1, s.get(0).html().split("\\(changed\\)", -1).length - 1, "only one value differs");
        assertEquals(List.of(), new CutsReportSection().sections(context("fisher-cut", in)));
    }
}
