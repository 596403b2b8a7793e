package org.alpwb.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.alpwb.api.hist.Histogram1D;
import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.Band;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.HistogramStack;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.junit.jupiter.api.Test;

/** The chart specification types are immutable and reject inconsistent numbers early. */
class SpecValidationTest {
    @Test
    void seriesCopyTheirArrays() {
        double[] y = {1, 2};
        XYSeries series = XYSeries.of("s", new double[] {0, 1}, y, Style.line(null));
        y[0] = 99;
        series.y()[1] = 99;
        assertEquals(List.of(1.0, 2.0), List.of(series.y()[0], series.y()[1]));
        assertEquals(series, XYSeries.of("s", new double[] {0, 1}, new double[] {1, 2}, Style.line(null)));
        assertNotEquals(series, XYSeries.of("s", new double[] {0, 1}, new double[] {1, 3}, Style.line(null)));
    }

    @Test
    void inconsistentInputIsRejectedWithTheSeriesName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> XYSeries.of("eff", new double[] {0, 1}, new double[] {1}, Style.line(null)));
        assertTrue(error.getMessage().contains("'eff'"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Band("b", new double[] {0, 1}, new double[] {2, 2}, new double[] {1, 3}, null));
        assertThrows(IllegalArgumentException.class, () -> Style.line("green"));
        assertThrows(IllegalArgumentException.class, () -> Axis.log("y").withRange(0, 1));
        double[] edges = {0, 1, 2};
        HistogramSeries a = new HistogramSeries("a", edges, new double[] {1, 2}, null, Style.line(null));
        HistogramSeries b = new HistogramSeries("b", new double[] {0, 1, 3}, new double[] {1, 2}, null,
                Style.line(null));
        error = assertThrows(IllegalArgumentException.class, () -> HistogramStack.of(a, b));
        assertTrue(error.getMessage().contains("'b'"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ChartSpec.builder(Axis.linear("x"), Axis.linear("y")).build());
    }

    @Test
    void histogramFromFilledHistogramCarriesStatisticalErrors() {
        Histogram1D h = new Histogram1D.Filler(Histogram1D.uniformEdges(2, 0, 2)).fill(0.5, 2).fill(0.7, 1)
                .fill(1.5, 3).build();
        HistogramSeries series = HistogramSeries.of("h", h, true, Style.points(null));
        assertEquals(List.of(3.0, 3.0), List.of(series.contents()[0], series.contents()[1]));
        assertEquals(Math.sqrt(5), series.errors()[0], 1e-15);
        assertEquals(3.0, series.errors()[1], 1e-15);
    }
}
