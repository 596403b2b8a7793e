package org.alpwb.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.ImageFormat;
import org.alpwb.api.plot.RenderOptions;
import org.alpwb.api.plot.RenderedChart;
import org.junit.jupiter.api.Test;

/** Renders the example charts into target/example-charts for a human to look at. */
class ExampleChartsTest {
    @Test
    void examplesAreWrittenForInspection() throws Exception {
        Path dir = Path.of("target", "example-charts");
        Map<String, ChartSpec> charts = Map.of("brazil", Examples.brazil(), "stacked", Examples.stacked(),
                "efficiency", Examples.efficiency(), "histogram", Examples.histogram());
        for (Map.Entry<String, ChartSpec> chart : charts.entrySet()) {
            RenderedChart out = new JFreeChartPlotService().render(chart.getValue(), dir.resolve(chart.getKey()),
                    RenderOptions.defaults());
            assertEquals(2, out.images().size());
            assertTrue(Files.size(out.images().get(ImageFormat.PNG)) > 10_000, chart.getKey());
            assertTrue(Files.size(out.images().get(ImageFormat.SVG)) > 2_000, chart.getKey());
        }
    }
}
