package org.alpwb.api.plot;

import java.util.regex.Pattern;

/**
 * How a series is drawn. {@code color} is {@code "#rrggbb"}, or {@code null} for the next colour of
 * the renderer's palette; {@code width} is the line width in points.
 */
public record Style(String color, LineStyle line, double width, MarkerShape marker) {
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Style {
        checkColor(color);
        if (line == null || marker == null) {
            throw new IllegalArgumentException("line style and marker are required");
        }
        if (!(width > 0 && width <= 20)) {
            throw new IllegalArgumentException("line width must be in (0, 20] points, got " + width);
        }
        if (line == LineStyle.NONE && marker == MarkerShape.NONE) {
            throw new IllegalArgumentException("a style needs a line or a marker");
        }
    }

    /** Solid line. */
    public static Style line(String color) {
        return new Style(color, LineStyle.SOLID, 1.5, MarkerShape.NONE);
    }

    /** Dashed line. */
    public static Style dashed(String color) {
        return new Style(color, LineStyle.DASHED, 1.5, MarkerShape.NONE);
    }

    /** Markers without a line (data points). */
    public static Style points(String color) {
        return new Style(color, LineStyle.NONE, 1.0, MarkerShape.CIRCLE);
    }

    public Style withColor(String newColor) {
        return new Style(newColor, line, width, marker);
    }

    public Style withWidth(double newWidth) {
        return new Style(color, line, newWidth, marker);
    }

    public Style withMarker(MarkerShape newMarker) {
        return new Style(color, line, width, newMarker);
    }

    /** Throws {@link IllegalArgumentException} unless {@code color} is null or {@code #rrggbb}. */
    public static void checkColor(String color) {
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("colour must be #rrggbb, got '" + color + "'");
        }
    }
}
