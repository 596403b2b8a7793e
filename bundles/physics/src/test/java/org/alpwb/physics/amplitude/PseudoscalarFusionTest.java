package org.alpwb.physics.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.alpwb.physics.dirac.GammaMatrices;
import org.alpwb.physics.lorentz.FourVectors;
import org.alpwb.physics.lorentz.LeviCivita;
import org.alpwb.physics.lorentz.Rotation;
import org.junit.jupiter.api.Test;

/**
 * e+e- -&gt; e+e- a: the helicity-amplitude result against an independent spin sum by traces of
 * explicit gamma matrices (completeness relations, no helicity spinors), and the numerical
 * stability at the tiny |t| where the fusion cross section lives.
 */
class PseudoscalarFusionTest {

    private static final double SQRT_S = 10.5796;
    private static final double ME = PhaseSpacePoints.ME;
    private static final double E2 = 4 * Math.PI / 137.035999;
    private static final double[] METRIC = {1, -1, -1, -1};

    /** (p-slash + sign m) as an explicit 4x4 matrix. */
    private static double[] slashPlusMass(double[] p, int ip, double signedMass) {
        double[] m = new double[32];
        for (int mu = 0; mu < 4; mu++) {
            double[] g = GammaMatrices.gamma(mu);
            for (int x = 0; x < 32; x++) {
                m[x] += METRIC[mu] * p[ip + mu] * g[x];
            }
        }
        for (int i = 0; i < 4; i++) {
            m[2 * (4 * i + i)] += signedMass;
        }
        return m;
    }

    private static double traceRe(double[] m) {
        return m[0] + m[10] + m[20] + m[30];
    }

