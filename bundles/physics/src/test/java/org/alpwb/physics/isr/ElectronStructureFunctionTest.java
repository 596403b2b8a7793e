package org.alpwb.physics.isr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ElectronStructureFunctionTest {

    @Test
    void betaHasTheTextbookValueAtBelleII() {
        double s = 10.5796 * 10.5796;
        double beta = 2 / 137.035999 / Math.PI * (Math.log(s / (0.51099895e-3 * 0.51099895e-3)) - 1);
        assertEquals(beta, new ElectronStructureFunction(s).beta(), 1e-15);
        // ln(s/m_e^2) = 19.88 at sqrt(s) = 10.58 GeV, so beta = 0.004646 * 18.88 = 0.0877
        assertEquals(0.0877, beta, 1e-4);
    }

    @Test
    void samplingReproducesNormalisationAndFirstMoment() {
        ElectronStructureFunction d = new ElectronStructureFunction(10.58 * 10.58);
        double b = d.beta();
        // analytic: int D dx = 1 exactly; <1 - x> = (1 + 3b/8)(b/2)/(1 + b/2) - b/6
        double firstMoment = (1 + 3 * b / 8) * (b / 2) / (1 + b / 2) - b / 6;
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {9, 9, 9, 9});
        int n = 1_000_000;
        double s0 = 0;
        double s1 = 0;
        double s0sq = 0;
        double s1sq = 0;
        for (int i = 0; i < n; i++) {
            double y = d.sampleOneMinusX(rng.nextDouble());
            double w = d.weight(y);
            s0 += w;
            s1 += w * y;
            s0sq += w * w;
            s1sq += w * y * w * y;
        }
        double e0 = Math.sqrt((s0sq / n - (s0 / n) * (s0 / n)) / n);
        double e1 = Math.sqrt((s1sq / n - (s1 / n) * (s1 / n)) / n);
        // 4 standard errors
        assertEquals(1, s0 / n, 4 * e0);
        assertEquals(firstMoment, s1 / n, 4 * e1);
    }

    @Test
    void densityMatchesTheClosedForm() {
        // plumbing (issue 16): the closed form written again; the independent checks are the textbook beta and
        // the analytic normalisation and first moment above
        ElectronStructureFunction d = new ElectronStructureFunction(100);
        double b = d.beta();
        double y = 0.2;
        double expected = b / 2 * Math.pow(y, b / 2 - 1) * (1 + 3 * b / 8) - b / 4 * (2 - y);
        assertEquals(expected, d.density(y), 1e-14);
        // weight = density / sampling density
        assertEquals(expected / (b / 2 * Math.pow(y, b / 2 - 1)), d.weight(y), 1e-13);
    }
}
