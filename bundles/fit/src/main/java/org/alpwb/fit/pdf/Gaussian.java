package org.alpwb.fit.pdf;

import java.util.List;

import org.apache.commons.math3.special.Erf;

/** exp(-(x - mu)^2 / (2 sigma^2)); parameters mu, sigma (sigma > 0). */
public final class Gaussian implements Shape {
    private static final double SQRT_HALF_PI = Math.sqrt(Math.PI / 2);

    @Override
    public List<String> parameterNames() {
        return List.of("mu", "sigma");
    }

    @Override
    public BoundShape bind(double[] p) {
        double mu = p[0];
        double sigma = Math.abs(p[1]);
        return new BoundShape() {
            @Override
            public double value(double x) {
                double t = (x - mu) / sigma;
                return Math.exp(-0.5 * t * t);
            }

            @Override
            public double integral(double a, double b) {
                return gaussIntegral((a - mu) / sigma, (b - mu) / sigma) * sigma;
            }
        };
    }

    /** Integral of exp(-t^2/2) over [t1, t2], accurate in the tails (Erf of two arguments). */
    static double gaussIntegral(double t1, double t2) {
        return SQRT_HALF_PI * Erf.erf(t1 / Math.sqrt(2), t2 / Math.sqrt(2));
    }
}