    /** Spin-summed, averaged |A_conv - A_fus|^2 from traces; the classes select the diagrams. */
    private static double traceReference(double[] p, double g, boolean fusion, boolean conversion) {
        double[] p1 = slashPlusMass(p, 0, ME);
        double[] p2 = slashPlusMass(p, 4, -ME);
        double[] p3 = slashPlusMass(p, 8, ME);
        double[] p4 = slashPlusMass(p, 12, -ME);
        double[] tt = new double[16];
        double[] ts = new double[16];
        double[] q = new double[8];
        for (int mu = 0; mu < 4; mu++) {
            q[mu] = p[mu] - p[8 + mu];
            q[4 + mu] = p[4 + mu] - p[12 + mu];
        }
        LeviCivita.tensor(q, 0, q, 4, tt);
        double t1 = FourVectors.massSquared(q, 0);
        double t2 = FourVectors.massSquared(q, 4);
        for (int mu = 0; mu < 4; mu++) {
            q[mu] = p[mu] + p[4 + mu];
            q[4 + mu] = -(p[8 + mu] + p[12 + mu]);
        }
        LeviCivita.tensor(q, 0, q, 4, ts);
        double s = FourVectors.massSquared(q, 0);
        double m34 = FourVectors.massSquared(q, 4);
        double[][] gam = new double[4][];
        for (int mu = 0; mu < 4; mu++) {
            gam[mu] = GammaMatrices.gamma(mu);
        }
        double fus = 0;
        double conv = 0;
        double inter = 0;
        // lepton tensors L^{mu mu'} = Tr[(p3+m) g^mu (p1+m) g^mu'] etc.
        double[] l13 = new double[16];
        double[] l24 = new double[16];
        double[] l12 = new double[16];
        double[] l34 = new double[16];
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                l13[4 * a + b] = traceRe(mul(p3, gam[a], p1, gam[b]));
                l24[4 * a + b] = traceRe(mul(p2, gam[a], p4, gam[b]));
                l12[4 * a + b] = traceRe(mul(p2, gam[a], p1, gam[b]));
                l34[4 * a + b] = traceRe(mul(p3, gam[a], p4, gam[b]));
            }
        }
        for (int mu = 0; mu < 4; mu++) {
            for (int mp = 0; mp < 4; mp++) {
                for (int nu = 0; nu < 4; nu++) {
                    for (int np = 0; np < 4; np++) {
                        fus += l13[4 * mu + mp] * l24[4 * nu + np] * tt[4 * mu + nu] * tt[4 * mp + np];
                        conv += l12[4 * mu + mp] * l34[4 * nu + np] * ts[4 * mu + nu] * ts[4 * mp + np];
                    }
                }
            }
        }
        fus /= (t1 * t2) * (t1 * t2);
        conv /= (s * m34) * (s * m34);
        if (fusion && conversion) {
            // sum_spins A_s A_t* = X^s_{mu nu} X^t_{al be} Tr[g^mu (p1+m) g^al (p3+m) g^nu (p4-m) g^be (p2-m)]
            for (int mu = 0; mu < 4; mu++) {
                for (int al = 0; al < 4; al++) {
                    double[] left = mul(gam[mu], p1, gam[al], p3);
                    for (int nu = 0; nu < 4; nu++) {
                        if (ts[4 * mu + nu] == 0) {
                            continue;
                        }
                        double[] mid = GammaMatrices.multiply(left, GammaMatrices.multiply(gam[nu], p4));
                        for (int be = 0; be < 4; be++) {
                            double tr = traceRe(mul(mid, gam[be], p2, IDENTITY));
                            inter += ts[4 * mu + nu] * tt[4 * al + be] * tr;
                        }
                    }
                }
            }
            inter /= (s * m34) * (t1 * t2);
        }
        double sum = (fusion ? fus : 0) + (conversion ? conv : 0) - 2 * inter;
        return E2 * E2 * g * g * sum / 4;
    }

    private static final double[] IDENTITY = slashPlusMassIdentity();

    private static double[] slashPlusMassIdentity() {
        double[] id = new double[32];
        for (int i = 0; i < 4; i++) {
            id[2 * (4 * i + i)] = 1;
        }
        return id;
    }

    private static double[] mul(double[] a, double[] b, double[] c, double[] d) {
        return GammaMatrices.multiply(GammaMatrices.multiply(a, b), GammaMatrices.multiply(c, d));
    }

    @Test
    void helicityAmplitudesAgreeWithTraces() {
        SplittableRandom rnd = new SplittableRandom(99);
        double g = 1e-3;
        for (double m : new double[] {0.3, 2.0, 6.0}) {
            MatrixElement all = MatrixElements.create("alp-fusion", Map.of("massGeV", m, "couplingPerGeV", g));
            for (int trial = 0; trial < 4; trial++) {
                double[] p = PhaseSpacePoints.rambo(SQRT_S, new double[] {ME, ME, m}, rnd);
                // generic points: traces and helicity sums are both rounding-exact, 1e-9 relative
                double ref = traceReference(p, g, true, true);
                assertEquals(ref, all.squared(p), 1e-9 * ref, "all m=" + m);
                double refF = traceReference(p, g, true, false);
                assertEquals(refF, all.squaredOfClass(0, p), 1e-9 * refF, "fusion m=" + m);
                double refC = traceReference(p, g, false, true);
                assertEquals(refC, all.squaredOfClass(1, p), 1e-9 * refC, "conversion m=" + m);
                // the interference is not negligible at generic points: the check above sees its sign
                assertTrue(Math.abs(ref - refF - refC) > 1e-6 * ref, "interference visible");
            }
        }
    }

    @Test
    void diagramOptionSelectsTheClasses() {
        SplittableRandom rnd = new SplittableRandom(5);
        Map<String, Double> params = new HashMap<>(Map.of("massGeV", 1.0));
        MatrixElement all = MatrixElements.create("alp-fusion", params, "all");
        MatrixElement fus = MatrixElements.create("alp-fusion", params, "fusion");
        params.put("diagrams", 2.0);
        MatrixElement conv = MatrixElements.create("alp-fusion", params);
        assertEquals("fusion", all.diagramClasses()[0]);
        assertEquals("conversion", all.diagramClasses()[1]);
        double[] p = PhaseSpacePoints.rambo(SQRT_S, new double[] {ME, ME, 1.0}, rnd);
        assertEquals(all.squaredOfClass(0, p), fus.squared(p), 0.0);
        assertEquals(all.squaredOfClass(1, p), conv.squared(p), 0.0);
    }

    /** Forward e- at angle th3 keeping 1 - x3 of its energy, backward e+ likewise, the ALP takes the rest. */
    private static double[] forward(double x3, double th3, double x4, double th4) {
        double[] p = new double[20];
        PhaseSpacePoints.beams(SQRT_S, p);
        double e = SQRT_S / 2;
        double k3 = Math.sqrt(Math.pow(e * (1 - x3), 2) - ME * ME);
        double k4 = Math.sqrt(Math.pow(e * (1 - x4), 2) - ME * ME);
        FourVectors.setOnShell(ME, k3 * Math.sin(th3) * 0.8, k3 * Math.sin(th3) * 0.6, k3 * Math.cos(th3), p, 8);
        FourVectors.setOnShell(ME, -k4 * Math.sin(th4) * 0.28, k4 * Math.sin(th4) * 0.96, -k4 * Math.cos(th4), p, 12);
        for (int mu = 0; mu < 4; mu++) {
            p[16 + mu] = p[mu] + p[4 + mu] - p[8 + mu] - p[12 + mu];
        }
        return p;
    }

    @Test
    void tinyMomentumTransfersAreEvaluatedStably() {
        // the ALP mass does not enter |M|^2 (only the momenta do), so any forward configuration is valid
        MatrixElement me = MatrixElements.create("alp-fusion", Map.of("massGeV", 1.0), "fusion");
        Rotation r = Rotation.ofEulerZyz(0.9, 1.3, -2.2);
        double x = 0.1;
        double tMin = ME * ME * x * x / (1 - x);
        double previous = Double.NaN;
        for (double th : new double[] {1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9}) {
            double[] p = forward(x, th, x, th);
            double a = me.squared(p);
            double[] q = new double[p.length];
            r.applyAll(p, 0, q, 0, 5);
            // in the rotated frame the beams are no longer along an axis and every small quantity is a
            // difference of O(E) components: agreement to 1e-6 at |t| ~ 1e-9 t_max shows that no digit
            // is lost to E E' - p.p' cancellations (a naive evaluation is off by orders of magnitude)
            assertEquals(a, me.squared(q), 1e-6 * a, "theta=" + th);
            assertTrue(Double.isFinite(a) && a > 0);
            // below theta ~ m x / E the momentum transfer saturates at t_min and |M|^2 stops growing
            double t = org.alpwb.physics.lorentz.Invariants.momentumTransferSquared(p, 0, 8, ME);
            if (th <= 1e-8) {
                assertEquals(-tMin, t, 0.02 * tMin);
                assertEquals(previous, a, 0.05 * a, "|M|^2 saturates at t_min");
            }
            previous = a;
        }
    }

    @Test
    void mesonCouplingFromTwoPhotonWidth() {
        // inverse of Gamma = g^2 m^3 / (64 pi); by hand: sqrt(64 pi 7.802e-9 / 0.1349768^3) = 0.025257 GeV^-1
        double g = MatrixElements.mesonCouplingPerGeV(7.802e-9, 0.1349768);
        assertEquals(7.802e-9, g * g * Math.pow(0.1349768, 3) / (64 * Math.PI), 1e-22);
        assertEquals(0.025257, g, 1e-5);
        // plumbing (issue 16): pi0-fusion is the ALP matrix element with g_P by construction, not a validation
        MatrixElement pi0 = MatrixElements.create("pi0-fusion", Map.of());
        MatrixElement alp = MatrixElements.create("alp-fusion", Map.of("massGeV", 0.1349768, "couplingPerGeV", g));
        double[] p = PhaseSpacePoints.rambo(SQRT_S, new double[] {ME, ME, 0.1349768}, new SplittableRandom(1));
        assertEquals(alp.squared(p), pi0.squared(p), 1e-12 * alp.squared(p));
        assertEquals(111, pi0.pdgIds()[4]);
    }
}
