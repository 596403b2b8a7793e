package org.alpwb.api.fit;

/**
 * A smooth function of the mass fitted to points with errors: a series of {@code basis} functions
 * on [low, high] with coefficients and their covariance. Evaluate with the {@link Interpolator}
 * that produced it.
 */
public record Interpolation(String basis, double low, double high, double[] coefficients, double[][] covariance,
        double chi2, int ndf) {
    public Interpolation {
        coefficients = coefficients.clone();
        double[][] c = new double[covariance.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = covariance[i].clone();
        }
        covariance = c;
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public double[][] covariance() {
        double[][] c = new double[covariance.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = covariance[i].clone();
        }
        return c;
    }
}
