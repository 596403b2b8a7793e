package org.alpwb.fit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.alpwb.api.InvalidInputException;
import org.alpwb.api.fit.Interpolation;
import org.junit.jupiter.api.Test;

class InterpolatorTest {
    private final ChebyshevInterpolator interpolator = new ChebyshevInterpolator();

    @Test
    void recoversAKnownPolynomial() {
        // a cubic in the mass is exactly representable by order 3: recovery to rounding (1e-10)
        double[] m = new double[12];
        double[] y = new double[12];
        double[] e = new double[12];
        for (int i = 0; i < m.length; i++) {
            m[i] = 0.2 + 0.8 * i;
            y[i] = cubic(m[i]);
            e[i] = 0.01 + 0.002 * i;
        }
        Interpolation f = interpolator.fit(m, y, e, 3, 0.1, 9.5);
        for (double x = 0.1; x <= 9.5; x += 0.37) {
            assertEquals(cubic(x), interpolator.value(f, x), 1e-10 * (1 + Math.abs(cubic(x))));
        }
        assertEquals(0.0, f.chi2(), 1e-15);
        assertEquals(8, f.ndf());
    }

    @Test
    void errorBandMatchesAnalyticWeightedMean() {
        // order 0 is the weighted mean: error 1/sqrt(sum 1/e^2) everywhere, chi2 = sum of squared pulls
        double[] m = {1, 2, 3, 4};
        double[] y = {1.0, 1.2, 0.9, 1.1};
        double[] e = {0.1, 0.2, 0.1, 0.2};
        Interpolation f = interpolator.fit(m, y, e, 0, 0, 5);
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < 4; i++) {
            sw += 1 / (e[i] * e[i]);
            swy += y[i] / (e[i] * e[i]);
        }
        double mean = swy / sw;
        double chi2 = 0;
        for (int i = 0; i < 4; i++) {
            chi2 += Math.pow((y[i] - mean) / e[i], 2);
        }
        assertEquals(mean, interpolator.value(f, 2.7), 1e-12);
        assertEquals(1 / Math.sqrt(sw), interpolator.error(f, 0.3), 1e-12);
        assertEquals(chi2, f.chi2(), 1e-10);
        // straight line through two points: the band at a point equals that point's error
        Interpolation line = interpolator.fit(new double[] {1, 3}, new double[] {2, 4}, new double[] {0.3, 0.5}, 1, 0, 4);
        assertEquals(0.3, interpolator.error(line, 1), 1e-12);
        assertEquals(0.5, interpolator.error(line, 3), 1e-12);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(InvalidInputException.class,
                () -> interpolator.fit(new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 1}, 2, 0, 3));
        assertThrows(InvalidInputException.class,
                () -> interpolator.fit(new double[] {1, 2}, new double[] {1, 2}, new double[] {1, 0}, 1, 0, 3));
        assertThrows(InvalidInputException.class,
                () -> interpolator.fit(new double[] {1, 5}, new double[] {1, 2}, new double[] {1, 1}, 1, 0, 3));
    }

    private static double cubic(double x) {
        return 0.5 - 1.3 * x + 0.21 * x * x - 0.011 * x * x * x;
    }
}
