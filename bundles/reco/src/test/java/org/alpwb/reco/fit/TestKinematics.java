package org.alpwb.reco.fit;

import org.apache.commons.rng.UniformRandomProvider;

/** Exact four-body final states e+ e- gamma gamma for tests: sequential isotropic two-body decays. */
final class TestKinematics {
    static final double ELECTRON_MASS_GEV = 0.51099895e-3;
    /** Belle II beams: e- 7.004 GeV, e+ 4.002 GeV, each 41.5 mrad off z in x-z (physics.md, basf2). */
    static final double[] BELLE2_BEAM = beam();

    private TestKinematics() {
    }

    private static double[] beam() {
        double a = 0.0415;
        double eMinus = 7.004;
        double ePlus = 4.002;
        double pMinus = Math.sqrt(eMinus * eMinus - ELECTRON_MASS_GEV * ELECTRON_MASS_GEV);
        double pPlus = Math.sqrt(ePlus * ePlus - ELECTRON_MASS_GEV * ELECTRON_MASS_GEV);
        return new double[] {eMinus + ePlus, (pMinus + pPlus) * Math.sin(a), 0, (pMinus - pPlus) * Math.cos(a)};
    }

    /** Boosts (E, px, py, pz) by velocity (bx, by, bz). */
    static double[] boost(double[] p, double bx, double by, double bz) {
        double b2 = bx * bx + by * by + bz * bz;
        if (b2 == 0) {
            return p.clone();
        }
        double gamma = 1 / Math.sqrt(1 - b2);
        double bp = bx * p[1] + by * p[2] + bz * p[3];
        double g2 = (gamma - 1) / b2;
        return new double[] {gamma * (p[0] + bp), p[1] + g2 * bp * bx + gamma * bx * p[0],
            p[2] + g2 * bp * by + gamma * by * p[0], p[3] + g2 * bp * bz + gamma * bz * p[0]};
    }

    /** Two-body decay of a particle (four-momentum parent) into masses m1, m2, isotropic in its rest frame. */
    static double[][] decay(UniformRandomProvider rng, double[] parent, double m1, double m2) {
        double m = Math.sqrt(parent[0] * parent[0] - parent[1] * parent[1] - parent[2] * parent[2] - parent[3] * parent[3]);
        double q = Math.sqrt((m * m - (m1 + m2) * (m1 + m2)) * (m * m - (m1 - m2) * (m1 - m2))) / (2 * m);
        double cos = 2 * rng.nextDouble() - 1;
        double sin = Math.sqrt(1 - cos * cos);
        double phi = 2 * Math.PI * rng.nextDouble();
        double[] a = {Math.sqrt(q * q + m1 * m1), q * sin * Math.cos(phi), q * sin * Math.sin(phi), q * cos};
        double[] b = {Math.sqrt(q * q + m2 * m2), -a[1], -a[2], -a[3]};
        double bx = parent[1] / parent[0];
        double by = parent[2] / parent[0];
        double bz = parent[3] / parent[0];
        return new double[][] {boost(a, bx, by, bz), boost(b, bx, by, bz)};
    }

    /** e+, e-, gamma1, gamma2 in the lab with sum exactly {@code beam}; ALP mass {@code alpMassGeV}. */
    static double[][] eeggEvent(UniformRandomProvider rng, double[] beam, double alpMassGeV) {
        double sqrtS = Math.sqrt(beam[0] * beam[0] - beam[1] * beam[1] - beam[2] * beam[2] - beam[3] * beam[3]);
        double lo = 2 * ELECTRON_MASS_GEV + 0.05;
        double hi = sqrtS - alpMassGeV - 0.05;
        double mee = lo + (hi - lo) * rng.nextDouble();
        double[][] pair = decay(rng, beam, mee, alpMassGeV);
        double[][] leptons = decay(rng, pair[0], ELECTRON_MASS_GEV, ELECTRON_MASS_GEV);
        double[][] photons = decay(rng, pair[1], 0, 0);
        return new double[][] {leptons[0], leptons[1], photons[0], photons[1]};
    }

    static double theta(double[] p) {
        return Math.atan2(Math.hypot(p[1], p[2]), p[3]);
    }
}
