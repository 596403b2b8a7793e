package org.alpwb.fit.pdf;

import java.util.List;

/**
 * exp(lambda (x - origin)); parameter lambda. The origin (e.g. the fit range's lower edge) only
 * keeps the exponent small; it cancels in the normalised density.
 */
public final class Exponential implements Shape {
    private final double origin;

    public Exponential(double origin) {
        this.origin = origin;
    }

    @Override
    public List<String> parameterNames() {
        return List.of("lambda");
    }

    @Override
    public BoundShape bind(double[] p) {
        double lambda = p[0];
        return new BoundShape() {
            @Override
            public double value(double x) {
                return Math.exp(lambda * (x - origin));
            }

            @Override
            public double integral(double a, double b) {
                double ea = lambda * (a - origin);
                double span = b - a;
                // exp(ea) (exp(lambda span) - 1) / lambda, with the lambda -> 0 limit span
                return Math.exp(ea) * (Math.abs(lambda * span) < 1e-12 ? span : Math.expm1(lambda * span) / lambda);
            }
        };
    }
}
