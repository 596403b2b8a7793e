package org.alpwb.plot.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;
import org.junit.jupiter.api.Test;

class AxisRangesTest {
    @Test
    void histogramsStartAtZeroAndSpanTheirEdges() {
        ChartSpec spec = Examples.histogram();
        assertEquals(new DataRange(0, 10, false), AxisRanges.x(spec));
        DataRange y = AxisRanges.y(spec);
        assertEquals(0, y.lower());
        assertTrue(y.upper() > 180 + Math.sqrt(180), "room for error bars and legend: " + y.upper());
    }

    @Test
    void logRangeSpansAtLeastOneDecadeAndAtMostFiveBelowTheMaximum() {
        ChartSpec narrow = ChartSpec.builder(Axis.linear("x"), Axis.log("y")).legend(LegendPosition.NONE)
                .add(XYSeries.of("s", new double[] {1, 2}, new double[] {2, 3}, Style.line(null))).build();
        DataRange y = AxisRanges.y(narrow);
        assertTrue(Math.log10(y.upper() / y.lower()) >= 1, y.toString());
        assertTrue(y.lower() < 2 && y.upper() > 3, y.toString());

        DataRange stacked = AxisRanges.y(Examples.stacked());
        assertTrue(stacked.lower() > 1e-2 && stacked.lower() < 1, stacked.toString());
    }

    @Test
    void explicitBoundsWin() {
        ChartSpec spec = ChartSpec.builder(Axis.linear("x").withRange(-1, 11), Axis.log("y").withRange(1e-4, 1))
                .add(new HistogramSeries("h", new double[] {0, 5, 10}, new double[] {0.1, 0.2}, null, Style.line(null)))
                .build();
        assertEquals(new DataRange(-1, 11, false), AxisRanges.x(spec));
        assertEquals(new DataRange(1e-4, 1, true), AxisRanges.y(spec));
    }
}
