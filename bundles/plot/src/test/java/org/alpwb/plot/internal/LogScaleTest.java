package org.alpwb.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.Band;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.ImageFormat;
import org.alpwb.api.plot.RenderOptions;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogScaleTest {
    private static final RenderOptions PNG = new RenderOptions(320, 240, 72, EnumSet.of(ImageFormat.PNG));

    @TempDir
    Path dir;

    @Test
    void nonPositiveYOnLogAxisNamesSeriesAndValueAndWritesNothing() {
        ChartSpec spec = ChartSpec.builder(Axis.linear("m"), Axis.log("limit"))
                .add(XYSeries.of("observed limit", new double[] {1, 2, 3}, new double[] {0.1, -0.5, 0.2},
                        Style.line(null)))
                .build();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new JFreeChartPlotService().render(spec, dir.resolve("bad"), PNG));
        assertTrue(error.getMessage().contains("'observed limit'"), error.getMessage());
        assertTrue(error.getMessage().contains("-0.5"), error.getMessage());
        assertTrue(error.getMessage().contains("log y"), error.getMessage());
        assertEquals(0, dir.toFile().list().length);
    }

    @Test
    void zeroXOnLogXAxisAndZeroBandEdgeAreRejected() {
        ChartSpec logX = ChartSpec.builder(Axis.log("m"), Axis.linear("y"))
                .add(XYSeries.of("scan", new double[] {0, 1}, new double[] {1, 2}, Style.line(null))).build();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SceneBuilder.build(logX));
        assertTrue(error.getMessage().contains("'scan'") && error.getMessage().contains("x = 0.0"), error.getMessage());

        ChartSpec band = ChartSpec.builder(Axis.linear("m"), Axis.log("y"))
                .add(new Band("2 sigma", new double[] {1, 2}, new double[] {0, 1}, new double[] {2, 3}, null)).build();
        error = assertThrows(IllegalArgumentException.class, () -> SceneBuilder.build(band));
        assertTrue(error.getMessage().contains("'2 sigma'") && error.getMessage().contains("0.0"), error.getMessage());
    }

    @Test
    void emptyBinsAreAllowedOnLogYButNegativeBinsAreNot() throws Exception {
        double[] edges = {0, 1, 2, 3};
        ChartSpec empty = ChartSpec.builder(Axis.linear("x"), Axis.log("n"))
                .add(new HistogramSeries("counts", edges, new double[] {5, 0, 50}, null, Style.line(null))).build();
        new JFreeChartPlotService().render(empty, dir.resolve("ok"), PNG);
        assertTrue(Files.size(dir.resolve("ok.png")) > 0);
        Scene scene = SceneBuilder.build(empty);
        Primitive.Polyline outline = (Primitive.Polyline) scene.primitives().get(0);
        assertTrue(java.util.Arrays.stream(outline.y()).anyMatch(Double::isNaN), "empty bin leaves a gap");

        ChartSpec negative = ChartSpec.builder(Axis.linear("x"), Axis.log("n"))
                .add(new HistogramSeries("weights", edges, new double[] {5, -2, 50}, null, Style.line(null))).build();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SceneBuilder.build(negative));
        assertTrue(error.getMessage().contains("'weights'") && error.getMessage().contains("-2.0"), error.getMessage());
    }
}
