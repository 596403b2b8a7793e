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
        // code 4 at alpha = +1 gives hi exactly; code 4p at -1 gives lo exactly
        assertEquals(5 + 48 * 1.05, e[0], 1e-9);
        assertEquals(196 * 1.05, e[3], 1e-9);
        x[normsys] = 2;
        x[histosys] = 0;
        e = m.expected(x);
        assertEquals(180 * 1.05 * 1.05, e[4], 1e-9);
        // shapesys bin with zero uncertainty is masked: fixed at 1, no constraint
        assertTrue(m.fixedParameters()[m.parameterNames().indexOf("uncorr[1]")]);
    }

    @Test
    void allModifierModelGivesAnOrderedBand() {
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
