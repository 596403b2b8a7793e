package org.alpwb.fit.pdf;

/** A shape with fixed parameters: unnormalised value and its analytic integral. */
public interface BoundShape {
    double value(double x);

    /** Integral of {@link #value} over [a, b]. */
    double integral(double a, double b);

    /** Density normalised on [low, high]. */
    default double density(double x, double low, double high) {
        return value(x) / integral(low, high);
    }
}
