package org.alpwb.physics.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * e+e- -> gamma gamma gamma against the closed massless tree-level formula of Berends, Kleiss, De Causmaecker,
 * Gastmans, Troost and Wu (Phys. Lett. 103B (1981) 124):
 * |M|^2 (spin-averaged, summed) = C e^6 s sum_i (p.k_i)(q.k_i)[(p.k_i)^2 + (q.k_i)^2] / prod_j (p.k_j)(q.k_j).
 * The constant C = 1 is not taken from the paper but fixed independently by the soft-photon theorem: for k_3 -> 0 the
 * formula must become e^2 2 (p.q) / ((p.k_3)(q.k_3)) times the e+e- -> gamma gamma result 2 e^4 (u/t + t/u), which
 * OracleTest checks against the generator. Tolerance 1e-5 relative: the matrix element keeps the electron mass,
 * the formula does not; at the points used (every photon E > 0.5 GeV, |cos| < 0.9) the mass terms are
 * O(m_e^2 / (p.k)) < 1e-6.
 */
class TriphotonClosedFormTest {
    private static final double SQRT_S = 10.5796;

    private static double dot(double[] p, int a, int b) {
        return p[4 * a] * p[4 * b] - p[4 * a + 1] * p[4 * b + 1] - p[4 * a + 2] * p[4 * b + 2]
                - p[4 * a + 3] * p[4 * b + 3];
    }

    static double closedForm(double[] p) {
        double e2 = 4 * Math.PI * Constants.ALPHA;
        double s = 2 * dot(p, 0, 1);
        double sum = 0;
        double product = 1;
        for (int i = 2; i < 5; i++) {
            double a = dot(p, 0, i);
            double b = dot(p, 1, i);
            sum += a * b * (a * a + b * b);
            product *= a * b;
        }
        return e2 * e2 * e2 * s * sum / product;
    }

    @Test
    void matrixElementEqualsTheClosedFormula() {
        MatrixElement me = MatrixElements.create("triphoton", Map.of());
        SplittableRandom rnd = new SplittableRandom(31);
        int compared = 0;
        while (compared < 200) {
            double[] p = PhaseSpacePoints.rambo(SQRT_S, new double[] {0, 0, 0}, rnd);
            boolean central = true;
            for (int i = 2; i < 5; i++) {
                double e = p[4 * i];
                central &= e > 0.5 && Math.abs(p[4 * i + 3] / e) < 0.9;
            }
            if (!central) {
                continue;
            }
            double expected = closedForm(p);
            assertEquals(1, me.squared(p) / expected, 1e-5, "point " + compared);
            compared++;
        }
        assertTrue(compared == 200);
    }
}
