package org.alpwb.plot.internal;

import org.alpwb.api.plot.LineStyle;
import org.alpwb.api.plot.MarkerShape;

/** Each primitive as exactly one SVG path. */
final class SvgPrimitives {
    private SvgPrimitives() {
    }

    static void draw(SvgText svg, SvgFrame f, Primitive primitive) {
        svg.raw("<path class=\"").raw(kind(primitive)).raw("\" data-series=\"").text(primitive.series())
                .raw("\" d=\"");
        if (primitive instanceof Primitive.Fill fill) {
            area(svg, f, fill);
            svg.raw("\" fill=\"").color(fill.color()).raw("\" stroke=\"none\"/>\n");
        } else if (primitive instanceof Primitive.Polyline line) {
            polyline(svg, f, line.x(), line.y());
            svg.raw("\" fill=\"none\" stroke=\"").color(line.color()).raw("\" stroke-width=\"").num(line.width())
                    .raw("\"").raw(dashes(line.line())).raw("/>\n");
        } else if (primitive instanceof Primitive.Markers markers) {
            for (int i = 0; i < markers.x().length; i++) {
                if (!Double.isNaN(markers.y()[i])) {
                    marker(svg, f.px(markers.x()[i]), f.py(markers.y()[i]), markers.shape());
                }
            }
            svg.raw("\" fill=\"").color(markers.color()).raw("\" stroke=\"none\"/>\n");
        } else if (primitive instanceof Primitive.ErrorBars bars) {
            errorBars(svg, f, bars);
            svg.raw("\" fill=\"none\" stroke=\"").color(bars.color()).raw("\" stroke-width=\"").num(bars.width())
                    .raw("\"/>\n");
        }
    }

    static String kind(Primitive primitive) {
        if (primitive instanceof Primitive.Fill) {
            return "area";
        } else if (primitive instanceof Primitive.Polyline) {
            return "line";
        } else if (primitive instanceof Primitive.Markers) {
            return "markers";
        }
        return "errors";
    }

    private static void area(SvgText svg, SvgFrame f, Primitive.Fill fill) {
        int n = fill.x().length;
        for (int i = 0; i < n; i++) {
            svg.raw(i == 0 ? "M" : " L").num(f.px(fill.x()[i])).raw(" ").num(f.py(fill.high()[i]));
        }
        for (int i = n - 1; i >= 0; i--) {
            svg.raw(" L").num(f.px(fill.x()[i])).raw(" ").num(f.py(fill.low()[i]));
        }
        svg.raw(" Z");
    }

    private static void polyline(SvgText svg, SvgFrame f, double[] x, double[] y) {
        boolean pen = false;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(y[i])) {
                pen = false;
                continue;
            }
            svg.raw(pen ? " L" : " M").num(f.px(x[i])).raw(" ").num(f.py(y[i]));
            pen = true;
        }
    }

    static void marker(SvgText svg, double x, double y, MarkerShape shape) {
        double r = Strokes.MARKER_RADIUS;
        switch (shape) {
            case SQUARE -> svg.raw(" M").num(x - 0.9 * r).raw(" ").num(y - 0.9 * r).raw(" h").num(1.8 * r)
                    .raw(" v").num(1.8 * r).raw(" h").num(-1.8 * r).raw(" Z");
            case TRIANGLE -> svg.raw(" M").num(x).raw(" ").num(y - 1.1 * r).raw(" L").num(x + r).raw(" ")
                    .num(y + 0.8 * r).raw(" L").num(x - r).raw(" ").num(y + 0.8 * r).raw(" Z");
            default -> svg.raw(" M").num(x - r).raw(" ").num(y).raw(" a").num(r).raw(" ").num(r).raw(" 0 1 0 ")
                    .num(2 * r).raw(" 0 a").num(r).raw(" ").num(r).raw(" 0 1 0 ").num(-2 * r).raw(" 0 Z");
        }
    }

    private static void errorBars(SvgText svg, SvgFrame f, Primitive.ErrorBars bars) {
        for (int i = 0; i < bars.x().length; i++) {
            double x = f.px(bars.x()[i]);
            svg.raw(" M").num(x).raw(" ").num(f.py(bars.low()[i])).raw(" V").num(f.py(bars.high()[i]));
            if (bars.xLow() != null) {
                double y = f.py(bars.y()[i]);
                svg.raw(" M").num(f.px(bars.xLow()[i])).raw(" ").num(y).raw(" H").num(f.px(bars.xHigh()[i]));
            }
        }
    }

    static String dashes(LineStyle line) {
        return switch (line) {
            case DASHED -> " stroke-dasharray=\"" + Strokes.DASH[0] + " " + Strokes.DASH[1] + "\"";
            case DOTTED -> " stroke-dasharray=\"" + Strokes.DOT[0] + " " + Strokes.DOT[1] + "\" stroke-linecap=\"round\"";
            default -> "";
        };
    }
}
