package org.alpwb.fit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alpwb.api.InvalidInputException;
import org.alpwb.api.fit.BackgroundFit;
import org.alpwb.api.fit.ShapeFit;
import org.alpwb.api.hist.Histogram1D;
import org.alpwb.fit.likelihood.MaximumLikelihoodFit;
import org.alpwb.fit.likelihood.Model;
import org.alpwb.fit.likelihood.UnbinnedLikelihood;
import org.alpwb.fit.minimize.Minimizer;
import org.alpwb.fit.minimize.Parameter;
import org.alpwb.fit.pdf.BoundShape;
import org.alpwb.fit.pdf.Chebyshev;
import org.alpwb.fit.pdf.DoubleSidedCrystalBall;
import org.alpwb.fit.pdf.Gaussian;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.junit.jupiter.api.Test;

/**
 * Closure and coverage with toys (fixed seeds). For T toys the mean of unit-width pulls has
 * standard error 1/sqrt(T) and their width about 1/sqrt(2T); tolerances are 3 of those (plus the ML bias
 * where stated), so each check fails by chance with probability ~3e-3.
 */
class FitValidationTest {
    private static final double[] DSCB = {-0.3, 1.1, 0.8, 2, 1.4, 4};
    private static final double LO = -6;
    private static final double HI = 4;

    @Test
    void extendedSignalPlusBackgroundClosure() {
        int toys = 100;
        double nS = 800;
        double nB = 2000;
        Chebyshev cheb = new Chebyshev(2, LO, HI);
        BoundShape sig = new DoubleSidedCrystalBall().bind(DSCB);
        BoundShape bkg = cheb.bind(new double[] {0.3, -0.2});
        UniformRandomProvider rng = Toys.rng(101);
        double[] truth = {nS, nB, -0.3, 1.1, 0.3, -0.2};
        int[] floating = {0, 1, 2, 3, 8, 9};
        double[][] pulls = new double[truth.length][toys];
        for (int t = 0; t < toys; t++) {
            int ns = PoissonSampler.of(rng, nS).sample();
            int nb = PoissonSampler.of(rng, nB).sample();
            double[] s = Toys.sample(rng, sig, LO, HI, ns);
            double[] b = Toys.sample(rng, bkg, LO, HI, nb);
            double[] x = new double[ns + nb];
            System.arraycopy(s, 0, x, 0, ns);
            System.arraycopy(b, 0, x, ns, nb);
            Model model = new Model(List.of(new DoubleSidedCrystalBall(), cheb), true, LO, HI, Double.NaN, Double.NaN);
            List<Parameter> p = new ArrayList<>(List.of(
                    Parameter.bounded("nS", 700, 30, 0, 1e5), Parameter.bounded("nB", 2100, 50, 0, 1e5),
                    Parameter.bounded("mu", -0.2, 0.05, LO, HI), Parameter.bounded("sigma", 1.0, 0.05, 0.1, 5),
                    Parameter.fixed("aL", 0.8), Parameter.fixed("nL", 2), Parameter.fixed("aR", 1.4),
                    Parameter.fixed("nR", 4), Parameter.of("c1", 0.2, 0.05), Parameter.of("c2", -0.1, 0.05)));
            MaximumLikelihoodFit.Result r = MaximumLikelihoodFit.fit(new UnbinnedLikelihood(model, x, null), p,
                    new Minimizer());
            assertTrue(r.minimum().converged(), r.minimum().message());
            for (int k = 0; k < floating.length; k++) {
                int i = floating[k];
                pulls[k][t] = (r.values()[i] - truth[k]) / r.errors()[i];
            }
        }
        for (int k = 0; k < truth.length; k++) {
            double[] mw = Toys.meanAndWidth(pulls[k]);
            // 100 toys: mean +- 0.1, width +- 0.071 statistically (3 sigma: 0.3, 0.21); the ML bias at 800
            // signal events is a few % of an error (allowance 0.05)
            assertEquals(0.0, mw[0], 0.3 + 0.05, "pull mean of parameter " + k);
            assertEquals(1.0, mw[1], 0.21 + 0.05, "pull width of parameter " + k);
        }
    }

