package org.alpwb.fit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alpwb.api.fit.BackgroundFit;
import org.alpwb.api.hist.Histogram1D;
import org.alpwb.fit.pdf.BoundShape;
import org.alpwb.fit.pdf.ExpChebyshev;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ExpChebyshevBackgroundTest {

    /** Order 1 is exp(c1 x'), whose integral is analytic: (hi - lo) / (2 c1) (e^{c1 x'_b} - e^{c1 x'_a}). */
    @Test
    void quadratureMatchesTheAnalyticIntegralOfOrderOne() {
        double lo = 2;
        double hi = 5;
        double c1 = -3.7;
        BoundShape s = new ExpChebyshev(1, lo, hi).bind(new double[] {c1});
        for (double[] ab : new double[][] {{2, 5}, {2.3, 2.31}, {3.1, 4.9}}) {
            double ta = (2 * ab[0] - lo - hi) / (hi - lo);
            double tb = (2 * ab[1] - lo - hi) / (hi - lo);
            double exact = (hi - lo) / (2 * c1) * (Math.exp(c1 * tb) - Math.exp(c1 * ta));
            assertEquals(exact, s.integral(ab[0], ab[1]), 1e-13 * Math.abs(exact));
        }
        assertEquals(Math.exp(c1 * -1), s.value(lo), 1e-15);
    }

    /** Positive for any coefficients, where a Chebyshev series with the same ones goes negative. */
    @Test
    void positiveForAnyCoefficients() {
        BoundShape s = new ExpChebyshev(3, 0, 1).bind(new double[] {-4, 3, -2.5});
        for (double x = 0; x <= 1; x += 1e-3) {
            assertTrue(s.value(x) > 0, "at " + x);
        }
    }

    /**
     * A steeply falling spectrum (exp(-6 x) on [0, 1], 20000 events, a blind window): the exp-Chebyshev(1) fit
     * reproduces the slope within its error (4 sigma), its density is positive on the whole range, and the fit
     * quality is acceptable (p > 1e-3).
     */
    @Test
    void fitsAFallingSpectrumWithAPositiveDensity() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {11, 12, 13, 14});
        int bins = 100;
        double[] edges = Histogram1D.uniformEdges(bins, 0, 1);
        double[] counts = new double[bins];
        double norm = (1 - Math.exp(-6)) / 6;
        for (int b = 0; b < bins; b++) {
            double mu = 20000 * (Math.exp(-6 * edges[b]) - Math.exp(-6 * edges[b + 1])) / 6 / norm;
            counts[b] = PoissonSampler.of(rng, mu).sample();
        }
        ExpChebyshevBackgroundModel model = new ExpChebyshevBackgroundModel(1);
        BackgroundFit fit = model.fit(new Histogram1D(edges, counts, counts, 0, 0), 0, 1, 0.4, 0.5);
        assertTrue(fit.quality().converged(), fit.quality().message());
        // exp(c1 x'), x' = 2x - 1: c1 = -3 for exp(-6 x)
        double c1 = fit.parameters().values()[1];
        assertEquals(-3, c1, 4 * fit.parameters().errors()[1]);
        for (double x = 0; x <= 1; x += 0.01) {
            assertTrue(model.density(fit, x) > 0);
        }
        assertTrue(fit.quality().pValue() > 1e-3, "p " + fit.quality().pValue());
    }
}
