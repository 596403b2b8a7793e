package org.alpwb.plot.internal;

import java.util.List;

import org.alpwb.api.plot.ChartSpec;

/** Frame, ticks on all four sides (inside), tick labels, axis labels at the high end. */
final class SvgAxes {
    private static final double MAJOR = 6;
    private static final double MINOR = 3;

    private SvgAxes() {
    }

    static double tickLabelWidth(DataRange range) {
        double width = 0;
        for (Ticks.Tick tick : Ticks.of(range)) {
            if (tick.major()) {
                String text = tick.label() + (tick.superscript() == null ? "" : tick.superscript());
                width = Math.max(width, SvgText.width(text, Fonts.TICK));
            }
        }
        return width;
    }

    static void draw(SvgText svg, SvgFrame f, ChartSpec spec) {
        svg.raw("<rect class=\"frame\" x=\"").num(f.left()).raw("\" y=\"").num(f.top()).raw("\" width=\"")
                .num(f.width()).raw("\" height=\"").num(f.height()).raw("\" fill=\"none\" stroke=\"#000000\"/>\n");
        List<Ticks.Tick> xTicks = Ticks.of(f.x());
        List<Ticks.Tick> yTicks = Ticks.of(f.y());
        svg.raw("<path class=\"ticks\" stroke=\"#000000\" stroke-width=\"0.8\" d=\"");
        for (Ticks.Tick tick : xTicks) {
            double x = f.px(tick.value());
            double length = tick.major() ? MAJOR : MINOR;
            svg.raw(" M").num(x).raw(" ").num(f.bottom()).raw(" v").num(-length);
            svg.raw(" M").num(x).raw(" ").num(f.top()).raw(" v").num(length);
        }
        for (Ticks.Tick tick : yTicks) {
            double y = f.py(tick.value());
            double length = tick.major() ? MAJOR : MINOR;
            svg.raw(" M").num(f.left()).raw(" ").num(y).raw(" h").num(length);
            svg.raw(" M").num(f.right()).raw(" ").num(y).raw(" h").num(-length);
        }
        svg.raw("\"/>\n");
        for (Ticks.Tick tick : xTicks) {
            if (tick.major()) {
                tickLabel(svg, f.px(tick.value()), f.bottom() + Fonts.TICK + 4, "middle", tick);
            }
        }
        for (Ticks.Tick tick : yTicks) {
            if (tick.major()) {
                tickLabel(svg, f.left() - 4, f.py(tick.value()) + Fonts.TICK * 0.35, "end", tick);
            }
        }
        String xLabel = spec.xAxis().label();
        if (!xLabel.isEmpty()) {
            svg.label(f.right(), f.bottom() + Fonts.TICK + 8 + Fonts.LABEL, Fonts.LABEL, "end", xLabel);
        }
        String yLabel = spec.yAxis().label();
        if (!yLabel.isEmpty()) {
            double x = f.left() - tickLabelWidth(f.y()) - 8;
            svg.raw("<text transform=\"translate(").num(x).raw(",").num(f.top()).raw(") rotate(-90)\" font-size=\"")
                    .num(Fonts.LABEL).raw("\" text-anchor=\"end\">").text(yLabel).raw("</text>\n");
        }
    }

    private static void tickLabel(SvgText svg, double x, double y, String anchor, Ticks.Tick tick) {
        svg.raw("<text x=\"").num(x).raw("\" y=\"").num(y).raw("\" font-size=\"").num(Fonts.TICK)
                .raw("\" text-anchor=\"").raw(anchor).raw("\">").text(tick.label());
        if (tick.superscript() != null) {
            svg.raw("<tspan dy=\"-4\" font-size=\"").num(Fonts.TICK * 0.75).raw("\">").text(tick.superscript())
                    .raw("</tspan>");
        }
        svg.raw("</text>\n");
    }
}
