package org.alpwb.plot.internal;

import java.awt.Color;

import org.alpwb.api.plot.LineStyle;
import org.alpwb.api.plot.MarkerShape;

/** One legend row: a filled box ({@code filled}) or a line sample with an optional marker. */
record LegendEntry(String label, boolean filled, Color color, LineStyle line, double width, MarkerShape marker) {
    static LegendEntry fill(String label, Color color) {
        return new LegendEntry(label, true, color, LineStyle.NONE, 0, MarkerShape.NONE);
    }
}
