package org.alpwb.plot.internal;

import java.util.List;

import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.LineStyle;
import org.alpwb.api.plot.MarkerShape;
import org.alpwb.api.plot.Region;
import org.alpwb.api.plot.TextAnnotation;

/** Shaded regions, annotations and the legend of the SVG page (same placement as the PNG). */
final class SvgDecorations {
    private static final double ROW = 14;

    private SvgDecorations() {
    }

    static void regions(SvgText svg, SvgFrame f, List<Region> regions) {
        for (Region region : regions) {
            String color = region.color() == null ? Palette.hex(JFreeDecorations.REGION_GREY) : region.color();
            double x0 = Math.max(f.left(), f.px(Math.max(region.from(), f.x().lower())));
            double x1 = Math.min(f.right(), f.px(Math.min(region.to(), f.x().upper())));
            if (x1 <= x0) {
                continue;
            }
            svg.raw("<rect class=\"region\" x=\"").num(x0).raw("\" y=\"").num(f.top()).raw("\" width=\"")
                    .num(x1 - x0).raw("\" height=\"").num(f.height()).raw("\" fill=\"").raw(color)
                    .raw("\" fill-opacity=\"").num(JFreeDecorations.REGION_ALPHA).raw("\"/>\n");
            if (!region.label().isEmpty()) {
                svg.label(0.5 * (x0 + x1), f.top() + 4 + Fonts.NOTE, Fonts.NOTE, "middle", region.label());
            }
        }
    }

    static void annotations(SvgText svg, SvgFrame f, List<TextAnnotation> notes) {
        for (TextAnnotation note : notes) {
            double x = note.relative() ? f.left() + note.x() * f.width() : f.px(note.x());
            double y = note.relative() ? f.bottom() - note.y() * f.height() : f.py(note.y());
            svg.label(x, y, Fonts.NOTE, "start", note.text());
        }
    }

    static void legend(SvgText svg, SvgFrame f, List<LegendEntry> entries, LegendPosition position) {
        if (position == LegendPosition.NONE || entries.isEmpty()) {
            return;
        }
        double textWidth = 0;
        for (LegendEntry entry : entries) {
            textWidth = Math.max(textWidth, SvgText.width(entry.label(), Fonts.LEGEND));
        }
        double width = 34 + textWidth + 6;
        double height = entries.size() * ROW + 6;
        boolean right = position == LegendPosition.TOP_RIGHT || position == LegendPosition.BOTTOM_RIGHT;
        boolean top = position == LegendPosition.TOP_RIGHT || position == LegendPosition.TOP_LEFT;
        double x = right ? f.left() + 0.98 * f.width() - width : f.left() + 0.02 * f.width();
        double y = top ? f.top() + 0.02 * f.height() : f.bottom() - 0.02 * f.height() - height;
        svg.raw("<g class=\"legend\">\n<rect x=\"").num(x).raw("\" y=\"").num(y).raw("\" width=\"").num(width)
                .raw("\" height=\"").num(height).raw("\" fill=\"#ffffff\" fill-opacity=\"0.82\"/>\n");
        for (int i = 0; i < entries.size(); i++) {
            double centre = y + 3 + ROW * (i + 0.5);
            sample(svg, x + 6, centre, entries.get(i));
            svg.label(x + 34, centre + Fonts.LEGEND * 0.35, Fonts.LEGEND, "start", entries.get(i).label());
        }
        svg.raw("</g>\n");
    }

    private static void sample(SvgText svg, double x, double y, LegendEntry entry) {
        if (entry.filled()) {
            svg.raw("<rect x=\"").num(x + 2).raw("\" y=\"").num(y - 5).raw("\" width=\"16\" height=\"10\" fill=\"")
                    .color(entry.color()).raw("\" stroke=\"").color(Palette.outline(entry.color()))
                    .raw("\" stroke-width=\"0.5\"/>\n");
            return;
        }
        if (entry.line() != LineStyle.NONE) {
            svg.raw("<path d=\"M").num(x).raw(" ").num(y).raw(" h20\" stroke=\"").color(entry.color())
                    .raw("\" stroke-width=\"").num(entry.width()).raw("\"").raw(SvgPrimitives.dashes(entry.line()))
                    .raw("/>\n");
        }
        if (entry.marker() != MarkerShape.NONE) {
            svg.raw("<path d=\"");
            SvgPrimitives.marker(svg, x + 10, y, entry.marker());
            svg.raw("\" fill=\"")
                    .color(entry.color()).raw("\"/>\n");
        }
    }
}
