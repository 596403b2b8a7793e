package org.alpwb.plot.internal;

import java.awt.Color;

/** Colours: explicit {@code #rrggbb} values, or the next colour of a colour-blind-safe cycle. */
final class Palette {
    private static final String[] CYCLE = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
        "#f0e442", "#000000"};
    private int next;

    Color resolve(String color) {
        return color != null ? parse(color) : parse(CYCLE[next++ % CYCLE.length]);
    }

    static Color parse(String color) {
        return new Color(Integer.parseInt(color.substring(1), 16));
    }

    static String hex(Color color) {
        return String.format("#%06x", color.getRGB() & 0xffffff);
    }

    /** A darker shade for outlines of filled areas. */
    static Color outline(Color fill) {
        return new Color((int) (fill.getRed() * 0.6), (int) (fill.getGreen() * 0.6), (int) (fill.getBlue() * 0.6));
    }
}
