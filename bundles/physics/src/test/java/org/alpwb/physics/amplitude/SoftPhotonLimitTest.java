package org.alpwb.physics.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.alpwb.physics.lorentz.Boost;
import org.alpwb.physics.lorentz.FourVectors;
import org.junit.jupiter.api.Test;

/**
 * Soft-photon factorisation: for photon energies omega -&gt; 0, |M(n + gamma)|^2 -&gt; e^2 S(k) |M(n)|^2
 * with the eikonal factor S(k) = -sum_{ij} eta_i Q_i eta_j Q_j p_i.p_j / (p_i.k p_j.k). For two soft
 * photons QED factorises into the product of two eikonal factors. This checks the relative sign of
 * the s and t channels of the radiative processes (the Ward identity cannot: each channel is gauge
 * invariant by itself). With omega = 1e-5 GeV the corrections are O(omega/E) ~ 1e-5, hence 1e-3.
 */
class SoftPhotonLimitTest {

    private static final double SQRT_S = 10.5796;
    private static final double ME = PhaseSpacePoints.ME;
    private static final double E2 = 4 * Math.PI / 137.035999;
    private static final double TOL = 1e-3;

    /** Beams, then two fermions of mass m at CM-frame angles, recoiling against the given photons. */
    private static double[] withSoftPhotons(double m, double cosTheta, double phi, double[][] photons) {
        int n = photons.length;
        double[] p = new double[16 + 4 * n];
        PhaseSpacePoints.beams(SQRT_S, p);
        double[] rest = {SQRT_S, 0, 0, 0};
        for (int j = 0; j < n; j++) {
            FourVectors.setOnShell(0, photons[j][0], photons[j][1], photons[j][2], p, 16 + 4 * j);
            for (int k = 0; k < 4; k++) {
                rest[k] -= p[16 + 4 * j + k];
            }
        }
        double mass = Math.sqrt(FourVectors.massSquared(rest, 0));
        double[] pair = PhaseSpacePoints.twoBody(mass, m, m, cosTheta, phi);
        Boost b = Boost.ofMomentum(rest, 0);
        b.apply(pair, 8, p, 8);
        b.apply(pair, 12, p, 12);
        return p;
    }

    private static double eikonal(double[] p, int[] charges, int[] eta, int photonOffset, double[] masses) {
        double s = 0;
        for (int i = 0; i < charges.length; i++) {
            for (int j = 0; j < charges.length; j++) {
                double pij = i == j ? masses[i] * masses[i] : FourVectors.dot(p, 4 * i, p, 4 * j);
                s -= eta[i] * charges[i] * eta[j] * charges[j] * pij
                        / (FourVectors.dot(p, 4 * i, p, photonOffset) * FourVectors.dot(p, 4 * j, p, photonOffset));
            }
        }
        return s;
    }

    private static final int[] CHARGES = {-1, 1, -1, 1};
    private static final int[] ETA = {-1, -1, 1, 1};
    private static final double[] MASSES = {ME, ME, ME, ME};

    @Test
    void bhabhaGammaFactorises() {
        MatrixElement bhabha = MatrixElements.create("bhabha", Map.of());
        MatrixElement rad = MatrixElements.create("bhabha-gamma", Map.of());
        double w = 1e-5;
        for (double c : new double[] {-0.7, 0.0, 0.5, 0.9}) {
            double[][] k = {{w * 0.6, 0, w * 0.8}};
            double[] p = withSoftPhotons(ME, c, 0.4, k);
            double expect = E2 * eikonal(p, CHARGES, ETA, 16, MASSES) * bhabha.squared(p);
            assertEquals(expect, rad.squared(p), TOL * expect, "cos=" + c);
        }
    }

    @Test
    void bhabhaTwoGammaFactorisesIntoTwoEikonalFactors() {
        MatrixElement bhabha = MatrixElements.create("bhabha", Map.of());
        MatrixElement rad = MatrixElements.create("bhabha-2gamma", Map.of());
        double w = 1e-5;
        for (double c : new double[] {-0.5, 0.3, 0.8}) {
            double[][] k = {{w * 0.6, 0, w * 0.8}, {0, -w * 0.7, -w * 0.3}};
            double[] p = withSoftPhotons(ME, c, 2.0, k);
            double expect = E2 * E2 * eikonal(p, CHARGES, ETA, 16, MASSES) * eikonal(p, CHARGES, ETA, 20, MASSES)
                    * bhabha.squared(p);
            assertEquals(expect, rad.squared(p), TOL * expect, "cos=" + c);
        }
    }

    @Test
    void triphotonFactorisesIntoDiphoton() {
        MatrixElement two = MatrixElements.create("diphoton", Map.of());
        MatrixElement three = MatrixElements.create("triphoton", Map.of());
        double w = 1e-5;
        for (double c : new double[] {-0.6, 0.2, 0.7}) {
            double[] p2 = PhaseSpacePoints.twoBody(SQRT_S, 0, 0, c, 1.0);
            // photons 1, 2 hard (recoiling), photon 3 soft; build with the same helper (massless pair)
            double[][] k = {{0, w * 0.8, w * 0.6}};
            double[] p = withSoftPhotons(0, c, 1.0, k);
            double[] p3 = new double[20];
            System.arraycopy(p, 0, p3, 0, 20);
            double eik = eikonal(p, new int[] {-1, 1}, new int[] {-1, -1}, 16, new double[] {ME, ME});
            double[] pTwo = new double[16];
            System.arraycopy(p, 0, pTwo, 0, 16);
            double expect = E2 * eik * two.squared(pTwo);
            assertEquals(expect, three.squared(p3), TOL * expect, "cos=" + c);
            assertEquals(two.squared(p2), two.squared(pTwo), 1e-4 * two.squared(p2)); // recoil is tiny
        }
    }
}
