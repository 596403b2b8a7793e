package org.alpwb.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.report.ReportContext;
import org.alpwb.api.report.ReportContributor;
import org.alpwb.api.report.ReportSection;
import org.alpwb.api.study.Artifact;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Sections of ReportContributor services: placed by order (0 = first), per strategy after that strategy's section,
 * data in report.json; a throwing contributor and malformed XHTML give "failed" sections; a failed strategy input is
 * listed as failed: reason. And the chart range of #17 defect 11.
 */
class ContributionsTest {

    static ReportContributor contributor(ReportContributor.Scope scope, int order, String html, boolean fail) {
        return new ReportContributor() {
            @Override
            public Scope scope() {
                return scope;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public List<ReportSection> sections(ReportContext c) {
                if (fail) {
                    throw new IllegalStateException("deliberate");
                }
                String id = "s" + order + (c.strategy() == null ? "" : "-" + c.strategy().id());
                return List.of(new ReportSection(id, "Section " + id, html, Map.of("strategies", c.strategies().size())));
            }
        };
    }

    @Test
    void contributedSectionsArePlacedByOrderAndFailuresAreContained() throws Exception {
        ReportTask task = new ReportTask();
        task.addContributor(contributor(ReportContributor.Scope.STUDY, 0, "<p>headline</p>", false),
                Map.of("alpwb.id", "top"));
        task.addContributor(contributor(ReportContributor.Scope.STRATEGY, 300, "<p>mine</p>", false),
                Map.of("alpwb.id", "per-strategy"));
        task.addContributor(contributor(ReportContributor.Scope.STUDY, 700, "", true), Map.of("alpwb.id", "thrower"));
        task.addContributor(contributor(ReportContributor.Scope.STUDY, 800, "<p>unclosed", false),
                Map.of("alpwb.id", "malformed"));
        Map<String, Artifact> inputs = Fixtures.fullInputs();
        TestContext base = new TestContext(ReportTaskTest.config(), inputs);
        Artifact report = task.run(new TestContext(ReportTaskTest.config(), inputs) {
            @Override
            public Map<String, String> failedInputs() {
                return Map.of("limits-broken", "failed: strategy broken failed in prepare: boom");
            }
        });
        Document html = ReportTaskTest.parse(report.files().get("report.html"));
        List<String> sections = new ArrayList<>();
        for (Element s : ReportTaskTest.elements(html, "section")) {
            sections.add(s.getAttribute("id"));
        }
        assertEquals("s0", sections.get(0), sections.toString());
        int thesis = sections.indexOf("strategy-thesis-cuts");
        assertEquals("s300-thesis-cuts", sections.get(thesis + 1), sections.toString());
        assertTrue(sections.contains("strategy-broken"), sections.toString());
        String text = html.getDocumentElement().getTextContent();
        assertTrue(text.contains("failed: failed: strategy broken failed in prepare: boom"), "failed strategy listed");
        assertTrue(text.contains("failed: java.lang.IllegalStateException: deliberate"), "thrower contained");
        assertTrue(text.contains("not well-formed XHTML"), "malformed fragment contained");
        String json = new String(report.files().get("report.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"s0\""), json.substring(0, Math.min(300, json.length())));
        assertTrue(base.inputs().size() > 0);
    }

    /** Inputs of a type and name the built-in sections do not read are passed to the contributors, not rejected. */
    @Test
    void inputsOfOtherTypesReachTheContributors() throws Exception {
        ReportTask task = new ReportTask();
        List<String> seen = new ArrayList<>();
        task.addContributor(new ReportContributor() {
            @Override
            public Scope scope() {
                return Scope.STUDY;
            }

            @Override
            public int order() {
                return 10;
            }

            @Override
            public List<ReportSection> sections(ReportContext c) {
                c.inputs().forEach((name, a) -> {
                    if (a.type().equals("example/plugin-result")) {
                        seen.add(name);
                    }
                });
                return List.of();
            }
        }, Map.of("alpwb.id", "reader"));
        Map<String, Artifact> inputs = new java.util.LinkedHashMap<>(Fixtures.fullInputs());
        inputs.put("plugin-result-1", Artifact.of("example/plugin-result", new byte[] {1}));
        Artifact report = task.run(new TestContext(ReportTaskTest.config(), inputs));
        assertEquals(List.of("plugin-result-1"), seen);
        String text = ReportTaskTest.parse(report.files().get("report.html")).getDocumentElement().getTextContent();
        assertTrue(text.contains("read by the report-section contributors"), "listed among the inputs");
    }

    @Test
    void meaninglessErrorsDoNotSetTheAxisAndBandsAreClippedSayingSo() {
        // values 1.0 .. 2.0 with errors 0.1, one point with error 1e4 (an unconstrained tail parameter)
        List<double[]> rows = List.of(new double[] {0.5, 1.0, 0.1}, new double[] {1.0, 2.0, 0.1},
                new double[] {2.0, 1.5, 1e4});
        ChartRange range = ChartRange.of(rows, null, false, new double[0]);
        assertEquals(1, range.meaningless(rows).size());
        assertEquals(2, range.meaningful(rows).size());
        // span of values and meaningful bars: [0.9, 2.1], widened by half of it (0.6): [0.3, 2.7]
        assertEquals(0.3, range.axis("y").min(), 1e-12);
        assertEquals(2.7, range.axis("y").max(), 1e-12);
        double[] low = {1e-235, 1.0};
        double[] high = {1e235, 2.0};
        String caption = range.clip(low, high, new double[] {1.0, 1.5});
        assertEquals(0.3, low[0], 1e-12);
        assertEquals(2.7, high[0], 1e-12);
        assertEquals(1.0, low[1], 0);
        assertTrue(caption.contains("clipped to the axis range") && caption.contains("extends to"), caption);
    }
}
