package org.alpwb.physics.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.alpwb.physics.lorentz.Boost;
import org.alpwb.physics.lorentz.Rotation;
import org.junit.jupiter.api.Test;

/** Ward identities for every external photon and Lorentz invariance of |M|^2 for every process. */
class SymmetryTest {

    private static final double SQRT_S = 10.5796;
    private static final double ME = PhaseSpacePoints.ME;

    private static double[] finalMasses(MatrixElement me) {
        double[] m = me.massesGeV();
        double[] f = new double[m.length - 2];
        System.arraycopy(m, 2, f, 0, f.length);
        return f;
    }

    @Test
    void wardIdentityForEveryPhoton() {
        SplittableRandom rnd = new SplittableRandom(2024);
        String[] ids = {"diphoton", "triphoton", "bhabha-gamma", "bhabha-2gamma"};
        for (String id : ids) {
            QedFermionLines me = (QedFermionLines) MatrixElements.create(id, Map.of());
            int[] pdg = me.pdgIds();
            for (int trial = 0; trial < 20; trial++) {
                double[] p = PhaseSpacePoints.rambo(SQRT_S, finalMasses(me), rnd);
                double m2 = me.squared(p);
                int photon = 0;
                for (int i = 2; i < pdg.length; i++) {
                    if (pdg[i] != 22) {
                        continue;
                    }
                    double ward = me.squaredWithPolarisationReplacedByMomentum(p, photon++);
                    // |M(eps -> k/k0)| / |M|: exact zero up to rounding (~1e-15) amplified by the
                    // cancellation among O(1/t) diagrams; 1e-8 as required
                    assertTrue(Math.sqrt(ward / m2) < 1e-8, id + " photon " + photon + " ratio "
                            + Math.sqrt(ward / m2));
                }
            }
        }
        AlpStrahlung alp = new AlpStrahlung(1.5, 1e-3, 9000005);
        for (int trial = 0; trial < 20; trial++) {
            double[] p = PhaseSpacePoints.rambo(SQRT_S, new double[] {0, 1.5}, rnd);
            double ratio = Math.sqrt(alp.squaredWithPolarisationReplacedByMomentum(p) / alp.squared(p));
            assertTrue(ratio < 1e-8, "alp-strahlung ratio " + ratio);
        }
    }

    @Test
    void lorentzInvarianceOfEveryProcess() {
        SplittableRandom rnd = new SplittableRandom(77);
        Map<String, Double> params = Map.of("massGeV", 1.2, "couplingPerGeV", 1e-3);
        for (String id : MatrixElements.PROCESS_IDS) {
            MatrixElement me = MatrixElements.create(id, params);
            for (int trial = 0; trial < 10; trial++) {
                double[] p = PhaseSpacePoints.rambo(SQRT_S, finalMasses(me), rnd);
                Rotation r = Rotation.ofEulerZyz(rnd.nextDouble(0, 6.28), rnd.nextDouble(0, 3.14),
                        rnd.nextDouble(0, 6.28));
                double[] q = new double[p.length];
                r.applyAll(p, 0, q, 0, p.length / 4);
                // a Belle II-like boost (beta gamma ~ 0.29) in a random direction
                double bx = rnd.nextDouble(-0.2, 0.2);
                double by = rnd.nextDouble(-0.2, 0.2);
                double bz = rnd.nextDouble(-0.2, 0.2);
                q = PhaseSpacePoints.boosted(q, new Boost(bx, by, bz));
                double a = me.squared(p);
                double b = me.squared(q);
                // every invariant is rounding-exact in both frames; 1e-9 relative as required
                assertEquals(a, b, 1e-9 * a, id + " trial " + trial);
                for (int c = 0; c < me.diagramClasses().length; c++) {
                    double ac = me.squaredOfClass(c, p);
                    assertEquals(ac, me.squaredOfClass(c, q), 1e-9 * ac, id + " class " + c);
                }
            }
        }
    }

    /** e- at th3 (azimuth 1 rad), a 1 GeV photon at thk off the e- beam, the e+ recoiling on shell. */
    private static double[] radiativeBhabha(double thk, double th3) {
        double[] p = new double[20];
        PhaseSpacePoints.beams(SQRT_S, p);
        org.alpwb.physics.lorentz.FourVectors.setOnShell(0, Math.sin(thk), 0, Math.cos(thk), p, 16);
        double lo = 0.01;
        double hi = SQRT_S / 2;
        double[] q = new double[4];
        for (int it = 0; it < 200; it++) { // bisection on |p3| for an on-shell positron
            double mid = 0.5 * (lo + hi);
            org.alpwb.physics.lorentz.FourVectors.setOnShell(ME, mid * Math.sin(th3) * Math.cos(1.0),
                    mid * Math.sin(th3) * Math.sin(1.0), mid * Math.cos(th3), p, 8);
            for (int k = 0; k < 4; k++) {
                q[k] = p[k] + p[4 + k] - p[8 + k] - p[16 + k];
            }
            if (org.alpwb.physics.lorentz.FourVectors.massSquared(q, 0) > ME * ME) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        for (int k = 0; k < 4; k++) {
            p[12 + k] = p[k] + p[4 + k] - p[8 + k] - p[16 + k];
        }
        return p;
    }

    @Test
    void collinearRadiationIsEvaluatedStably() {
        // photons down to 1e-8 rad from the beam (inside the dead cone m_e/E ~ 1e-4) and electrons down to
        // 1e-3 rad: a generic rotation turns every small angle into a difference of O(E) components;
        // the measured agreement is ~1e-11, so 1e-9 shows that no denominator lost its digits
        MatrixElement me = MatrixElements.create("bhabha-gamma", Map.of());
        Rotation r = Rotation.ofEulerZyz(0.9, 1.3, -2.2);
        for (double thk : new double[] {1e-2, 1e-4, 1e-6, 1e-8}) {
            for (double th3 : new double[] {1e-1, 1e-2, 1e-3}) {
                double[] p = radiativeBhabha(thk, th3);
                double[] q = new double[p.length];
                r.applyAll(p, 0, q, 0, 5);
                double a = me.squared(p);
                assertEquals(a, me.squared(q), 1e-9 * a, "thk=" + thk + " th3=" + th3);
            }
        }
    }
}
