package org.alpwb.plot.internal;

import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/** A JFreeChart log axis whose ticks come from {@link Ticks#log}, the same as in the SVG. */
final class TickedLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    TickedLogAxis(String label) {
        super(label);
    }

    @Override
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor;
        if (edge == RectangleEdge.TOP) {
            anchor = TextAnchor.BOTTOM_CENTER;
        } else if (edge == RectangleEdge.BOTTOM) {
            anchor = TextAnchor.TOP_CENTER;
        } else {
            anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT;
        }
        DataRange range = new DataRange(getLowerBound(), getUpperBound(), true);
        List<LogTick> ticks = new ArrayList<>();
        for (Ticks.Tick tick : Ticks.log(range)) {
            ticks.add(new LogTick(tick.major() ? TickType.MAJOR : TickType.MINOR, tick.value(), label(tick), anchor));
        }
        return ticks;
    }

    private AttributedString label(Ticks.Tick tick) {
        if (!tick.major()) {
            return null;
        }
        String text = tick.label() + (tick.superscript() == null ? "" : tick.superscript());
        AttributedString label = new AttributedString(text);
        label.addAttributes(getTickLabelFont().getAttributes(), 0, text.length());
        if (tick.superscript() != null) {
            label.addAttribute(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUPER, tick.label().length(),
                    text.length());
        }
        return label;
    }
}
