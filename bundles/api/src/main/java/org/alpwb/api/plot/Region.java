package org.alpwb.api.plot;

/**
 * A shaded vertical region {@code from <= x <= to} across the whole plot (e.g. an excluded
 * pi0/eta/eta' mass window), with an optional label drawn at its top ({@code null} or empty for
 * none) and a fill colour ({@code "#rrggbb"}, or {@code null} for light grey).
 */
public record Region(double from, double to, String label, String color) {
    public Region {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(to > from)) {
            throw new IllegalArgumentException("region needs finite from < to, got " + from + ", " + to);
        }
        label = label == null ? "" : label;
        Style.checkColor(color);
    }

    public static Region of(double from, double to, String label) {
        return new Region(from, to, label, null);
    }
}