    @Test
    void weightedErrorsCoverWithSumW2() {
        int toys = 150;
        UniformRandomProvider rng = Toys.rng(202);
        BoundShape g = new Gaussian().bind(new double[] {0.5, 1.0});
        double[] corrected = new double[toys];
        double[] raw = new double[toys];
        for (int t = 0; t < toys; t++) {
            double[] x = Toys.sample(rng, g, -4, 5, 400);
            double[] w = new double[x.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = 3 * (0.5 + rng.nextDouble());
            }
            UnbinnedLikelihood nll = new UnbinnedLikelihood(Model.single(new Gaussian(), -4, 5), x, w);
            MaximumLikelihoodFit.Result r = MaximumLikelihoodFit.fit(nll,
                    List.of(Parameter.of("mu", 0, 0.1), Parameter.bounded("sigma", 1.2, 0.1, 0.01, 10)), new Minimizer());
            assertTrue(r.sumW2());
            corrected[t] = (r.values()[0] - 0.5) / r.errors()[0];
            raw[t] = (r.values()[0] - 0.5) / r.minimum().errors()[0];
        }
        double[] c = Toys.meanAndWidth(corrected);
        double[] u = Toys.meanAndWidth(raw);
        // 150 toys: width known to +- 0.058; 0.18 is ~3 of those
        assertEquals(0.0, c[0], 0.3);
        assertEquals(1.0, c[1], 0.18);
        // without the correction errors shrink by sqrt(mean w) ~ 1.7: pulls far too wide
        assertTrue(u[1] > 1.45, "uncorrected width " + u[1]);
    }

    @Test
    void blindedBackgroundFitPredictsTheWindow() {
        int toys = 400;
        double low = 0.5;
        double high = 2.5;
        double total = 5000;
        ChebyshevBackgroundModel model = new ChebyshevBackgroundModel(3);
        BoundShape truth = new Chebyshev(3, low, high).bind(new double[] {-0.4, 0.15, -0.05});
        double norm = truth.integral(low, high);
        double trueWindow = total * truth.integral(1.4, 1.6) / norm;
        double[] edges = Histogram1D.uniformEdges(100, low, high);
        UniformRandomProvider rng = Toys.rng(303);
        double[] pulls = new double[toys];
        double[] pValues = new double[toys];
        for (int t = 0; t < toys; t++) {
            double[] counts = new double[100];
            for (int b = 0; b < 100; b++) {
                double mu = total * truth.integral(edges[b], edges[b + 1]) / norm;
                counts[b] = PoissonSampler.of(rng, mu).sample();
            }
            Histogram1D h = new Histogram1D(edges, counts, counts, 0, 0);
            BackgroundFit fit = model.fit(h, low, high, 1.4, 1.6);
            assertTrue(fit.quality().converged(), fit.quality().message());
            assertEquals(90 - 4, fit.quality().ndf()); // 100 bins, 10 blind, 4 free
            pulls[t] = (fit.windowExpected() - trueWindow) / fit.windowError();
            pValues[t] = fit.quality().pValue();
            assertEquals(fit.windowExpected(), model.expected(fit, 1.4, 1.6), 1e-9 * trueWindow);
        }
        double[] mw = Toys.meanAndWidth(pulls);
        // 400 toys: mean +- 0.05, width +- 0.035; 3 sigma
        assertEquals(0.0, mw[0], 0.15);
        assertEquals(1.0, mw[1], 0.106);
        // p-values of a correct model are uniform: mean 0.5 +- 0.289 / 20 = 0.0144 for 400 toys; 3 sigma
        assertEquals(0.5, Toys.meanAndWidth(pValues)[0], 0.043);
    }

    @Test
    void dscbServiceFitsAllSixParameters() {
        UniformRandomProvider rng = Toys.rng(404);
        double[] x = Toys.sample(rng, new DoubleSidedCrystalBall().bind(DSCB), LO, HI, 20000);
        DscbShapeFitter fitter = new DscbShapeFitter();
        ShapeFit fit = fitter.fit(x, null, LO, HI, Map.of());
        assertTrue(fit.quality().converged(), fit.quality().message());
        double[] v = fit.parameters().values();
        double[] e = fit.parameters().errors();
        for (int i = 0; i < 6; i++) {
            // one sample: each estimate within 4 errors of the truth (fails with probability ~4e-4)
            assertEquals(DSCB[i], v[i], 4 * e[i], fitter.parameterNames().get(i));
        }
        assertEquals(44, fit.quality().ndf());
        assertTrue(fit.quality().pValue() > 1e-3, "p = " + fit.quality().pValue());
        assertEquals(1.0, fitter.fraction(v, LO, HI, LO, HI), 1e-14);
        assertThrows(InvalidInputException.class, () -> fitter.fit(x, null, LO, HI, Map.of("width", 1.0)));
    }
}
