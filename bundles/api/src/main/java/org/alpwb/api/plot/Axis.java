package org.alpwb.api.plot;

/**
 * An axis: label with unit (e.g. {@code "m_a [GeV]"}), scale, and an optional fixed range
 * ({@code NaN} bounds are chosen from the data).
 */
public record Axis(String label, AxisScale scale, double min, double max) {
    public Axis {
        label = label == null ? "" : label;
        if (scale == null) {
            throw new IllegalArgumentException("axis scale is required");
        }
        if (Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("axis bounds must be finite or NaN, got " + min + ", " + max);
        }
        if (!Double.isNaN(min) && !Double.isNaN(max) && !(max > min)) {
            throw new IllegalArgumentException("axis '" + label + "' needs max > min, got " + min + ", " + max);
        }
        if (scale == AxisScale.LOG && (min <= 0 || max <= 0)) {
            throw new IllegalArgumentException("log axis '" + label + "' needs positive bounds, got " + min + ", " + max);
        }
    }

    public static Axis linear(String label) {
        return new Axis(label, AxisScale.LINEAR, Double.NaN, Double.NaN);
    }

    public static Axis log(String label) {
        return new Axis(label, AxisScale.LOG, Double.NaN, Double.NaN);
    }

    public Axis withRange(double newMin, double newMax) {
        return new Axis(label, scale, newMin, newMax);
    }

    public boolean isLog() {
        return scale == AxisScale.LOG;
    }
}
