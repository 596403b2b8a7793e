package org.alpwb.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.ImageFormat;
import org.alpwb.api.plot.RenderOptions;
import org.alpwb.api.plot.RenderedChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgOutputTest {
    private static final RenderOptions SVG = new RenderOptions(640, 480, 96, EnumSet.of(ImageFormat.SVG));

    @TempDir
    Path dir;

    @Test
    void brazilBandHasTwoAreasAndTwoLines() throws Exception {
        Document svg = render(Examples.brazil());
        assertEquals(Map.of("area", 2, "line", 2), seriesPaths(svg));
        assertEquals(List.of("Expected \u00b1 2\u03c3", "Expected \u00b1 1\u03c3", "Expected (median)", "Observed"),
                seriesNames(svg));
        assertEquals("480.00pt", svg.getDocumentElement().getAttribute("width"));
        assertEquals(3, count(svg, "rect", "region"));
    }

    @Test
    void stackedHistogramHasOneAreaAndOutlinePerProcessPlusOverlays() throws Exception {
        Document svg = render(Examples.stacked());
        // 3 filled components with 3 outlines, the signal step line, data error bars and markers
        assertEquals(Map.of("area", 3, "line", 4, "errors", 1, "markers", 1), seriesPaths(svg));
    }

    @Test
    void xyAndHistogramChartsHaveTheirPaths() throws Exception {
        assertEquals(Map.of("errors", 1, "markers", 1, "line", 1), seriesPaths(render(Examples.efficiency())));
        assertEquals(Map.of("errors", 1, "line", 1), seriesPaths(render(Examples.histogram())));
    }

    @Test
    void logAxesAreLabelledWithPlainNumbersOrDecades() throws Exception {
        List<String> labels = texts(render(Examples.brazil()));
        // x spans 0.1-9.5 GeV (two decades): 1-2-5 labels
        assertTrue(labels.containsAll(List.of("0.1", "0.2", "0.5", "1", "2", "5")), labels.toString());
        // the stacked chart's y axis spans several decades: 10^n with the exponent as superscript
        List<String> stacked = texts(render(Examples.stacked()));
        assertTrue(stacked.containsAll(List.of("101", "102", "103", "104")), stacked.toString());
    }

    private Document render(ChartSpec spec) throws Exception {
        RenderedChart out = new JFreeChartPlotService().render(spec, dir.resolve("chart"), SVG);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(out.images().get(ImageFormat.SVG).toFile());
    }

    private static Map<String, Integer> seriesPaths(Document svg) {
        Map<String, Integer> counts = new TreeMap<>();
        NodeList paths = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            if (path.hasAttribute("data-series")) {
                counts.merge(path.getAttribute("class"), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<String> seriesNames(Document svg) {
        List<String> names = new ArrayList<>();
        NodeList paths = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        for (int i = 0; i < paths.getLength(); i++) {
            String name = ((Element) paths.item(i)).getAttribute("data-series");
            if (!name.isEmpty() && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static int count(Document svg, String tag, String cssClass) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        int count = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            count += cssClass.equals(((Element) nodes.item(i)).getAttribute("class")) ? 1 : 0;
        }
        return count;
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
