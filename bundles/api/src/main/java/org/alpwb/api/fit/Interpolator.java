package org.alpwb.api.fit;

/**
 * Least-squares fit of a smooth series to values with errors at a set of masses, as the thesis
 * does with kafe2 for the signal shape parameters and the efficiency; the error band comes from
 * the coefficient covariance. Service property {@code alpwb.id}, e.g. {@code chebyshev-interpolation}.
 */
public interface Interpolator {
    /**
     * @param order  highest polynomial degree (number of coefficients = order + 1, at most the
     *               number of points)
     * @param low    range mapped onto the basis domain; must contain all masses
     */
    Interpolation fit(double[] masses, double[] values, double[] errors, int order, double low, double high);

    double value(Interpolation interpolation, double mass);

    /** One-standard-deviation band half-width at the mass, from the coefficient covariance. */
    double error(Interpolation interpolation, double mass);
}
