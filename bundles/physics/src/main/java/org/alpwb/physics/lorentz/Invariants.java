package org.alpwb.physics.lorentz;

/**
 * Invariants of on-shell momenta computed without catastrophic cancellation.
 *
 * <p>Why: in e+e- -&gt; e+e- X the scattered leptons fly within micro-radians of the beams, where
 * the naive t = 2m^2 - 2(E E' - p.p') loses every digit. Here the energy component of each input
 * is <i>not read</i>: it is recomputed from the three-momentum and the nominal mass, and the
 * small quantities are formed from exact rewritings, E - |p| = m^2/(E + |p|) and
 * 1 - cos(theta) = |n_a - n_b|^2 / 2, whose rounding errors are relative to themselves.
 */
public final class Invariants {

    private Invariants() {
    }

    /** E - |p| = m^2 / (E + |p|) for a particle of mass {@code m} and momentum {@code p}. */
    public static double energyMinusMomentum(double massGeV, double momentumGeV) {
        double e = Math.sqrt(momentumGeV * momentumGeV + massGeV * massGeV);
        return massGeV * massGeV / (e + momentumGeV);
    }

    /** 1 - cos of the angle between the three-momenta of a and b, via |n_a - n_b|^2 / 2. */
    public static double oneMinusCos(double[] a, int ia, double[] b, int ib) {
        double pa = FourVectors.momentum(a, ia);
        double pb = FourVectors.momentum(b, ib);
        return oneMinusCos(a, ia, pa, b, ib, pb);
    }

    private static double oneMinusCos(double[] a, int ia, double pa, double[] b, int ib, double pb) {
        double dx = a[ia + 1] / pa - b[ib + 1] / pb;
        double dy = a[ia + 2] / pa - b[ib + 2] / pb;
        double dz = a[ia + 3] / pa - b[ib + 3] / pb;
        return 0.5 * (dx * dx + dy * dy + dz * dz);
    }

    /**
     * a.b for on-shell a (mass ma) and b (mass mb):
     * E_a E_b - P_a P_b = (ma^2 E_b^2 + mb^2 P_a^2)/(E_a E_b + P_a P_b), plus P_a P_b (1 - cos).
     * Both terms are non-negative, so the result is accurate to rounding even for collinear pairs.
     */
    public static double dotOnShell(double[] a, int ia, double ma, double[] b, int ib, double mb) {
        double pa = FourVectors.momentum(a, ia);
        double pb = FourVectors.momentum(b, ib);
        double ea = Math.sqrt(pa * pa + ma * ma);
        double eb = Math.sqrt(pb * pb + mb * mb);
        double papb = pa * pb;
        if (papb == 0) {
            return ea * eb;
        }
        double parallel = (ma * ma * eb * eb + mb * mb * pa * pa) / (ea * eb + papb);
        return parallel + papb * oneMinusCos(a, ia, pa, b, ib, pb);
    }

    /** (a + b)^2 for on-shell a, b: a sum of non-negative terms. */
    public static double massSquaredOfSum(double[] a, int ia, double ma, double[] b, int ib, double mb) {
        return ma * ma + mb * mb + 2 * dotOnShell(a, ia, ma, b, ib, mb);
    }

    /**
     * (a - b)^2 for on-shell a, b, e.g. t = (p1 - p3)^2 for a scattered lepton:
     * (E_a - E_b)^2 - (P_a - P_b)^2 = d (E_a - E_b + P_a - P_b) with
     * d = (E_a - P_a) - (E_b - P_b) = ma^2/(E_a + P_a) - mb^2/(E_b + P_b), minus P_a P_b |n_a - n_b|^2.
     * Accurate down to |t| ~ m^2 x^2 for the very forward leptons of two-photon processes.
     */
    public static double massSquaredOfDifference(double[] a, int ia, double ma, double[] b, int ib, double mb) {
        double pa = FourVectors.momentum(a, ia);
        double pb = FourVectors.momentum(b, ib);
        double ea = Math.sqrt(pa * pa + ma * ma);
        double eb = Math.sqrt(pb * pb + mb * mb);
        double d = ma * ma / (ea + pa) - mb * mb / (eb + pb);
        double longitudinal = d * (ea - eb + pa - pb);
        if (pa == 0 || pb == 0) {
            return longitudinal;
        }
        return longitudinal - 2 * pa * pb * oneMinusCos(a, ia, pa, b, ib, pb);
    }

    /** t = (p_a - p_b)^2 for two particles of equal mass: the common case of a scattered lepton. */
    public static double momentumTransferSquared(double[] p, int ia, int ib, double massGeV) {
        return massSquaredOfDifference(p, ia, massGeV, p, ib, massGeV);
    }
}
