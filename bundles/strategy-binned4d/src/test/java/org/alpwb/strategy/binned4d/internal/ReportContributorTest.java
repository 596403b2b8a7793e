package org.alpwb.strategy.binned4d.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** The report sections of the binned strategies and of the summary, on task outputs of synthetic samples. */
class ReportContributorTest {

    /** A report context that records the charts instead of rendering them. */
    static final class Context implements ReportContext {
        final Map<String, Artifact> inputs;
        final StrategyResult strategy;
        final List<ChartSpec> charts = new ArrayList<>();

        Context(Map<String, Artifact> inputs, StrategyResult strategy) {
            this.inputs = inputs;
            this.strategy = strategy;
        }

        @Override
        public TaskConfig config() {
            return TaskConfig.empty("test", "report");
        }

        @Override
        public TaskConfig options(String contributorId) {
            return TaskConfig.empty("test", "sections." + contributorId);
        }

        @Override
        public Map<String, Artifact> inputs() {
            return inputs;
        }

        @Override
        public List<StrategyResult> strategies() {
            return strategy == null ? List.of() : List.of(strategy);
        }

        @Override
        public StrategyResult strategy() {
            return strategy;
        }

        @Override
        public double luminosityInvFb() {
            return 54.24;
        }

        @Override
        public List<Channel.MassRegion> excludedRegions() {
            return List.of();
        }

        @Override
        public Axis massAxis(double lowGeV, double highGeV) {
            return Axis.linear("m [GeV]");
        }

        @Override
        public String colour(String strategyId) {
            return "#0072b2";
        }

        @Override
        public String chart(String name, ChartSpec chart, String caption) {
            charts.add(chart);
            return "<figure>" + name + "</figure>";
        }

        @Override
        public String file(String relativePath, byte[] content) {
            return relativePath;
        }

        @Override
        public String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }

    static Artifact limits(String strategy) throws Exception {
        Map<String, Object> c = BinnedLimitsTaskTest.config(strategy, Map.of("binsPerAxis", 2), 2.0, 2.0);
        c.put("workspaceMassesGeV", List.of(2.0));
        return BinnedLimitsTaskTest.run(c, BinnedLimitsTaskTest.inputs(200));
    }

    @Test
    void strategySectionShowsProjectionsBinsPullsAndClosure() throws Exception {
        Artifact a = limits("binned-4d");
        Context ctx = new Context(Map.of(), new ReportContext.StrategyResult("binned-4d", "ok",
                Map.of("limits-binned-4d", a)));
        List<ReportSection> s = new BinnedReportContributor().sections(ctx);
        assertEquals(1, s.size());
        String html = s.get(0).html();
        assertTrue(html.contains("Closure") && html.contains("constraint") && html.contains("share of the Asimov"), html);
        assertEquals(4, ctx.charts.size(), "one projection per axis");
        Context other = new Context(Map.of(), new ReportContext.StrategyResult("thesis-cuts", "ok", Map.of()));
        assertTrue(new BinnedReportContributor().sections(other).isEmpty());
    }

    @Test
    void summarySectionsHaveTheGainTableAndOneScanChartPerMass() throws Exception {
        Artifact four = limits("binned-4d");
        Artifact one = limits("binned-1d");
        Map<String, Artifact> in = new LinkedHashMap<>();
        in.put("limits-binned-4d", four);
        in.put("limits-binned-1d", one);
        in.put("scan-17-4d", four);
        in.put("scan-5-4d", four);
        Artifact summary = new BinnedSummaryTask().run(new TestContext(Map.of("massesGeV", List.of(2.0)), in, null));
        Context ctx = new Context(Map.of("binned-summary", summary), null);
        List<ReportSection> s = new BinnedSummaryContributor().sections(ctx);
        assertEquals(2, s.size());
        assertTrue(s.get(0).html().contains("ratio to 1D"));
        assertEquals(1, ctx.charts.size());
        assertTrue(new String(summary.files().get("gain.csv")).contains("binned-4d,2.0,2.0,"));
    }
}
