package org.alpwb.reco.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The generic fitter against closed-form results for linear constraints, and Jacobians against finite differences. */
class ConstrainedFitterTest {

    @Test
    void twoMeasurementsOfOneQuantityGiveTheWeightedMean() {
        // y1 = 3 +- 1, y2 = 5 +- 2, constraint a1 = a2: weighted mean (3/1 + 5/4)/(1 + 1/4) = 3.4,
        // variance 1/(1 + 1/4) = 0.8, chi2 = (3 - 5)^2 / (1 + 4) = 0.8 (textbook least squares)
        ConstraintFunction equal = new ConstraintFunction() {
            @Override
            public int constraintCount() {
                return 1;
            }

            @Override
            public void evaluate(double[] a, double[] z, double[] f, double[][] d, double[][] e) {
                f[0] = a[0] - a[1];
                d[0][0] = 1;
                d[0][1] = -1;
            }
        };
        FitResult fit = ConstrainedFitter.defaults().fit(new double[] {3, 5}, new double[][] {{1, 0}, {0, 4}},
                new double[0], equal);
        assertTrue(fit.converged());
        assertEquals(3.4, fit.parameter(0), 1e-12);
        assertEquals(3.4, fit.parameter(1), 1e-12);
        assertEquals(0.8, fit.covariance(0, 0), 1e-12);
        assertEquals(0.8, fit.covariance(1, 1), 1e-12);
        assertEquals(0.8, fit.chi2(), 1e-12);
        assertEquals(1, fit.ndf());
        // pull of a1: (3.4 - 3) / sqrt(1 - 0.8)
        assertEquals(0.4 / Math.sqrt(0.2), fit.pull(0), 1e-12);
        assertEquals(0.37109336952269756, fit.pValue(), 1e-9); // P(chi2_1 > 0.8) = erfc(sqrt(0.4)), from Python math.erfc
    }

    @Test
    void anUnmeasuredParameterIsTheWeightedMeanWithItsVariance() {
        // a1 = z, a2 = z with z free: same weighted mean for z, var(z) = 0.8, ndf = 2 - 1
        ConstraintFunction common = new ConstraintFunction() {
            @Override
            public int constraintCount() {
                return 2;
            }

            @Override
            public void evaluate(double[] a, double[] z, double[] f, double[][] d, double[][] e) {
                f[0] = a[0] - z[0];
                f[1] = a[1] - z[0];
                d[0][0] = 1;
                d[0][1] = 0;
                d[1][0] = 0;
                d[1][1] = 1;
                e[0][0] = -1;
                e[1][0] = -1;
            }
        };
        FitResult fit = ConstrainedFitter.defaults().fit(new double[] {3, 5}, new double[][] {{1, 0}, {0, 4}},
                new double[] {100}, common);
        assertTrue(fit.converged());
        assertEquals(3.4, fit.unmeasured(0), 1e-12);
        assertEquals(0.8, fit.unmeasuredCovariance(0, 0), 1e-12);
        assertEquals(0.8, fit.chi2(), 1e-12);
        assertEquals(1, fit.ndf());
        assertEquals(0.8, fit.covariance(0, 0), 1e-12);
    }

    @Test
    void nonLinearConstraintConvergesToTheAnalyticMinimum() {
        // a point (x, y) measured at (2, 0) with unit errors, constrained to the unit circle: the
        // closest point is (1, 0), chi2 = 1
        ConstraintFunction circle = new ConstraintFunction() {
            @Override
            public int constraintCount() {
                return 1;
            }

            @Override
            public void evaluate(double[] a, double[] z, double[] f, double[][] d, double[][] e) {
                f[0] = a[0] * a[0] + a[1] * a[1] - 1;
                d[0][0] = 2 * a[0];
                d[0][1] = 2 * a[1];
            }
        };
        FitResult fit = ConstrainedFitter.defaults().fit(new double[] {2, 0.3}, new double[][] {{1, 0}, {0, 1}},
                new double[0], circle);
        assertTrue(fit.converged());
        double r = Math.hypot(2, 0.3);
        assertEquals(2 / r, fit.parameter(0), 1e-7);
        assertEquals(0.3 / r, fit.parameter(1), 1e-7);
        assertEquals((r - 1) * (r - 1), fit.chi2(), 1e-6);
        assertTrue(fit.maxConstraintResidual() < 1e-6);
    }

    @Test
    void particleJacobiansMatchFiniteDifferences() {
        double[] params = {0.7, 1.1, -2.5};
        for (ParticleFitType type : ParticleFitType.values()) {
            double[] p4 = new double[4];
            double[][] j = new double[4][3];
            type.fourMomentum(params, 0, 0.000511, p4, j, 0);
            for (int k = 0; k < 3; k++) {
                double h = 1e-6;
                double[] up = params.clone();
                double[] down = params.clone();
                up[k] += h;
                down[k] -= h;
                double[] pu = new double[4];
                double[] pd = new double[4];
                type.fourMomentum(up, 0, 0.000511, pu, null, 0);
                type.fourMomentum(down, 0, 0.000511, pd, null, 0);
                for (int c = 0; c < 4; c++) {
                    // central differences: error O(h^2) ~ 1e-12, rounding ~ 1e-10
                    assertEquals((pu[c] - pd[c]) / (2 * h), j[c][k], 1e-7, type + " d p" + c + "/d param" + k);
                }
            }
            double[] back = new double[3];
            type.parametersOf(p4[1], p4[2], p4[3], p4[0], back, 0);
            assertEquals(params[0], back[0], 1e-12);
            assertEquals(params[1], back[1], 1e-12);
            assertEquals(params[2], back[2], 1e-12);
        }
    }
}
