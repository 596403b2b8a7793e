package org.alpwb.api.plot;

import java.util.Arrays;
import java.util.Objects;

/**
 * Points {@code (x[i], y[i])} drawn as a line and/or markers, with optional vertical error bars
 * {@code y - errorLow} to {@code y + errorHigh} (both {@code null} for none). A {@code NaN} y leaves a
 * gap in the line.
 */
public record XYSeries(String name, double[] x, double[] y, double[] errorLow, double[] errorHigh, Style style)
        implements Layer {
    public XYSeries {
        name = Values.name(name);
        x = Values.finite(name, "x", x, -1);
        y = Values.copy(name, "y", y, x.length);
        for (int i = 0; i < y.length; i++) {
            if (Double.isInfinite(y[i])) {
                throw new IllegalArgumentException("series '" + name + "': y[" + i + "] is infinite");
            }
        }
        if ((errorLow == null) != (errorHigh == null)) {
            throw new IllegalArgumentException("series '" + name + "': give both error arrays or none");
        }
        if (errorLow != null) {
            errorLow = Values.errors(name, "errorLow", errorLow, x.length);
            errorHigh = Values.errors(name, "errorHigh", errorHigh, x.length);
        }
        if (style == null) {
            throw new IllegalArgumentException("series '" + name + "': style is required");
        }
    }

    public static XYSeries of(String name, double[] x, double[] y, Style style) {
        return new XYSeries(name, x, y, null, null, style);
    }

    /** Symmetric error bars. */
    public static XYSeries withErrors(String name, double[] x, double[] y, double[] error, Style style) {
        return new XYSeries(name, x, y, error, error, style);
    }

    public int size() {
        return x.length;
    }

    public boolean hasErrors() {
        return errorLow != null;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[] errorLow() {
        return errorLow == null ? null : errorLow.clone();
    }

    @Override
    public double[] errorHigh() {
        return errorHigh == null ? null : errorHigh.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof XYSeries s && name.equals(s.name) && style.equals(s.style) && Arrays.equals(x, s.x)
                && Arrays.equals(y, s.y) && Arrays.equals(errorLow, s.errorLow)
                && Arrays.equals(errorHigh, s.errorHigh);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, style, Arrays.hashCode(x), Arrays.hashCode(y), Arrays.hashCode(errorLow),
                Arrays.hashCode(errorHigh));
    }

    @Override
    public String toString() {
        return "XYSeries[" + name + ", " + x.length + " points" + (hasErrors() ? " with errors" : "") + "]";
    }
}
