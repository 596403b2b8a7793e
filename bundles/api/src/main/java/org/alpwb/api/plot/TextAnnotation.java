package org.alpwb.api.plot;

/**
 * Text placed at {@code (x, y)}: in data coordinates, or with {@code relative} as fractions
 * (0..1) of the plotting area from its bottom-left corner (e.g. {@code "Belle II simulation"}).
 * The text starts at the point (left aligned, baseline at y).
 */
public record TextAnnotation(String text, double x, double y, boolean relative) {
    public TextAnnotation {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("annotation text is required");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("annotation '" + text + "' needs a finite position");
        }
        if (relative && (x < 0 || x > 1 || y < 0 || y > 1)) {
            throw new IllegalArgumentException("annotation '" + text + "': relative position must be in [0, 1]");
        }
    }

    public static TextAnnotation atData(String text, double x, double y) {
        return new TextAnnotation(text, x, y, false);
    }

    public static TextAnnotation inPlot(String text, double fractionX, double fractionY) {
        return new TextAnnotation(text, fractionX, fractionY, true);
    }
}
