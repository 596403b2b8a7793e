package org.alpwb.api.plot;

import java.util.Arrays;
import java.util.Objects;

/**
 * The area between two curves {@code low[i] <= high[i]} over {@code x[i]} (increasing), filled with
 * {@code fillColor} ({@code "#rrggbb"}, or {@code null} for the palette).
 */
public record Band(String name, double[] x, double[] low, double[] high, String fillColor) implements Layer {
    public Band {
        name = Values.name(name);
        x = Values.finite(name, "x", x, -1);
        low = Values.finite(name, "low", low, x.length);
        high = Values.finite(name, "high", high, x.length);
        Style.checkColor(fillColor);
        if (x.length < 2) {
            throw new IllegalArgumentException("band '" + name + "' needs at least two points");
        }
        for (int i = 0; i < x.length; i++) {
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException("band '" + name + "': x must increase, x[" + i + "] = " + x[i]);
            }
            if (low[i] > high[i]) {
                throw new IllegalArgumentException("band '" + name + "': low[" + i + "] = " + low[i] + " > high[" + i
                        + "] = " + high[i]);
            }
        }
    }

    public int size() {
        return x.length;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] low() {
        return low.clone();
    }

    @Override
    public double[] high() {
        return high.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Band b && name.equals(b.name) && Objects.equals(fillColor, b.fillColor)
                && Arrays.equals(x, b.x) && Arrays.equals(low, b.low) && Arrays.equals(high, b.high);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, fillColor, Arrays.hashCode(x), Arrays.hashCode(low), Arrays.hashCode(high));
    }

    @Override
    public String toString() {
        return "Band[" + name + ", " + x.length + " points]";
    }
}
