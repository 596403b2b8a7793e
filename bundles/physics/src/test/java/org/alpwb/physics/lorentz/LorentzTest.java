package org.alpwb.physics.lorentz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LorentzTest {

    private static final double ME = 0.51099895e-3;

    @Test
    void boostPreservesInvariantsAndInverseUndoesIt() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 100; trial++) {
            double[] p = new double[8];
            FourVectors.setOnShell(1.3, rnd.nextDouble(-3, 3), rnd.nextDouble(-3, 3), rnd.nextDouble(-3, 3), p, 0);
            FourVectors.setOnShell(0.2, rnd.nextDouble(-3, 3), rnd.nextDouble(-3, 3), rnd.nextDouble(-3, 3), p, 4);
            Boost b = new Boost(rnd.nextDouble(-0.5, 0.5), rnd.nextDouble(-0.5, 0.5), rnd.nextDouble(-0.5, 0.5));
            double[] q = new double[8];
            b.applyAll(p, 0, q, 0, 2);
            // invariants of O(10 GeV^2) after one boost: rounding only, 1e-12 relative
            assertEquals(FourVectors.dot(p, 0, p, 4), FourVectors.dot(q, 0, q, 4), 1e-12 * 10);
            assertEquals(1.69, FourVectors.massSquared(q, 0), 1e-12 * 10);
            b.inverse().applyAll(q, 0, q, 0, 2);
            for (int k = 0; k < 8; k++) {
                assertEquals(p[k], q[k], 1e-13 * 10);
            }
        }
    }

    @Test
    void boostToRestFrameGivesZeroMomentum() {
        double[] p = new double[4];
        FourVectors.setOnShell(3.0, 1.0, -2.0, 4.0, p, 0);
        double[] r = new double[4];
        Boost.toRestFrameOf(p, 0).apply(p, 0, r, 0);
        assertEquals(3.0, r[0], 1e-14 * 5);
        for (int k = 1; k < 4; k++) {
            assertEquals(0.0, r[k], 1e-14 * 5);
        }
        assertThrows(IllegalArgumentException.class, () -> new Boost(0.8, 0.6, 0.0));
    }

    @Test
    void rotationIsOrthogonalAndTakesZToItsDirection() {
        Rotation r = Rotation.ofEulerZyz(0.7, 1.1, -0.4);
        Rotation id = r.times(r.inverse());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(i == j ? 1.0 : 0.0, id.element(i, j), 1e-15 * 4);
            }
        }
        double[] z = {1, 0, 0, 1};
        r.apply(z, 0, z, 0);
        assertEquals(Math.sin(1.1) * Math.cos(0.7), z[1], 1e-15 * 4);
        assertEquals(Math.sin(1.1) * Math.sin(0.7), z[2], 1e-15 * 4);
        assertEquals(Math.cos(1.1), z[3], 1e-15 * 4);
        assertEquals(1.0, z[0]);
    }

    @Test
    void leviCivitaConventionAndTensor() {
        double[] e = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
        // eps_{0123} = +1 by convention; odd permutation gives -1
        assertEquals(1.0, LeviCivita.contract(e, 0, e, 4, e, 8, e, 12));
        assertEquals(-1.0, LeviCivita.contract(e, 4, e, 0, e, 8, e, 12));
        assertEquals(-1.0, LeviCivita.contract(e, 0, e, 4, e, 12, e, 8));
        assertEquals(1.0, LeviCivita.contract(e, 12, e, 8, e, 4, e, 0));
        SplittableRandom rnd = new SplittableRandom(3);
        double[] v = new double[16];
        for (int k = 0; k < 16; k++) {
            v[k] = rnd.nextDouble(-1, 1);
        }
        double[] t = new double[16];
        LeviCivita.tensor(v, 8, v, 12, t);
        double viaTensor = 0;
        for (int mu = 0; mu < 4; mu++) {
            for (int nu = 0; nu < 4; nu++) {
                viaTensor += v[mu] * t[4 * mu + nu] * v[4 + nu];
            }
        }
        double det = determinant(v);
        assertEquals(det, LeviCivita.contract(v, 0, v, 4, v, 8, v, 12), 1e-14);
        assertEquals(det, viaTensor, 1e-14);
    }

    private static double determinant(double[] m) {
        // Laplace expansion, independent of the minors used in LeviCivita
        double det = 0;
        int[] perm = {0, 1, 2, 3};
        return permSum(m, perm, 0, det);
    }

    private static double permSum(double[] m, int[] p, int k, double acc) {
        if (k == 4) {
            int sign = 1;
            for (int i = 0; i < 4; i++) {
                for (int j = i + 1; j < 4; j++) {
                    if (p[i] > p[j]) {
                        sign = -sign;
                    }
                }
            }
            return acc + sign * m[p[0]] * m[4 + p[1]] * m[8 + p[2]] * m[12 + p[3]];
        }
        for (int i = k; i < 4; i++) {
            int tmp = p[k];
            p[k] = p[i];
            p[i] = tmp;
            acc = permSum(m, p, k + 1, acc);
            p[i] = p[k];
            p[k] = tmp;
        }
        return acc;
    }

    @Test
    void forwardLeptonMomentumTransferMatchesHighPrecision() {
        // beam electron of 5.29 GeV along z; scattered electron keeps 30 % .. 99 % of the momentum at
        // angles down to 1e-9 rad, so that |t| reaches m^2 x^2/(1-x) ~ 1e-11 GeV^2
        MathContext mc = new MathContext(60);
        double pBeam = 5.29;
        double[] p = {0, 0, 0, pBeam, 0, 0, 0, 0};
        for (double x : new double[] {0.01, 0.3, 0.7}) {
            for (double theta : new double[] {1e-9, 1e-7, 1e-5, 1e-3, 0.3}) {
                double p3 = pBeam * (1 - x);
                p[5] = p3 * Math.sin(theta) * 0.6;
                p[6] = p3 * Math.sin(theta) * 0.8;
                p[7] = p3 * Math.cos(theta);
                double t = Invariants.momentumTransferSquared(p, 0, 4, ME);
                double exact = exactT(p, ME, mc);
                // rounding of the inputs (1e-16 relative) propagates with a condition number of at most
                // a few: 1e-13 relative is conservative and ~1e3 digits better than the naive form
                assertEquals(exact, t, 1e-13 * Math.abs(exact), "x=" + x + " theta=" + theta);
                double naive = 2 * ME * ME - 2 * (Math.sqrt(pBeam * pBeam + ME * ME) * Math.sqrt(p3 * p3 + ME * ME)
                        - p[7] * pBeam);
                if (theta <= 1e-7 && x == 0.01) {
                    // document the failure mode the class exists for: the naive form loses >= 5 digits here
                    org.junit.jupiter.api.Assertions.assertTrue(Math.abs(naive - exact) > 1e-8 * Math.abs(exact),
                            "naive " + naive + " exact " + exact);
                }
            }
        }
    }

    private static double exactT(double[] p, double m, MathContext mc) {
        BigDecimal m2 = new BigDecimal(m).pow(2, mc);
        BigDecimal[] e = new BigDecimal[2];
        BigDecimal dp2 = BigDecimal.ZERO;
        for (int k = 0; k < 2; k++) {
            BigDecimal pp = BigDecimal.ZERO;
            for (int c = 1; c < 4; c++) {
                pp = pp.add(new BigDecimal(p[4 * k + c]).pow(2, mc), mc);
            }
            e[k] = pp.add(m2, mc).sqrt(mc);
        }
        for (int c = 1; c < 4; c++) {
            dp2 = dp2.add(new BigDecimal(p[c]).subtract(new BigDecimal(p[4 + c]), mc).pow(2, mc), mc);
        }
        return e[0].subtract(e[1], mc).pow(2, mc).subtract(dp2, mc).doubleValue();
    }

    @Test
    void dotOnShellMatchesNaiveAwayFromCollinearityAndSumIsConsistent() {
        double[] p = new double[8];
        FourVectors.setOnShell(ME, 0.3, -1.2, 2.0, p, 0);
        FourVectors.setOnShell(0.0, -0.7, 0.4, 1.5, p, 4);
        double naive = FourVectors.dot(p, 0, p, 4);
        assertEquals(naive, Invariants.dotOnShell(p, 0, ME, p, 4, 0.0), 1e-14 * Math.abs(naive) * 10);
        double[] sum = new double[4];
        FourVectors.add(p, 0, p, 4, sum, 0);
        assertEquals(FourVectors.massSquared(sum, 0), Invariants.massSquaredOfSum(p, 0, ME, p, 4, 0.0), 1e-13);
        // collinear massless photon off a massive electron: p.k = |k| (E - P) exactly
        double[] q = {0, 0, 0, 5.0, 0, 0, 0, 2.0};
        assertEquals(2.0 * Invariants.energyMinusMomentum(ME, 5.0), Invariants.dotOnShell(q, 0, ME, q, 4, 0.0),
                1e-15 * 2.0 * ME * ME / 10);
    }
}
