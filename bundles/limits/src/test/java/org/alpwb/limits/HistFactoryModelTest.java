package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.HypothesisTestResult;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.pyhf.WorkspaceReader;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class HistFactoryModelTest {

    private static HistFactoryModel allModifiers() {
        return HistFactoryCompiler.compile(WorkspaceReader.parse(Models.resource("all-modifiers.json"), "x"), "meas", "x");
    }

    @Test
    void analyticGradientMatchesFiniteDifferences() {
        HistFactoryModel m = allModifiers();
        RandomGenerator r = RandomSource.XO_SHI_RO_256_PP.create(new long[] {7})::nextLong;
        // points inside |alpha| < 1 (polynomial) and beyond (exponential / linear) interpolation
        for (double scale : new double[] {0.3, 1.7}) {
            double[] x = m.initialValues();
            for (int i = 0; i < x.length; i++) {
                double u = 2 * r.nextDouble() - 1;
                x[i] = m.lowerBounds()[i] < 0 ? scale * u : x[i] * (1 + 0.1 * u);
            }
            double[] g = m.gradient(x);
            for (int i = 0; i < x.length; i++) {
                double h = 1e-6;
                double[] a = x.clone();
                double[] b = x.clone();
                a[i] += h;
                b[i] -= h;
                double fd = (m.negativeLogLikelihood(a) - m.negativeLogLikelihood(b)) / (2 * h);
                // central difference error ~h^2 f''' + eps f / h ~ 1e-7 for f ~ 100
                assertEquals(fd, g[i], 1e-5 * (1 + Math.abs(fd)), m.parameterNames().get(i) + " at scale " + scale);
            }
        }
    }

    @Test
    void expectedRatesFollowModifiers() {
        HistFactoryModel m = allModifiers();
        double[] x = m.initialValues();
        double[] e = m.expected(x);
        // nominal: signal + background (fixed_norm = 1, all gammas 1, alphas 0)
        assertEquals(55, e[0], 1e-12);
        assertEquals(200, e[3], 1e-12);
        x[m.parameterNames().indexOf("free_shape[1]")] = 2;
        assertEquals(360, m.expected(x)[4], 1e-12);
        x[m.parameterNames().indexOf("free_shape[1]")] = 1;
        int normsys = m.parameterNames().indexOf("bkg_norm");
        int histosys = m.parameterNames().indexOf("bkg_shape");
        x[normsys] = 1;
        x[histosys] = -1;
        e = m.expected(x);
        // every code gives hi exactly at alpha = +1 and lo at -1
        assertEquals(5 + 48 * 1.05, e[0], 1e-9);
        assertEquals(196 * 1.05, e[3], 1e-9);
        x[normsys] = 2;
        x[histosys] = 0;
        e = m.expected(x);
        assertEquals(180 * 1.05 * 1.05, e[4], 1e-9);
        // shapesys bin with zero uncertainty is masked: fixed at 1, no constraint
        assertTrue(m.fixedParameters()[m.parameterNames().indexOf("uncorr[1]")]);
    }

    /**
     * -ln L of the all-modifier workspace written out by hand from the HistFactory definitions (pyhf's docs:
     * continuous Poisson main terms; Gaussian constraints for lumi, normsys, histosys, staterror with sigma =
     * sqrt(sum delta^2) / sum nominal per bin; Poisson for shapesys with tau = (b / delta)^2, the zero-delta bin
     * masked; normsys code1, histosys code0) at a point off the nominal, compared with the compiled model: an
     * exact re-computation by other code of what the compiler builds, to rounding (1e-12 relative).
     */
    @Test
    void likelihoodEqualsTheHistFactoryFormulaWrittenOut() {
        HistFactoryModel m = allModifiers();
        List<String> names = m.parameterNames();
        double[] x = m.initialValues();
        java.util.function.BiConsumer<String, Double> set = (n, v) -> x[names.indexOf(n)] = v;
        double mu = 1.3;
        double lumi = 1.01;
        double sigEff = -0.4;
        double bkgShape = 0.7;
        double bkgNorm = -1.2;
        double[] stat = {1.02, 0.97, 1.05};
        double[] uncorr = {0.95, 1.0, 1.08};
        double[] free = {1.1, 0.9};
        set.accept("mu", mu);
        set.accept("lumi", lumi);
        set.accept("sig_eff", sigEff);
        set.accept("bkg_shape", bkgShape);
        set.accept("bkg_norm", bkgNorm);
        for (int b = 0; b < 3; b++) {
            set.accept("staterror_signal_region[" + b + "]", stat[b]);
            set.accept("uncorr[" + b + "]", uncorr[b]);
        }
        set.accept("free_shape[0]", free[0]);
        set.accept("free_shape[1]", free[1]);
        double effFactor = Math.pow(0.85, -sigEff);
        double normFactor = Math.pow(0.97, -bkgNorm);
        double[] sig = {5, 10, 3};
        double[] bkg = {50, 40, 30};
        double[] bkgHi = {53, 41, 28};
        double[] ctl = {200, 180};
        double[] ctlHi = {205, 182};
        double[] n = {57, 48, 33, 197, 186};
        double[] lambda = new double[5];
        for (int b = 0; b < 3; b++) {
            lambda[b] = sig[b] * mu * lumi * effFactor * stat[b]
                    + (bkg[b] + bkgShape * (bkgHi[b] - bkg[b])) * normFactor * 1.0 * stat[b] * uncorr[b];
        }
        for (int b = 0; b < 2; b++) {
            lambda[3 + b] = (ctl[b] + bkgShape * (ctlHi[b] - ctl[b])) * normFactor * free[b];
        }
        double nll = 0;
        for (int b = 0; b < 5; b++) {
            nll += lambda[b] - n[b] * Math.log(lambda[b]) + Gamma.logGamma(n[b] + 1);
        }
        double[][] gauss = {{1, lumi, 0.017}, {0, sigEff, 1}, {0, bkgShape, 1}, {0, bkgNorm, 1},
            {1, stat[0], Math.sqrt(0.5 * 0.5 + 2 * 2) / 55}, {1, stat[1], Math.sqrt(1.0) / 50},
            {1, stat[2], Math.sqrt(0.3 * 0.3 + 1.5 * 1.5) / 33}};
        for (double[] g : gauss) {
            double z = (g[0] - g[1]) / g[2];
            nll += 0.5 * z * z + Math.log(g[2] * Math.sqrt(2 * Math.PI));
        }
        for (double[] t : new double[][] {{Math.pow(50.0 / 3, 2), uncorr[0]}, {Math.pow(30.0 / 2, 2), uncorr[2]}}) {
            double nu = t[0] * t[1];
            nll += nu - t[0] * Math.log(nu) + Gamma.logGamma(t[0] + 1);
        }
        assertEquals(nll, m.negativeLogLikelihood(x), 1e-12 * Math.abs(nll));
    }

    @Test
    void allModifierModelGivesAnOrderedBand() {
        // plumbing check (the band order follows from Phi being monotonic); values are checked above and in
        // PyhfValidationTest
        HistFactoryModel m = allModifiers();
        HypothesisTestResult r = new AsymptoticCalculator().hypothesisTest(m, 1.0, CalculatorOptions.defaults(),
                ProgressMonitor.NONE);
        assertTrue(r.qAsimov() > 0.5 && r.clsObserved() > 0 && r.clsObserved() < 1, r.toString());
        double[] band = r.clsExpected();
        for (int i = 1; i < 5; i++) {
            assertTrue(band[i] > band[i - 1], "band ascending");
        }
    }
}
