package org.alpwb.plot.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.alpwb.api.plot.Axis;
import org.jfree.chart.axis.AxisLabelLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;

/**
 * Publication-style axes: fixed range, ticks inside with minor ticks, label at the high end, log
 * axes with the ticks of {@link Ticks#log}.
 */
final class JFreeAxes {
    private JFreeAxes() {
    }

    static ValueAxis create(Axis spec, DataRange range) {
        ValueAxis axis = spec.isLog() ? log(spec.label(), range) : linear(spec.label(), range);
        axis.setRange(range.lower(), range.upper());
        axis.setLabelFont(Fonts.of(Fonts.LABEL));
        axis.setLabelPaint(Color.BLACK);
        axis.setLabelLocation(AxisLabelLocation.HIGH_END);
        axis.setTickLabelFont(Fonts.of(Fonts.TICK));
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.BLACK);
        axis.setAxisLineStroke(new BasicStroke(1f));
        axis.setTickMarkPaint(Color.BLACK);
        axis.setTickMarkStroke(new BasicStroke(0.8f));
        axis.setTickMarkInsideLength(6f);
        axis.setTickMarkOutsideLength(0f);
        axis.setMinorTickMarksVisible(true);
        axis.setMinorTickMarkInsideLength(3f);
        axis.setMinorTickMarkOutsideLength(0f);
        return axis;
    }

    /** The same axis without labels, for the ticks mirrored on the top and right edges. */
    static ValueAxis mirror(Axis spec, DataRange range) {
        ValueAxis axis = create(spec, range);
        axis.setLabel(null);
        axis.setTickLabelsVisible(false);
        return axis;
    }

    private static ValueAxis linear(String label, DataRange range) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        Ticks.LinearStep unit = Ticks.linearStep(range);
        DecimalFormat format = new DecimalFormat(unit.decimals() == 0 ? "0" : "0." + "0".repeat(unit.decimals()),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        axis.setTickUnit(new NumberTickUnit(unit.step(), format, unit.minorPerMajor()));
        axis.setMinorTickCount(unit.minorPerMajor());
        return axis;
    }

    private static ValueAxis log(String label, DataRange range) {
        TickedLogAxis axis = new TickedLogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(range.lower() * 1e-3);
        return axis;
    }
}
