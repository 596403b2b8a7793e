package org.alpwb.physics.phasespace;

/**
 * Small kinematic helpers on flat momentum arrays, written to avoid cancellations where the
 * generators need it (tiny momentum transfers of nearly collinear leptons).
 */
public final class Kinematics {
    private Kinematics() {
    }

    /** Momentum of either daughter in the rest frame of a mass {@code m} decaying to masses m1, m2; NaN if closed. */
    public static double twoBodyMomentum(double m, double m1, double m2) {
        double a = (m - m1 - m2) * (m + m1 + m2);
        double b = (m - m1 + m2) * (m + m1 - m2);
        if (a < 0) {
            return Double.NaN;
        }
        return Math.sqrt(a * b) / (2 * m);
    }

    /** Energy of daughter 1 in the rest frame of mass m decaying to m1, m2. */
    public static double twoBodyEnergy(double m, double m1, double m2) {
        return (m * m + m1 * m1 - m2 * m2) / (2 * m);
    }

    /** Sets particle {@code k} to (e, px, py, pz). */
    public static void set(double[] p, int k, double e, double px, double py, double pz) {
        p[4 * k] = e;
        p[4 * k + 1] = px;
        p[4 * k + 2] = py;
        p[4 * k + 3] = pz;
    }

    /** The two beams of a symmetric collision: beam 0 (mass m0) along +z, beam 1 (mass m1) along -z. */
    public static void beams(double sqrtS, double m0, double m1, double[] p) {
        double q = twoBodyMomentum(sqrtS, m0, m1);
        set(p, 0, Math.sqrt(q * q + m0 * m0), 0, 0, q);
        set(p, 1, Math.sqrt(q * q + m1 * m1), 0, 0, -q);
    }

    /**
     * Boosts particle {@code k} of {@code p} from the rest frame of {@code q = (qe, qx, qy, qz)} of mass
     * {@code qm} to the frame where q has these components. Uses p' = p + q (E + E')/(q0 + m), which
     * has no gamma - 1 cancellation.
     */
    public static void boostFromRest(double[] p, int k, double qe, double qx, double qy, double qz, double qm) {
        int i = 4 * k;
        double e = p[i];
        double eLab = (qe * e + qx * p[i + 1] + qy * p[i + 2] + qz * p[i + 3]) / qm;
        double f = (e + eLab) / (qe + qm);
        p[i] = eLab;
        p[i + 1] += f * qx;
        p[i + 2] += f * qy;
        p[i + 3] += f * qz;
    }

    /**
     * Writes into {@code out} (4 doubles) particle {@code k} seen in the rest frame of q, using the
     * given rest-frame energy {@code eRest} (computed invariantly by the caller, e.g. q.p/m).
     */
    public static void toRest(double[] p, int k, double qe, double qx, double qy, double qz, double qm,
            double eRest, double[] out) {
        int i = 4 * k;
        double f = (p[i] + eRest) / (qe + qm);
        out[0] = eRest;
        out[1] = p[i + 1] - f * qx;
        out[2] = p[i + 2] - f * qy;
        out[3] = p[i + 3] - f * qz;
    }

    /** Minkowski product of particles a and b. */
    public static double dot(double[] p, int a, int b) {
        int i = 4 * a;
        int j = 4 * b;
        return p[i] * p[j] - p[i + 1] * p[j + 1] - p[i + 2] * p[j + 2] - p[i + 3] * p[j + 3];
    }

    /**
     * 1 - cos of the angle between the three-momentum of particle {@code k} and the z axis signed by
     * {@code axisSign} (+1 or -1), without cancellation for nearly collinear momenta.
     */
    public static double oneMinusCosToAxis(double[] p, int k, double axisSign) {
        int i = 4 * k;
        double pt2 = p[i + 1] * p[i + 1] + p[i + 2] * p[i + 2];
        double pz = axisSign * p[i + 3];
        double mod = Math.sqrt(pt2 + pz * pz);
        if (mod == 0) {
            return 1;
        }
        return pz > 0 ? pt2 / (mod * (mod + pz)) : (mod - pz) / mod;
    }

    /** |p| of particle k. */
    public static double momentum(double[] p, int k) {
        int i = 4 * k;
        return Math.sqrt(p[i + 1] * p[i + 1] + p[i + 2] * p[i + 2] + p[i + 3] * p[i + 3]);
    }

    /**
     * -t_0 &gt;= 0 for t = (pa - pb)^2 with pa, pb of equal mass m and collinear momenta, energies ea, eb and
     * momentum moduli qa, qb: -t0 = -(dE - dq)(dE + dq), written without cancellation using E - q = m^2/(E + q).
     */
    public static double minusTCollinear(double ea, double qa, double eb, double qb, double m) {
        double de = ea - eb;
        double sum = qa + qb;
        double deMinusDq = -de * m * m * (1 / (ea + qa) + 1 / (eb + qb)) / sum;
        double dePlusDq = de * (1 + (ea + eb) / sum);
        return -deMinusDq * dePlusDq;
    }

    /**
     * -t for t = (pa - pb)^2 of two particles of equal mass m, where pa is along the z axis with sign
     * {@code axisSign}: -t = -t0 + 2 qa qb (1 - cos theta), without cancellation.
     */
    public static double minusTToBeam(double[] p, int beam, int k, double axisSign, double m) {
        double qa = momentum(p, beam);
        double qb = momentum(p, k);
        return minusTCollinear(p[4 * beam], qa, p[4 * k], qb, m)
                + 2 * qa * qb * oneMinusCosToAxis(p, k, axisSign);
    }

    /** Invariant mass squared of particles a and b. */
    public static double pairMassSquared(double[] p, int a, int b) {
        double e = p[4 * a] + p[4 * b];
        double x = p[4 * a + 1] + p[4 * b + 1];
        double y = p[4 * a + 2] + p[4 * b + 2];
        double z = p[4 * a + 3] + p[4 * b + 3];
        return e * e - x * x - y * y - z * z;
    }

    /**
     * Orthonormal e1, e2 perpendicular to the unit vector n (a fixed function of n, so that an azimuth around n
     * generated and measured with it agree): e1 = z x n (or x x n near the z axis), normalised, e2 = n x e1.
     */
    public static void perpendicularBasis(double nx, double ny, double nz, double[] e1, double[] e2) {
        double ax;
        double ay;
        double az;
        if (Math.abs(nz) < 0.9) {
            ax = -ny;
            ay = nx;
            az = 0;
        } else {
            ax = 0;
            ay = -nz;
            az = ny;
        }
        double norm = Math.sqrt(ax * ax + ay * ay + az * az);
        e1[0] = ax / norm;
        e1[1] = ay / norm;
        e1[2] = az / norm;
        e2[0] = ny * e1[2] - nz * e1[1];
        e2[1] = nz * e1[0] - nx * e1[2];
        e2[2] = nx * e1[1] - ny * e1[0];
    }

    /** Boosts all particles from index {@code from} on along z with rapidity-like velocity {@code betaZ}. */
    public static void boostZ(double[] p, int from, int count, double betaZ) {
        double gamma = 1 / Math.sqrt((1 - betaZ) * (1 + betaZ));
        for (int k = from; k < from + count; k++) {
            int i = 4 * k;
            double e = p[i];
            double z = p[i + 3];
            p[i] = gamma * (e + betaZ * z);
            p[i + 3] = gamma * (z + betaZ * e);
        }
    }
}
