package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.alpwb.limits.stats.AsymptoticFormulae;
import org.alpwb.limits.stats.Normal;
import org.junit.jupiter.api.Test;

class NormalTest {

    @Test
    void farTailsMatchPyhfTo1e6Relative() {
        // statistics.md: one-sided p for 5..9 sigma [src: pyhf tests], required to 1e-6 relative
        double[] p = {2.866515718791945e-07, 9.865876450377018e-10, 1.279812543885835e-12, 6.220960574271829e-16,
            1.1285884059538408e-19};
        for (int k = 0; k < p.length; k++) {
            double z = 5 + k;
            assertEquals(p[k], Normal.sf(z), 1e-6 * p[k], "sf(" + z + ")");
            assertEquals(p[k], Normal.cdf(-z), 1e-6 * p[k], "cdf(-" + z + ")");
            // the inverse keeps the precision too (matters for band targets at small alpha)
            assertEquals(-z, Normal.quantile(p[k]), 1e-9 * z, "quantile");
        }
    }

    @Test
    void gaussianBandFactors() {
        // statistics.md quotes 7 significant digits: compare to 1e-6 absolute (the factors are O(1))
        double[] a05 = {1.051763, 1.411994, 1.959964, 2.727185, 3.655984};
        double[] a10 = {0.837276, 1.147782, 1.644854, 2.377787, 3.294624};
        for (int i = 0; i < 5; i++) {
            double n = AsymptoticFormulae.BAND_SIGMAS[i];
            assertEquals(a05[i], AsymptoticFormulae.gaussianBandFactor(n, 0.05), 1e-6, "alpha 0.05, N=" + n);
            assertEquals(a10[i], AsymptoticFormulae.gaussianBandFactor(n, 0.10), 1e-6, "alpha 0.10, N=" + n);
        }
    }

    @Test
    void pValuesInSqrtQSpace() {
        // q = q_A: ts = 0, CLb = 1/2, CLs+b = Phi(-sqrt(q_A)); beyond q_A the other branch applies
        double[] p = AsymptoticFormulae.pValues(4, 4);
        assertEquals(0.5, p[1], 1e-15);
        assertEquals(Normal.cdf(-2), p[0], 1e-15);
        double[] far = AsymptoticFormulae.pValues(9, 4);
        assertEquals(Normal.cdf(-(1.25 + 2)), far[0], 1e-15);
        assertEquals(Normal.cdf(-1.25), far[1], 1e-15);
    }
}
