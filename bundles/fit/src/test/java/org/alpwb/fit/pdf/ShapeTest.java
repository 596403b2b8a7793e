package org.alpwb.fit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

/** Reference values: statistics.md "Double-sided Crystal Ball" and "Chebyshev background". */
class ShapeTest {
    private static final double[] DSCB = {-0.3, 1.1, 0.8, 2, 1.4, 4};

    @Test
    void dscbMatchesReferenceValues() {
        BoundShape s = new DoubleSidedCrystalBall().bind(DSCB);
        // reference digits are given to 15 significant figures: compare to 1e-13 relative
        assertEquals(3.55579308944518, s.integral(-6, 4), 1e-13 * 3.6);
        assertEquals(0.262941268230625, s.value(-3), 1e-14);
        assertEquals(0.963492974649068, s.value(0), 1e-14);
        assertEquals(0.157819023178051, s.value(2), 1e-14);
        assertEquals(0.281231211953346, s.density(-0.3, -6, 4), 1e-14);
    }

    @Test
    void dscbTailIntegralIsRightAtAndNearNEqualsOne() {
        // n = 1 takes the log branch, n = 1 +- 1e-9 the expm1 branch: both against adaptive
        // Gauss-Legendre quadrature of value(), converged to 1e-11 relative
        for (double n : new double[] {1.0, 1.0 + 1e-9, 1.0 - 1e-9, 0.7, 2.5, 60}) {
            BoundShape s = new DoubleSidedCrystalBall().bind(new double[] {0.2, 0.5, 1.2, n, 0.9, n});
            for (double[] r : new double[][] {{-30, 20}, {-3, -1}, {1, 25}, {-0.1, 0.3}}) {
                assertEquals(numeric(s, r[0], r[1]), s.integral(r[0], r[1]), 1e-9 * numeric(s, r[0], r[1]),
                        "n = " + n + " on [" + r[0] + ", " + r[1] + "]");
            }
        }
    }

    @Test
    void chebyshevMatchesReferenceValues() {
        BoundShape s = new Chebyshev(2, -10, 10).bind(new double[] {0.3, -0.2});
        // reference given to 9 significant digits / exact decimals
        assertEquals(21.3333333, s.integral(-10, 10), 1e-6);
        assertEquals(0.0234375, s.density(-10, -10, 10), 1e-12);
        assertEquals(0.05625, s.density(0, -10, 10), 1e-12);
        assertEquals(0.0515625, s.density(10, -10, 10), 1e-12);
    }

    @Test
    void everyShapeIsNormalisedNumerically() {
        Shape[] shapes = {new DoubleSidedCrystalBall(), new Chebyshev(5, 0.5, 3.0), new Gaussian(), new Exponential(0.5)};
        double[][] params = {DSCB.clone(), {0.4, -0.1, 0.05, 0.02, -0.01}, {1.7, 0.3}, {-1.3}};
        double[][] ranges = {{-6, 4}, {0.5, 3.0}, {0.5, 3.0}, {0.5, 3.0}};
        for (int i = 0; i < shapes.length; i++) {
            BoundShape s = shapes[i].bind(params[i]);
            double lo = ranges[i][0];
            double hi = ranges[i][1];
            double norm = numeric(x -> s.density(x, lo, hi), lo, hi);
            // quadrature converged to 1e-11 relative; 1e-9 leaves room for the kinks of the DSCB
            assertEquals(1.0, norm, 1e-9, shapes[i].getClass().getSimpleName());
            double mid = 0.5 * (lo + hi);
            assertEquals(numeric(s, lo, mid), s.integral(lo, mid), 1e-9 * s.integral(lo, mid));
        }
        // exponential with lambda = 0 is flat
        assertEquals(2.5, new Exponential(0).bind(new double[] {0}).integral(0.5, 3.0), 1e-15);
    }

    private static double numeric(BoundShape s, double a, double b) {
        return numeric(s::value, a, b);
    }

    /** Piecewise adaptive Gauss-Legendre so that kinks between pieces do not limit accuracy. */
    static double numeric(java.util.function.DoubleUnaryOperator f, double a, double b) {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-14);
        int pieces = 40;
        double sum = 0;
        for (int i = 0; i < pieces; i++) {
            double lo = a + (b - a) * i / pieces;
            double hi = a + (b - a) * (i + 1) / pieces;
            sum += integrator.integrate(Integer.MAX_VALUE, f::applyAsDouble, lo, hi);
        }
        return sum;
    }
}
