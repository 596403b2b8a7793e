package org.alpwb.physics.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pointwise comparison of |M|^2 with textbook 2 -&gt; 2 cross sections (physics.md "Analytic
 * results"), dsigma/dOmega = |M|^2 p_f / (64 pi^2 s p_i). The formulas neglect m_e; at sqrt(s) =
 * 10.58 GeV and |cos| &lt;= 0.9 the neglected terms are O(m_e^2/|t|) &lt; 1e-7, so 1e-6 relative
 * tolerance checks every factor, sign and interference term.
 */
class AnalyticTwoToTwoTest {

    private static final double ALPHA = 1.0 / 137.035999;
    private static final double SQRT_S = 10.5796;
    private static final double S = SQRT_S * SQRT_S;
    private static final double TOL = 1e-6;

    private static double dsigmaDOmega(MatrixElement me, double[] p) {
        double pi = Math.sqrt(p[1] * p[1] + p[2] * p[2] + p[3] * p[3]);
        double pf = Math.sqrt(p[9] * p[9] + p[10] * p[10] + p[11] * p[11]);
        return me.squared(p) * pf / (64 * Math.PI * Math.PI * S * pi);
    }

    @Test
    void muonPairWithMassiveMuons() {
        MatrixElement me = MatrixElements.create("mumu", Map.of());
        double mmu = 0.1056584;
        double beta = Math.sqrt(1 - 4 * mmu * mmu / S);
        for (double c = -0.95; c < 0.96; c += 0.15) {
            double[] p = PhaseSpacePoints.twoBody(SQRT_S, mmu, mmu, c, 0.3);
            double expect = ALPHA * ALPHA / (4 * S) * beta * (1 + c * c + (1 - beta * beta) * (1 - c * c));
            assertEquals(expect, dsigmaDOmega(me, p), TOL * expect, "cos=" + c);
        }
        // near threshold the mass term matters: sqrt(s) = 0.25 GeV, beta = 0.29 (m_e^2/s ~ 4e-6 here)
        double sqrtS = 0.25;
        double s = sqrtS * sqrtS;
        double b = Math.sqrt(1 - 4 * mmu * mmu / s);
        double[] p = PhaseSpacePoints.twoBody(sqrtS, mmu, mmu, 0.4, 1.0);
        double expect = ALPHA * ALPHA / (4 * s) * b * (1 + 0.16 + (1 - b * b) * 0.84);
        double pi = Math.sqrt(p[3] * p[3]);
        double pf = Math.sqrt(p[9] * p[9] + p[10] * p[10] + p[11] * p[11]);
        double got = me.squared(p) * pf / (64 * Math.PI * Math.PI * s * pi);
        assertEquals(expect, got, 1e-4 * expect);
    }

    @Test
    void bhabhaAtLargeAngles() {
        MatrixElement me = MatrixElements.create("bhabha", Map.of());
        for (double c = -0.9; c < 0.91; c += 0.1) {
            double[] p = PhaseSpacePoints.twoBody(SQRT_S, PhaseSpacePoints.ME, PhaseSpacePoints.ME, c, 2.0);
            double half2 = (1 + c) / 2; // cos^2(theta/2)
            double sinHalf2 = (1 - c) / 2;
            double expect = ALPHA * ALPHA / (2 * S) * ((1 + half2 * half2) / (sinHalf2 * sinHalf2)
                    - 2 * half2 * half2 / sinHalf2 + (1 + c * c) / 2);
            assertEquals(expect, dsigmaDOmega(me, p), TOL * expect, "cos=" + c);
        }
    }

    @Test
    void diphotonAtLargeAngles() {
        MatrixElement me = MatrixElements.create("diphoton", Map.of());
        for (double c = -0.9; c < 0.91; c += 0.1) {
            double[] p = PhaseSpacePoints.twoBody(SQRT_S, 0, 0, c, -1.0);
            double expect = 2 * Math.PI * ALPHA * ALPHA / S * (1 + c * c) / (1 - c * c);
            assertEquals(expect, 2 * Math.PI * dsigmaDOmega(me, p), TOL * expect, "cos=" + c);
        }
    }

    @Test
    void alpStrahlungAngularDistributionAndTotal() {
        double g = 1e-3;
        for (double m : new double[] {0.2, 3.0, 9.0}) {
            MatrixElement me = MatrixElements.create("alp-strahlung", Map.of("massGeV", m, "couplingPerGeV", g));
            double r = 1 - m * m / S;
            double total = 0;
            // Gauss-Legendre with 3 points is exact for the quadratic 1 + cos^2: an independent check of
            // the total sigma = alpha g^2 / 24 (1 - m^2/s)^3
            double[] nodes = {-Math.sqrt(0.6), 0, Math.sqrt(0.6)};
            double[] weights = {5.0 / 9, 8.0 / 9, 5.0 / 9};
            for (int i = 0; i < 3; i++) {
                double[] p = PhaseSpacePoints.twoBody(SQRT_S, 0, m, nodes[i], 0.5);
                total += weights[i] * 2 * Math.PI * dsigmaDOmega(me, p);
            }
            double expectTotal = ALPHA * g * g / 24 * r * r * r;
            assertEquals(expectTotal, total, TOL * expectTotal, "m=" + m);
            for (double c = -0.95; c < 0.96; c += 0.25) {
                double[] p = PhaseSpacePoints.twoBody(SQRT_S, 0, m, c, 0.5);
                double expect = ALPHA * g * g / 64 * r * r * r * (1 + c * c);
                assertEquals(expect, 2 * Math.PI * dsigmaDOmega(me, p), TOL * expect, "m=" + m + " cos=" + c);
            }
        }
    }
}
