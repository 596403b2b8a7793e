package org.alpwb.combination.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.Layer;
import org.alpwb.api.plot.XYSeries;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.junit.jupiter.api.Test;

/** The report section: well-formed XHTML, one curve per channel and the combination with the payload's numbers. */
class CombinedLimitsContributorTest {

    @Test
    void overlaysEachChannelAndTheCombination() throws Exception {
        Map<String, Object> cfg = CombinedLimitsTaskTest.config(List.of(Fixtures.channel("eegg", "window-test",
                Map.of()), Fixtures.channel("ggg", "binned-test", Map.of("efficiency", 0.1))));
        Map<String, Artifact> inputs = CombinedLimitsTaskTest.xsecs("eegg", "ggg");
        ExecutorService pool = Executors.newFixedThreadPool(1);
        Artifact a;
        try {
            a = Fixtures.task().run(Fixtures.context(cfg, inputs, pool));
        } finally {
            pool.shutdownNow();
        }
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        List<ReportSection> sections = new CombinedLimitsContributor().sections(context(Map.of("combination", a),
                charts));
        assertEquals(1, sections.size());
        String html = sections.get(0).html();
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(("<div>" + html
                + "</div>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("combined-combination-coupling", "combined-combination-projections"),
                List.copyOf(charts.keySet()));
        JsonNode j = CombinedLimitsTask.MAPPER.readTree(a.payload());
        ChartSpec nominal = charts.get("combined-combination-coupling");
        for (String n : List.of("eegg", "ggg")) {
            XYSeries s = series(nominal, n + " alone (median)");
            for (int i = 0; i < s.size(); i++) {
                assertEquals(j.path("points").get(i).path("channels").path(n).path("couplingUpPerGeV").get(2)
                        .asDouble(), s.y()[i], 0, n);
            }
        }
        XYSeries comb = series(nominal, "combination (median)");
        for (int i = 0; i < comb.size(); i++) {
            assertEquals(j.path("points").get(i).path("combined").path("couplingUpPerGeV").get(2).asDouble(),
                    comb.y()[i], 0);
        }
        // the table at 1 GeV carries the combined median exactly
        double g1 = j.path("points").get(1).path("combined").path("couplingUpPerGeV").get(2).asDouble();
        assertTrue(html.contains("data-value=\"" + g1 + "\""), html);
        assertTrue(html.contains("weaker than the best single channel at 0 of them"), html);
    }

    private static XYSeries series(ChartSpec chart, String name) {
        for (Layer l : chart.layers()) {
            if (l instanceof XYSeries s && s.name().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no series " + name + " in " + chart.layers());
    }

    private static ReportContext context(Map<String, Artifact> inputs, Map<String, ChartSpec> charts) {
        TaskConfig config = new TaskConfig("s.json", "tasks.report.config", Map.of("masses", List.of(1.0, 1.5)));
        return new ReportContext() {
            @Override
            public TaskConfig config() {
                return config;
            }

            @Override
            public TaskConfig options(String contributorId) {
                return TaskConfig.empty("s.json", "tasks.report.config.sections." + contributorId);
            }

            @Override
            public Map<String, Artifact> inputs() {
                return inputs;
            }

            @Override
            public List<StrategyResult> strategies() {
                return List.of();
            }

            @Override
            public StrategyResult strategy() {
                return null;
            }

            @Override
            public double luminosityInvFb() {
                return 1;
            }

            @Override
            public List<Channel.MassRegion> excludedRegions() {
                return List.of();
            }

            @Override
            public Axis massAxis(double lowGeV, double highGeV) {
                return Axis.linear("m_a [GeV]");
            }

            @Override
            public String colour(String strategyId) {
                return strategyId.equals("eegg") ? "#ff0000" : "#0000ff";
            }

            @Override
            public String chart(String name, ChartSpec chart, String caption) {
                charts.put(name, chart);
                return "<figure><img src=\"charts/" + name + ".png\" alt=\"" + name + "\"/><figcaption>" + caption
                        + "</figcaption></figure>";
            }

            @Override
            public String file(String relativePath, byte[] content) {
                return relativePath;
            }

            @Override
            public String escape(String text) {
                return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            }
        };
    }
}
