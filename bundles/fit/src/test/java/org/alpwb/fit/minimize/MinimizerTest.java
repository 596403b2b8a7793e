package org.alpwb.fit.minimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.alpwb.api.InvalidInputException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class MinimizerTest {

    @Test
    void anUndefinedObjectiveGivesANonConvergedResultInsteadOfAnException() {
        // e.g. a likelihood on an empty fit window: every value is NaN, so is the Hessian
        MinimizationResult result = new Minimizer().minimize(x -> Double.NaN,
                java.util.List.of(Parameter.of("a", 1.0, 0.1), Parameter.of("b", 2.0, 0.1)));
        org.junit.jupiter.api.Assertions.assertFalse(result.converged(), result.message());
    }

    @Test
    void aFlatDirectionGivesANonConvergedResultInsteadOfAnException() {
        // b does not enter the function: its curvature is zero and the Hessian is singular
        MinimizationResult result = new Minimizer().minimize(x -> (x[0] - 3) * (x[0] - 3),
                java.util.List.of(Parameter.of("a", 1.0, 0.1), Parameter.of("b", 2.0, 0.1)));
        org.junit.jupiter.api.Assertions.assertEquals(3.0, result.values()[0], 1e-3);
        org.junit.jupiter.api.Assertions.assertFalse(result.converged(), "a singular Hessian is not a converged fit");
    }

    @Test
    void rosenbrockMinimumAndAnalyticCovariance() {
        ObjectiveFunction rosen = x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);
        MinimizationResult r = new Minimizer().withErrorDef(1).minimize(rosen,
                List.of(Parameter.of("x", -1.2, 0.1), Parameter.of("y", 1.0, 0.1)));
        assertTrue(r.converged(), r.message());
        // EDM < 2e-5 allows a distance ~ sqrt(EDM * max eigenvalue of H^-1) ~ 0.01 along the valley
        assertEquals(1.0, r.values()[0], 5e-3);
        assertEquals(1.0, r.values()[1], 1e-2);
        // analytic: H = [[802, -400], [-400, 200]] at (1, 1); cov = 2 up H^-1 = [[1, 2], [2, 4.01]];
        // the Hessian is evaluated at the found point, a few 1e-3 from (1, 1): 3 % tolerance
        assertEquals(1.0, r.covariance()[0][0], 0.03);
        assertEquals(2.0, r.covariance()[0][1], 0.06);
        assertEquals(4.01, r.covariance()[1][1], 0.12);
    }

    @Test
    void minimumAtALowerBound() {
        ObjectiveFunction f = x -> Math.pow(x[0] + 1, 2) + Math.pow(x[1] - 2, 2);
        MinimizationResult r = new Minimizer().withErrorDef(1).minimize(f,
                List.of(Parameter.bounded("x", 3, 0.5, 0, 5), Parameter.bounded("y", 0, 1, -10, 10)));
        // the sin transform approaches the bound quadratically in the internal variable: 1e-3 is
        // what EDM 2e-5 implies for the external value
        assertEquals(0.0, r.values()[0], 1e-3);
        assertTrue(r.values()[0] >= 0);
        assertEquals(2.0, r.values()[1], 1e-3);
        assertEquals(1.0, r.minimum(), 3e-3);
    }

    @Test
    void minimumAtAnUpperOnlyBoundAndStartOnTheBound() {
        ObjectiveFunction f = x -> Math.pow(x[0] - 3, 2);
        MinimizationResult r = new Minimizer().withErrorDef(1).minimize(f,
                List.of(Parameter.bounded("x", 1, 0.5, Double.NEGATIVE_INFINITY, 1)));
        assertEquals(1.0, r.values()[0], 1e-3);
        ObjectiveFunction g = x -> Math.pow(x[0] - 0.4, 2) / (2 * 0.01);
        MinimizationResult s = new Minimizer().minimize(g, List.of(Parameter.bounded("x", 0, 0.05, 0, 1)));
        assertTrue(s.converged(), s.message());
        assertEquals(0.4, s.values()[0], 1e-4);
        // NLL of a Gaussian with sigma 0.1: the error maps back through the transform exactly
        assertEquals(0.1, s.errors()[0], 1e-3);
    }

    @Test
    void gaussianLikelihoodHasAnalyticEstimatesAndErrors() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {11, 22, 33, 44});
        int n = 2000;
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = 1.5 + 0.7 * gauss(rng);
        }
        ObjectiveFunction nll = p -> {
            double s = 0;
            for (double x : data) {
                double t = (x - p[0]) / p[1];
                s += 0.5 * t * t;
            }
            return s + n * Math.log(p[1]);
        };
        MinimizationResult r = new Minimizer().minimize(nll,
                List.of(Parameter.of("mu", 0, 0.5), Parameter.bounded("sigma", 2, 0.5, 1e-3, 10)));
        double mean = 0;
        for (double x : data) {
            mean += x / n;
        }
        double var = 0;
        for (double x : data) {
            var += (x - mean) * (x - mean) / n;
        }
        double sigmaHat = Math.sqrt(var);
        assertTrue(r.converged(), r.message());
        // MLE: mean and RMS; EDM 1e-5 bounds the offset to ~0.005 of an error
        double errMu = sigmaHat / Math.sqrt(n);
        double errSigma = sigmaHat / Math.sqrt(2.0 * n);
        assertEquals(mean, r.values()[0], 0.01 * errMu);
        assertEquals(sigmaHat, r.values()[1], 0.01 * errSigma);
        // analytic inverse Hessian at the MLE; numerical second derivatives good to ~1e-4 relative
        assertEquals(errMu, r.errors()[0], 1e-3 * errMu);
        assertEquals(errSigma, r.errors()[1], 1e-3 * errSigma);
        assertEquals(0.0, r.correlation(0, 1), 1e-3);
    }

    @Test
    void fixedParametersStayAndHaveZeroError() {
        ObjectiveFunction f = x -> Math.pow(x[0] - x[1], 2) + Math.pow(x[2] - 4, 2);
        MinimizationResult r = new Minimizer().withErrorDef(1).minimize(f,
                List.of(Parameter.of("a", 0, 1), Parameter.fixed("b", 2.5), Parameter.of("c", 0, 1)));
        assertEquals(2.5, r.values()[0], 1e-4);
        assertEquals(2.5, r.values()[1], 0.0);
        assertEquals(0.0, r.errors()[1], 0.0);
        assertEquals(4.0, r.values()[2], 1e-4);
        assertEquals(1.0, r.errors()[0], 1e-3);
    }

    @Test
    void backsOffFromUndefinedRegions() {
        // f = x - ln x is NaN for x < 0; minimum at 1 with f'' = 1: error 1 for errorDef 0.5
        ObjectiveFunction f = x -> x[0] - Math.log(x[0]);
        MinimizationResult r = new Minimizer().minimize(f, List.of(Parameter.of("x", 6, 5)));
        assertTrue(r.converged(), r.message());
        assertEquals(1.0, r.values()[0], 1e-3);
        assertEquals(1.0, r.errors()[0], 1e-3);
    }

    @Test
    void minosMatchesIndependentCrossings() {
        // Poisson NLL for n = 10 observed: crossings of mu - n ln mu = NLLmin + 0.5, found here by
        // plain bisection on the analytic function; Brent accuracy is 1e-4 of the error
        int n = 10;
        ObjectiveFunction f = x -> x[0] - n * Math.log(x[0]);
        List<Parameter> ps = List.of(Parameter.bounded("mu", 5, 1, 0, 100));
        Minimizer m = new Minimizer();
        MinimizationResult r = m.minimize(f, ps);
        MinosError e = m.minos(f, ps, r, 0);
        double target = n - n * Math.log(n) + 0.5;
        double lo = bisect(mu -> mu - n * Math.log(mu) - target, 1, 10);
        double hi = bisect(mu -> mu - n * Math.log(mu) - target, 10, 30);
        assertTrue(e.lowerValid() && e.upperValid());
        assertEquals(lo - 10, e.lower(), 2e-3);
        assertEquals(hi - 10, e.upper(), 2e-3);
        // a correlated 2D Gaussian: MINOS = parabolic = sqrt(V_11) exactly
        ObjectiveFunction g = x -> (x[0] * x[0] - 1.2 * x[0] * x[1] + x[1] * x[1]) / (2 * (1 - 0.36));
        List<Parameter> gp = List.of(Parameter.of("a", 1, 1), Parameter.of("b", -1, 1));
        MinimizationResult rg = m.minimize(g, gp);
        MinosError eg = m.minos(g, gp, rg, 1);
        assertEquals(-1.0, eg.lower(), 2e-3);
        assertEquals(1.0, eg.upper(), 2e-3);
        assertEquals(1.0, rg.errors()[1], 1e-3);
        assertEquals(0.6, rg.correlation(0, 1), 1e-3);
    }

    @Test
    void badInputNamesTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Parameter.bounded("width", 5, 1, 0, 2));
        assertTrue(e.getMessage().contains("parameter.width.value"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> new Minimizer().withErrorDef(0));
        assertThrows(InvalidInputException.class, () -> new Minimizer().minimize(x -> 0,
                List.of(Parameter.of("a", 0, 1), Parameter.of("a", 0, 1))));
    }

    static double bisect(java.util.function.DoubleUnaryOperator h, double a, double b) {
        double fa = h.applyAsDouble(a);
        for (int i = 0; i < 200; i++) {
            double m = 0.5 * (a + b);
            double fm = h.applyAsDouble(m);
            if (fa * fm <= 0) {
                b = m;
            } else {
                a = m;
                fa = fm;
            }
        }
        return 0.5 * (a + b);
    }

    static double gauss(UniformRandomProvider rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
