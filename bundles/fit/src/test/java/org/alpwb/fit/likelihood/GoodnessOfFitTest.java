package org.alpwb.fit.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class GoodnessOfFitTest {

    @Test
    void unitWeightsGiveThePearsonChi2AndItsTailProbability() {
        double[] n = {12, 7, 0, 3};
        double[] nu = {10, 8, 1.5, 2.5};
        GoodnessOfFit g = GoodnessOfFit.pearson(n, n, nu, 1);
        double chi2 = 4.0 / 10 + 1.0 / 8 + 1.5 + 0.25 / 2.5;
        assertEquals(chi2, g.chi2(), 1e-12);
        assertEquals(3, g.ndf());
        // chi2 with 3 dof: P(> x) = 2 Q(1.5, x/2) ... = erfc(sqrt(x/2)) + sqrt(2x/pi) exp(-x/2)
        double x = chi2;
        double p = org.apache.commons.math3.special.Erf.erfc(Math.sqrt(x / 2)) + Math.sqrt(2 * x / Math.PI) * Math.exp(-x / 2);
        assertEquals(p, g.pValue(), 1e-12);
    }

    /**
     * A correct model and weighted pseudo-data with many empty bins (weight 1000 per event, 0.5 expected events
     * per bin): each bin's Pearson term has mean 1 and variance 2 + 1/nu_events = 4, so chi2/ndf over 400
     * bins is 1 +- 0.1. Giving empty bins a variance scale of 1 instead of the weight would make each empty
     * bin contribute nu = 500 and chi2/ndf ~300.
     */
    @Test
    void weightedSampleWithEmptyBinsGivesChi2PerNdfNearOne() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {5, 6, 7, 8});
        int bins = 400;
        double weight = 1000;
        double[] n = new double[bins];
        double[] w2 = new double[bins];
        double[] nu = new double[bins];
        int empty = 0;
        for (int b = 0; b < bins; b++) {
            double events = 0.3 + 0.4 * b / bins;
            int k = PoissonSampler.of(rng, events).sample();
            n[b] = weight * k;
            w2[b] = weight * weight * k;
            nu[b] = weight * events;
            empty += k == 0 ? 1 : 0;
        }
        assertTrue(empty > 200, "many empty bins: " + empty);
        GoodnessOfFit g = GoodnessOfFit.pearson(n, w2, nu, 0);
        assertEquals(1.0, g.chi2() / g.ndf(), 4 * 0.1, "chi2/ndf " + g.chi2() / g.ndf());
        assertTrue(g.pValue() > 1e-4, "p " + g.pValue());
        // a wrong model (half the rate: each term has mean 2 + nu/2 instead of 1) is flagged
        double[] wrong = nu.clone();
        for (int b = 0; b < bins; b++) {
            wrong[b] *= 0.5;
        }
        assertTrue(GoodnessOfFit.pearson(n, w2, wrong, 0).pValue() < 1e-3);
    }
}
