package org.alpwb.plot.internal;

import java.awt.Color;
import java.util.Locale;

/** Appends SVG markup: numbers with two decimals, escaped text, colours. */
final class SvgText {
    private final StringBuilder out = new StringBuilder(16_384);

    SvgText raw(String text) {
        out.append(text);
        return this;
    }

    SvgText num(double value) {
        out.append(String.format(Locale.ROOT, "%.2f", value));
        return this;
    }

    SvgText text(String text) {
        out.append(escape(text));
        return this;
    }

    SvgText color(Color color) {
        out.append(Palette.hex(color));
        return this;
    }

    /** A {@code <text>} element; {@code anchor} is start, middle or end. */
    SvgText label(double x, double y, float size, String anchor, String content) {
        raw("<text x=\"").num(x).raw("\" y=\"").num(y).raw("\" font-size=\"").num(size).raw("\" text-anchor=\"")
                .raw(anchor).raw("\">").text(content).raw("</text>\n");
        return this;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Rough width of a text in points (for layout only; the viewer draws the text). */
    static double width(String text, float size) {
        return text.length() * size * 0.56;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
