package org.alpwb.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.Artifact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Renders the report from contract-built fixtures with the real plot service and checks what it shows. */
class ReportTaskTest {
    private static Artifact report;
    private static Document html;

    static Map<String, Object> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("title", "ALP study <test> & report");
        config.put("luminosityInvFb", Fixtures.LUMI);
        config.put("masses", List.of(0.55, 1.0, 2.0, 4.0, 8.0, 20.0));
        config.put("referenceStrategy", "thesis-cuts");
        config.put("study", Map.of("luminosityInvFb", Fixtures.LUMI, "profile", "quick",
                "grid", Map.of("fromGeV", 0.2, "toGeV", 8.0), "strategies", List.of("thesis-cuts", "slides")));
        config.put("chart", Map.of("widthPx", 900, "heightPx", 600, "dpi", 100));
        config.put("curvePoints", 60);
        config.put("spectrum", Map.of("bins", 40));
        return config;
    }

    static Document parse(byte[] xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml));
    }

    static List<Element> elements(Document doc, String tag) {
        NodeList list = doc.getElementsByTagNameNS("*", tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || e.getLocalName().equals(tag))) {
                result.add(e);
            }
        }
        return result;
    }

    static Element table(Document doc, String id) {
        return elements(doc, "table").stream().filter(t -> t.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }

    /** Body rows of a table, each as its cells (th and td). */
    static List<List<Element>> rows(Element table) {
        List<List<Element>> rows = new ArrayList<>();
        for (Element tbody : children(table, "tbody")) {
            for (Element tr : children(tbody, "tr")) {
                rows.add(children(tr, null));
            }
        }
        return rows;
    }

    static List<Element> row(Element table, double firstValue) {
        return rows(table).stream().filter(r -> r.get(0).getAttribute("data-value").equals(Double.toString(firstValue)))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + firstValue));
    }

    @BeforeAll
    static void render() throws Exception {
        report = new ReportTask().run(new TestContext(config(), Fixtures.fullInputs()));
        // leave the example report for people to look at
        Path dir = Path.of("target", "example-report");
        for (Map.Entry<String, byte[]> file : report.files().entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        html = parse(report.files().get("report.html"));
    }

    @Test
    void artifactIsTheReportWithTheSummaryAsPayload() throws Exception {
        assertEquals(ReportTask.ARTIFACT_TYPE, report.type());
        assertArrayEquals(report.payload(), report.files().get("report.json"));
        JsonNode summary = Json.MAPPER.readTree(report.payload());
        assertEquals(List.of("thesis-cuts", "slides"), List.of(summary.get("strategies").get(0).asText(),
                summary.get("strategies").get(1).asText()));
        assertEquals("html", html.getDocumentElement().getLocalName());
        assertEquals("ALP study <test> & report", elements(html, "h1").get(0).getTextContent());
    }

    @Test
    void everyImageAndLinkPointsIntoTheArtifact() {
        List<Element> images = elements(html, "img");
        assertTrue(images.size() >= 20, "charts: " + images.size());
        for (Element img : images) {
            String src = img.getAttribute("src");
            byte[] png = report.files().get(src);
            assertNotNull(png, "image " + src + " is not in the artifact");
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), src);
        }
        for (Element a : elements(html, "a")) {
            String href = a.getAttribute("href");
            if (!href.startsWith("#")) {
                assertTrue(report.files().containsKey(href), "link " + href + " is not in the artifact");
            }
        }
        for (String tag : List.of("link", "script", "iframe", "object")) {
            assertTrue(elements(html, tag).isEmpty(), "no external resources: " + tag);
        }
    }

    @Test
    void everyChartHasItsCsvAndSvg() throws Exception {
        long charts = report.files().keySet().stream().filter(f -> f.startsWith("charts/") && f.endsWith(".png")).count();
        assertEquals(elements(html, "img").size(), charts);
        for (String file : report.files().keySet()) {
            if (file.startsWith("charts/") && file.endsWith(".png")) {
                String base = file.substring(0, file.length() - 4);
                byte[] csv = report.files().get(base + ".csv");
                assertNotNull(csv, "no CSV next to " + file);
                assertTrue(new String(csv, StandardCharsets.UTF_8).startsWith("layer,series,kind,x"), base);
                assertNotNull(parse(report.files().get(base + ".svg")), base + ".svg parses");
            }
        }
        for (String name : List.of("limit-sigma-thesis-cuts", "limit-sigma-slides", "limit-coupling-thesis-cuts",
                "efficiency-slides", "dscb-sigma-thesis-cuts", "background-spectrum", "fusion-share",
                "compare-limit-coupling", "compare-limit-ratio", "compare-limit-sigma", "cross-sections")) {
            assertTrue(report.files().containsKey("charts/" + name + ".png"), name);
        }
    }

    @Test
    void comparisonTableShowsTheInputLimitsAndTheirRatio() {
        Element table = table(html, "comparison-table");
        List<Element> at1 = row(table, 1.0);
        // columns: mass | thesis-cuts: m used, eff, B, sigma, g | slides: same | slides/thesis-cuts: sigma, g
        double thesis = Fixtures.medianSigma(0.05, 1.0);
        double slides = Fixtures.medianSigma(0.03, 1.0);
        assertEquals(Double.toString(thesis), at1.get(4).getAttribute("data-value"));
        assertEquals(Fmt.num(thesis), at1.get(4).getTextContent());
        assertEquals(Double.toString(slides), at1.get(9).getAttribute("data-value"));
        assertEquals(Double.toString(Fixtures.coupling(slides)), at1.get(10).getAttribute("data-value"));
        assertEquals(Double.toString(Fixtures.efficiency(0.05 * 0.1, 1.0)), at1.get(2).getAttribute("data-value"));
        assertEquals(Double.toString(300.0), at1.get(3).getAttribute("data-value"));
        double ratio = Double.parseDouble(at1.get(11).getAttribute("data-value"));
        assertEquals(0.6, ratio, 1e-12);
        double couplingRatio = Double.parseDouble(at1.get(12).getAttribute("data-value"));
        assertEquals(Math.sqrt(0.6), couplingRatio, 1e-12);
        // 4 GeV: nearest grid point is 4 GeV itself
        assertEquals(Double.toString(Fixtures.medianSigma(0.05, 4.0)), row(table, 4.0).get(4).getAttribute("data-value"));
    }

    @Test
    void excludedAndOutOfRangeMassesShowWordsNotNumbers() {
        Element table = table(html, "comparison-table");
        List<Element> excluded = row(table, 0.55);
        for (int c : new int[] {4, 5, 9, 10, 11, 12}) {
            assertEquals(ReportBuilder.EXCLUDED, excluded.get(c).getTextContent(), "column " + c);
            assertFalse(excluded.get(c).hasAttribute("data-value"));
        }
        List<Element> outside = row(table, 20.0);
        for (int c = 1; c < outside.size(); c++) {
            assertEquals(ReportBuilder.OUTSIDE, outside.get(c).getTextContent(), "column " + c);
        }
        String csv = new String(report.files().get("comparison.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("0.55,0.55,") && l.contains(",excluded,")), csv);
    }

    static Element section(Document doc, String id) {
        return elements(doc, "section").stream().filter(t -> t.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + id));
    }

    static List<String> headers(Element table) {
        List<String> result = new ArrayList<>();
        for (Element thead : children(table, "thead")) {
            for (Element tr : children(thead, "tr")) {
                for (Element th : children(tr, null)) {
                    result.add(th.getTextContent());
                }
            }
        }
        return result;
    }

    @Test
    void mcStatisticsSummaryAndColumnWhereThePayloadHasThem() {
        // thesis-cuts: expected-limits-2 payload; 11 points with a limit, 0.01 m: median 1.5 %, max 8 %; band 33 %
        String thesis = section(html, "strategy-thesis-cuts").getTextContent();
        assertTrue(thesis.contains("MC statistics move the median expected limit by 1.5 % (median over the scan, "
                + "max 8 %); the expected \u00b11\u03c3 band is \u00b133 %."), thesis);
        assertFalse(thesis.contains("dominate"));
        Element table = table(html, "projections-thesis-cuts");
        assertTrue(headers(table).stream().anyMatch(h -> h.startsWith("MC-stat. shift of the median")),
                headers(table).toString());
        // columns: m | median g | MC-stat shift | projections...
        assertEquals(Double.toString(Fixtures.mcStat(1.0)), row(table, 1.0).get(2).getAttribute("data-value"));
        assertEquals("1 %", row(table, 1.0).get(2).getTextContent());
        assertEquals(ReportBuilder.EXCLUDED, row(table, 0.55).get(2).getTextContent());
        // slides: a payload without the fields (earlier expected-limits) is shown as before
        String slides = section(html, "strategy-slides").getTextContent();
        assertFalse(slides.contains("MC statistics"), slides);
        assertTrue(headers(table(html, "projections-slides")).stream().noneMatch(h -> h.startsWith("MC-stat.")));
        Inputs.Limits old = Inputs.limits("limits-slides", Fixtures.limits("slides", 0.03));
        assertNull(old.mcStat());
        assertFalse(old.hasMcStatPoints());
    }

    @Test
    void mcStatisticsCriterionPerMassFlagsThePointsWhereTheShiftExceedsATenthOfTheBand() {
        // fixtures: shift 0.01 m, band half width (1.4 - 0.74) / 2 = 0.33 at every mass: ratio 0.0303 m, so the
        // criterion (< 10 %) fails from m = 3.3 GeV on: at 4, 6 and 8 GeV of the 11 masses with a limit
        String thesis = section(html, "strategy-thesis-cuts").getTextContent();
        assertTrue(thesis.contains("met at 8 of 11 masses with a value; fails at 3: 4, 6, 8 GeV (largest: 24.2 % of "
                + "the band at 8 GeV)"), thesis);
        Element table = table(html, "projections-thesis-cuts");
        assertEquals(0.01 * 1.0 / 0.33, Double.parseDouble(row(table, 1.0).get(3).getAttribute("data-value")), 1e-12);
        assertFalse(row(table, 1.0).get(3).getTextContent().contains("fails"));
        assertTrue(row(table, 4.0).get(3).getTextContent().contains("fails"), row(table, 4.0).get(3).getTextContent());
        assertEquals("warn", row(table, 4.0).get(3).getAttribute("class"));
        // a strategy whose limit task reports no shift says so instead of passing silently
        String slides = section(html, "strategy-slides").getTextContent();
        assertTrue(slides.contains("MC-statistics criterion: not measured for this strategy"), slides);
    }

    @Test
    void mcStatisticsDominatingTheBandIsFlagged() throws Exception {
        Artifact a = Fixtures.limits("slides", 0.03, true);
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                Json.MAPPER.readTree(a.payload());
        tree.with("mcStat").put("bandHalfWidthMedian", 0.01);
        byte[] json = Json.MAPPER.writeValueAsBytes(tree);
        Artifact changed = new Artifact(a.type(), json, Map.of());
        Map<String, Object> config = Map.of("luminosityInvFb", Fixtures.LUMI);
        Document doc = parse(new ReportTask().run(new TestContext(config, Map.of("limits-slides", changed)))
                .files().get("report.html"));
        String text = section(doc, "strategy-slides").getTextContent();
        assertTrue(text.contains("the expected \u00b11\u03c3 band is \u00b11 %. ") && text.contains("dominate"), text);
    }

    @Test
    void samplesTableHasCrossSectionsAndEquivalentLuminosity() {
        Element table = table(html, "samples");
        List<Element> bhabha = rows(table).stream().filter(r -> r.get(0).getTextContent().equals("sample-bhabha"))
                .findFirst().orElseThrow();
        // weighted: (sum w)^2 / sum w^2 / sigma = 36 / 14 / 6 pb^-1
        double effective = 36.0 / 14.0;
        assertEquals(effective, Double.parseDouble(bhabha.get(8).getAttribute("data-value")), 1e-12);
        assertEquals(effective / 6.0 / 1000, Double.parseDouble(bhabha.get(9).getAttribute("data-value")), 1e-15);
        assertTrue(bhabha.get(10).getAttribute("class").contains("warn"), "L_eq below the study luminosity");
        assertEquals("6.000 \u00b1 0.050", bhabha.get(5).getTextContent());
        assertEquals("theta_min_deg = 10", bhabha.get(11).getTextContent());
        List<Element> diphoton = rows(table).stream().filter(r -> r.get(0).getTextContent().equals("sample-diphoton"))
                .findFirst().orElseThrow();
        assertEquals(4.0 / 2.0 / 1000, Double.parseDouble(diphoton.get(9).getAttribute("data-value")), 1e-15);
    }

    @Test
    void cutFlowsAndDecompositionComeFromTheInputs() {
        List<List<Element>> flow = rows(table(html, "cutflow-table-bhabha"));
        assertEquals(4, flow.size());
        assertEquals("classifier score (not applied)", flow.get(3).get(0).getTextContent());
        assertEquals(400 * 2e-3 * 1000 * Fixtures.LUMI, Double.parseDouble(flow.get(2).get(3).getAttribute("data-value")),
                1e-9);
        assertEquals(0.5, Double.parseDouble(flow.get(1).get(5).getAttribute("data-value")), 1e-12);
        // fusion share at 1 GeV: generated 3 of 4 equal weights; after reco 40 of 50 candidates
        List<Element> decomposition = row(table(html, "decomposition"), 1.0);
        assertEquals(0.75, Double.parseDouble(decomposition.get(1).getAttribute("data-value")), 1e-12);
        assertEquals(0.8, Double.parseDouble(decomposition.get(2).getAttribute("data-value")), 1e-12);
        // columns: generated, after the reco selection, after thesis-cuts (reference, first), after slides
        assertEquals(Fixtures.fusionShare(0.12, 1.0), Double.parseDouble(decomposition.get(3).getAttribute("data-value")),
                1e-12);
        assertEquals(Fixtures.fusionShare(0.2, 1.0), Double.parseDouble(decomposition.get(4).getAttribute("data-value")),
                1e-12);
    }

    @Test
    void excludedRegionsAreShadedInTheLimitCharts() {
        // CSV columns: layer,series,kind,x,x_low,x_high,y,...
        String csv = new String(report.files().get("charts/limit-sigma-thesis-cuts.csv"), StandardCharsets.UTF_8);
        List<String[]> regions = csv.lines().map(l -> l.split(",", -1)).filter(f -> f[2].equals("region")).toList();
        assertEquals(1, regions.size(), csv);
        // the excluded run 0.5 .. 0.6 GeV, widened half-way to the neighbours 0.4 and 0.7 GeV
        assertEquals(0.45, Double.parseDouble(regions.get(0)[4]), 1e-12);
        assertEquals(0.65, Double.parseDouble(regions.get(0)[5]), 1e-12);
        // the median has a gap (NaN) at the excluded masses and the input value elsewhere
        for (double m : Fixtures.GRID) {
            String[] line = csv.lines().map(l -> l.split(",", -1))
                    .filter(f -> f[1].equals("Expected (median)") && Double.parseDouble(f[3]) == m).findFirst()
                    .orElseThrow();
            double expected = Fixtures.excluded(m) ? Double.NaN : Fixtures.medianSigma(0.05, m);
            assertEquals(expected, Double.parseDouble(line[6]), 0, "median at " + m);
        }
    }

    @Test
    void resultFilesAreCopiedPerStrategy() {
        for (String strategy : List.of("thesis-cuts", "slides")) {
            for (String file : List.of("limits.csv", "limits.json", "limits-hepdata.yaml")) {
                assertNotNull(report.files().get("results/" + strategy + "/" + file), strategy + " " + file);
            }
        }
        assertArrayEquals(Fixtures.limits("slides", 0.03).files().get("limits.csv"),
                report.files().get("results/slides/limits.csv"));
    }

    @Test
    void missingOptionalInputsGiveNotComputedSections() throws Exception {
        Map<String, Artifact> inputs = Map.of("limits-slides", Fixtures.limits("slides", 0.03));
        Map<String, Object> config = Map.of("luminosityInvFb", Fixtures.LUMI);
        Artifact only = new ReportTask().run(new TestContext(config, inputs));
        Document doc = parse(only.files().get("report.html"));
        String text = doc.getDocumentElement().getTextContent();
        for (String missing : List.of("no generated samples", "no cross-section scan", "no reconstructed samples",
                "no reconstructed background samples", "no signal model for this strategy",
                "no study configuration")) {
            assertTrue(text.contains("Not computed in this study: " + missing), missing);
        }
        assertTrue(only.files().containsKey("charts/limit-sigma-slides.png"));
        // masses default to 0.5, 1, 2, 4, 8 GeV
        Element table = table(doc, "comparison-table");
        assertEquals(ReportConfig.DEFAULT_MASSES.length, rows(table).size());
        assertEquals(ReportBuilder.EXCLUDED, row(table, 0.5).get(4).getTextContent());

        Artifact empty = new ReportTask().run(new TestContext(config, Map.of()));
        String emptyText = parse(empty.files().get("report.html")).getDocumentElement().getTextContent();
        assertTrue(emptyText.contains("Not computed in this study: no expected limits"));
    }

    @Test
    void inputsOfTheWrongTypeOrNameAreRejected() {
        Map<String, Object> config = Map.of("luminosityInvFb", Fixtures.LUMI);
        InvalidInputException wrongType = assertThrows(InvalidInputException.class, () -> new ReportTask().run(
                new TestContext(config, Map.of("limits-x", Fixtures.model("x", 0.1)))));
        assertTrue(wrongType.getMessage().contains("limits-x"), wrongType.getMessage());
        assertTrue(wrongType.getMessage().contains("alpwb/limit-curve"), wrongType.getMessage());
        assertTrue(wrongType.getMessage().contains("alpwb/signal-model"), wrongType.getMessage());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> new ReportTask().run(
                new TestContext(config, Map.of("histograms", Fixtures.model("x", 0.1)))));
        assertTrue(unknown.getMessage().contains("histograms"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("sample-* (alpwb/event-block)"), unknown.getMessage());
        Artifact broken = Artifact.of("alpwb/limit-curve", "{\"strategy\": \"s\", \"points\": [{\"massGeV\": 1, "
                .concat("\"excluded\": false, \"sigmaUpPb\": [1, 2, 3]}]}").getBytes(StandardCharsets.UTF_8));
        InvalidInputException field = assertThrows(InvalidInputException.class, () -> new ReportTask().run(
                new TestContext(config, Map.of("limits-s", broken))));
        assertTrue(field.getMessage().contains("points[0].sigmaUpPb"), field.getMessage());
    }

    @Test
    void configurationIsValidated() {
        ReportTask task = new ReportTask();
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> task.validate(new TestContext(Map.of(), Map.of()).config()));
        assertEquals("tasks.report.config.luminosityInvFb", missing.field());
        InvalidInputException typo = assertThrows(InvalidInputException.class, () -> task.validate(
                new TestContext(Map.of("luminosityInvFb", 1.0, "mases", List.of(1.0)), Map.of()).config()));
        assertTrue(typo.getMessage().contains("masses"), typo.getMessage());
        InvalidInputException axis = assertThrows(InvalidInputException.class, () -> task.validate(
                new TestContext(Map.of("luminosityInvFb", 1.0, "massAxis", "lin"), Map.of()).config()));
        assertTrue(axis.getMessage().contains("auto, log, linear"), axis.getMessage());
        InvalidInputException reference = assertThrows(InvalidInputException.class, () -> task.run(new TestContext(
                Map.of("luminosityInvFb", 1.0, "referenceStrategy", "nn"), Map.of("limits-slides",
                        Fixtures.limits("slides", 0.03)))));
        assertTrue(reference.getMessage().contains("slides"), reference.getMessage());
    }
}
