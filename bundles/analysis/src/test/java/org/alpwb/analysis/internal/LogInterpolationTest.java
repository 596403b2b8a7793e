package org.alpwb.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.fit.internal.ChebyshevInterpolator;
import org.junit.jupiter.api.Test;

/** Log-space interpolation of the positive signal-model quantities (efficiency, sigma, alpha, n). */
class LogInterpolationTest {
    static final double[] MASSES = {0.3, 2.1, 3.9, 5.7, 7.5};
    static final double LO = 0.3;
    static final double HI = 7.5;
    static final ChebyshevInterpolator IN = new ChebyshevInterpolator();
    static final TaskConfig ORDERS = TaskConfig.empty("test", "orders"); // default order: 3 (cubic)

    static MassInterpolation logFit(String key, double[] v, double[] e) {
        Map<String, Object> j = SignalModelTask.interpolate(key, MASSES, v, e, LO, HI, ORDERS, IN);
        assertEquals("chebyshev-log", j.get("basis"));
        assertEquals(3, j.get("order"));
        return MassInterpolation.parse(j, "interpolation." + key, "test");
    }

    static double[] grid() {
        double[] m = new double[721];
        for (int i = 0; i < m.length; i++) {
            m[i] = LO + (HI - LO) * i / (m.length - 1);
        }
        return m;
    }

    @Test
    void smoothPositiveLawIsReproducedWithinItsErrorsAndStaysPositive() {
        double[] v = new double[MASSES.length];
        double[] e = new double[MASSES.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = 2 + MASSES[i]; // n(m) = 2 + m
            e[i] = 0.05 * v[i];
        }
        MassInterpolation f = logFit("nL", v, e);
        assertTrue(f.log());
        for (int i = 0; i < v.length; i++) {
            // at the points: well within the point's error, and the band is about +- the error (first order)
            assertEquals(v[i], f.value(IN, MASSES[i]), 0.25 * e[i]); // ln(2 + m) is not a cubic: 0.6 % at most
            double halfWidth = (f.upper(IN, MASSES[i]) - f.lower(IN, MASSES[i])) / 2;
            assertTrue(halfWidth > 0.5 * e[i] && halfWidth < 1.05 * e[i], "band " + halfWidth + " vs " + e[i]);
        }
        for (double m : grid()) {
            double value = f.value(IN, m);
            assertTrue(value > 0);
            // between the points as well: the true law lies inside the 1-sigma band
            assertTrue(f.lower(IN, m) < 2 + m && 2 + m < f.upper(IN, m), "truth outside the band at " + m);
            assertTrue(f.lower(IN, m) < value && value < f.upper(IN, m));
        }
    }

