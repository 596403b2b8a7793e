package org.alpwb.plot.internal;

import java.awt.Color;

import org.alpwb.api.plot.LineStyle;
import org.alpwb.api.plot.MarkerShape;

/**
 * What a chart specification is lowered to: the few drawing elements both back ends (JFreeChart for
 * PNG, {@link SvgRenderer} for SVG) draw, so both images show the same thing. Values are already
 * clamped into the visible range on logarithmic axes. Arrays are owned by the primitive.
 */
sealed interface Primitive {
    String series();

    /** Area between {@code low} and {@code high} over {@code x}. */
    record Fill(String series, double[] x, double[] low, double[] high, Color color) implements Primitive {
    }

    /** A polyline; a NaN y leaves a gap. */
    record Polyline(String series, double[] x, double[] y, Color color, LineStyle line, double width)
            implements Primitive {
    }

    /** Markers at the points. */
    record Markers(String series, double[] x, double[] y, MarkerShape shape, Color color) implements Primitive {
    }

    /**
     * Vertical bars from {@code low} to {@code high} at {@code x}, and, if {@code xLow} is not null,
     * horizontal bars from {@code xLow} to {@code xHigh} at {@code y}.
     */
    record ErrorBars(String series, double[] x, double[] y, double[] low, double[] high, double[] xLow,
            double[] xHigh, Color color, double width) implements Primitive {
    }
}