    @Test
    void noisySampleWhoseLinearCubicCrossesZeroStaysPositiveInLogSpace() {
        // n(m) = 2 + m with Gaussian noise and uneven errors (as the tail parameters of 30-300-event fits)
        double[] v = {2.0, 0.7, 4.2, 13.5, 7.2};
        double[] e = {0.69, 2.05, 1.77, 3.85, 4.75};
        // the old linear-space cubic goes below zero between the first two masses: this is what the
        // log-space fit must cure (otherwise the test would not show anything)
        MassInterpolation linear = MassInterpolation.fit(IN, false, MASSES, v, e, 3, LO, HI);
        double linearMin = Double.POSITIVE_INFINITY;
        for (double m : grid()) {
            linearMin = Math.min(linearMin, linear.value(IN, m));
        }
        assertTrue(linearMin < -0.5, "linear cubic minimum " + linearMin);

        MassInterpolation f = logFit("nR", v, e);
        for (double m : grid()) {
            double value = f.value(IN, m);
            assertTrue(value > 0 && Double.isFinite(value), "log-space value " + value + " at " + m);
            assertTrue(f.lower(IN, m) > 0 && f.lower(IN, m) < value && value < f.upper(IN, m));
        }
        for (int i = 0; i < v.length; i++) {
            // a fit with one degree of freedom: every point within 2 of its (log-space) errors
            double pull = (Math.log(v[i]) - Math.log(f.value(IN, MASSES[i]))) / (e[i] / v[i]);
            assertTrue(Math.abs(pull) < 2, "pull " + pull + " at " + MASSES[i]);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void nonPositiveValuesAreDroppedAndMuStaysLinear() {
        double[] masses = {0.3, 2.1, 3.9, 5.7, 7.5, 8.0};
        double[] v = {2.3, 4.1, -0.2, 7.7, 9.5, 10.0};
        double[] e = {0.1, 0.2, 0.3, 0.4, 0.5, Double.NaN};
        Map<String, Object> j = SignalModelTask.interpolate("alphaL", masses, v, e, 0.3, 8.0, ORDERS, IN);
        assertEquals(List.of(3.9, 8.0), j.get("droppedMassesGeV"));
        assertEquals("chebyshev-log", j.get("basis"));
        assertEquals(0, j.get("ndf")); // 4 points left, cubic
        // mu may be negative (a residual) and is fitted as is
        Map<String, Object> mu = SignalModelTask.interpolate("mu", masses, v, e, 0.3, 8.0, ORDERS, IN);
        assertEquals("chebyshev", mu.get("basis"));
        assertEquals(List.of(8.0), mu.get("droppedMassesGeV"));
        MassInterpolation m = MassInterpolation.parse(mu, "interpolation.mu", "test");
        assertFalse(m.log());
        assertEquals(IN.value(m.series(), 5.0), m.value(IN, 5.0), 0);
        assertEquals(IN.value(m.series(), 5.0) + IN.error(m.series(), 5.0), m.upper(IN, 5.0), 1e-15);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aParameterPinnedWithANonStatisticalErrorIsDroppedWithItsReason() {
        // as seen with the luminosity-mix overlay: one mass with a Hessian error of 3.6e-13 on a tail parameter,
        // which as a weight 1e12 times the others' made the least-squares system singular
        double[] masses = {0.3, 2.1, 3.9, 5.7, 7.5, 8.0};
        double[] v = {2.3, 4.1, 5.9, 7.7, 9.5, 200.0};
        double[] e = {0.1, 0.2, 0.3, 0.4, 0.5, 3.6e-13};
        Map<String, Object> j = SignalModelTask.interpolate("nR", masses, v, e, 0.3, 8.0, ORDERS, IN);
        assertEquals(List.of(8.0), j.get("droppedMassesGeV"));
        List<String> reasons = (List<String>) j.get("droppedReasons");
        assertTrue(reasons.get(0).startsWith("8.0 GeV: error 3.6E-13 below"), reasons.toString());
        MassInterpolation f = MassInterpolation.parse(j, "interpolation.nR", "test");
        assertEquals(5.9, f.value(IN, 3.9), 0.3); // the five real points still determine the series
        assertEquals(1, j.get("ndf"));
    }

    @Test
    void linearPayloadsOfEarlierRunsAreStillRead() {
        // a positive quantity written with the linear basis (before log space): evaluated as the plain series
        Map<String, Object> old = SignalModelTask.interpolate("mu", MASSES, new double[] {2.3, 4.1, 5.9, 7.7, 9.5},
                new double[] {0.1, 0.2, 0.3, 0.4, 0.5}, LO, HI, ORDERS, IN);
        MassInterpolation f = MassInterpolation.parse(old, "interpolation.sigma", "test");
        assertFalse(f.log());
        assertEquals(4.1, f.value(IN, 2.1), 1e-6 + 0.2 * 0.1);
        // and the log basis evaluates to exp(series)
        MassInterpolation g = logFit("sigma", new double[] {2.3, 4.1, 5.9, 7.7, 9.5},
                new double[] {0.1, 0.2, 0.3, 0.4, 0.5});
        assertEquals(Math.exp(IN.value(g.series(), 3.0)), g.value(IN, 3.0), 1e-15);
        assertEquals(Math.exp(IN.value(g.series(), 3.0) - IN.error(g.series(), 3.0)), g.lower(IN, 3.0), 1e-15);
    }
}
