package org.alpwb.physics.dirac;

/**
 * Helicity-basis Dirac spinors u(p, lambda), v(p, lambda) for massive or massless fermions,
 * lambda = +1 / -1 for helicity +1/2 / -1/2 (for v: the physical antiparticle's helicity).
 *
 * <p>u = (sqrt(E - lambda P) xi_lambda, sqrt(E + lambda P) xi_lambda),
 * v = (sqrt(E + lambda P) xi_{-lambda}, -sqrt(E - lambda P) xi_{-lambda}), with the two-component
 * helicity eigenstates xi_+ = (cos(theta/2), e^{i phi} sin(theta/2)),
 * xi_- = (-e^{-i phi} sin(theta/2), cos(theta/2)). Every small number is formed without
 * cancellation: E - P = m^2/(E + P) and sin(theta/2) from the transverse momentum, so that
 * spinor products of nearly collinear massive leptons keep their digits. The energy component
 * of the input is not read (recomputed from the mass), as in {@link org.alpwb.physics.lorentz.Invariants}.
 * Normalisation: ubar u = 2m, vbar v = -2m.
 */
public final class Spinors {

    private Spinors() {
    }

    /** Writes u(p, lambda) into {@code out[io..io+7]}. */
    public static void u(double[] p, int ip, double massGeV, int lambda, double[] out, int io) {
        fill(p, ip, massGeV, lambda, false, out, io);
    }

    /** Writes v(p, lambda) into {@code out[io..io+7]}. */
    public static void v(double[] p, int ip, double massGeV, int lambda, double[] out, int io) {
        fill(p, ip, massGeV, lambda, true, out, io);
    }

    /** Writes u(p, +1) at {@code out[io]} and u(p, -1) at {@code out[io+8]}, sharing the square roots. */
    public static void uBoth(double[] p, int ip, double massGeV, double[] out, int io) {
        fillBoth(p, ip, massGeV, false, out, io);
    }

    /** Writes v(p, +1) at {@code out[io]} and v(p, -1) at {@code out[io+8]}. */
    public static void vBoth(double[] p, int ip, double massGeV, double[] out, int io) {
        fillBoth(p, ip, massGeV, true, out, io);
    }

    /** The barred row psibar = psi^dagger gamma^0: conjugate and swap the chiral halves. */
    public static void bar(double[] psi, int ip, double[] out, int io) {
        out[io] = psi[ip + 4];
        out[io + 1] = -psi[ip + 5];
        out[io + 2] = psi[ip + 6];
        out[io + 3] = -psi[ip + 7];
        out[io + 4] = psi[ip];
        out[io + 5] = -psi[ip + 1];
        out[io + 6] = psi[ip + 2];
        out[io + 7] = -psi[ip + 3];
    }

    private static void fill(double[] p, int ip, double m, int lambda, boolean antiparticle, double[] out, int io) {
        if (lambda != 1 && lambda != -1) {
            throw new IllegalArgumentException("lambda must be +1 or -1");
        }
        fillRange(p, ip, m, lambda, lambda, antiparticle, out, io);
    }

    private static void fillBoth(double[] p, int ip, double m, boolean antiparticle, double[] out, int io) {
        fillRange(p, ip, m, 1, -1, antiparticle, out, io);
    }

    // writes lambda = first .. last (step -2) at consecutive 8-double slots
    private static void fillRange(double[] p, int ip, double m, int first, int last, boolean antiparticle,
            double[] out, int start) {
        double px = p[ip + 1];
        double py = p[ip + 2];
        double pz = p[ip + 3];
        double pt2 = px * px + py * py;
        double mom = Math.sqrt(pt2 + pz * pz);
        double e = Math.sqrt(mom * mom + m * m);
        double ePlusP = Math.sqrt(e + mom);
        double eMinusP = mom == 0 ? Math.sqrt(m) : m / ePlusP; // sqrt(E - P) = m / sqrt(E + P)
        // two-component helicity state of direction (theta, phi): cos(theta/2) and e^{i phi} sin(theta/2)
        double cosHalf;
        double sinRe;
        double sinIm;
        if (mom == 0) {
            cosHalf = 1;
            sinRe = 0;
            sinIm = 0;
        } else {
            double pPlusPz = pz >= 0 ? mom + pz : pt2 / (mom - pz);
            if (pPlusPz <= 0) { // exactly along -z: phi = 0 by convention
                cosHalf = 0;
                sinRe = 1;
                sinIm = 0;
            } else {
                cosHalf = Math.sqrt(pPlusPz / (2 * mom));
                double norm = 1.0 / Math.sqrt(2 * mom * pPlusPz);
                sinRe = px * norm;
                sinIm = py * norm;
            }
        }
        for (int lambda = first, io = start; lambda >= last; lambda -= 2, io += 8) {
        int chi = antiparticle ? -lambda : lambda;
        // xi_chi as (x0, x1) complex
        double x0r;
        double x0i;
        double x1r;
        double x1i;
        if (chi == 1) {
            x0r = cosHalf;
            x0i = 0;
            x1r = sinRe;
            x1i = sinIm;
        } else {
            x0r = -sinRe;
            x0i = sinIm; // -e^{-i phi} sin = -(sinRe - i sinIm)
            x1r = cosHalf;
            x1i = 0;
        }
        double left;
        double right;
        if (!antiparticle) {
            left = lambda == 1 ? eMinusP : ePlusP;
            right = lambda == 1 ? ePlusP : eMinusP;
        } else {
            left = lambda == 1 ? ePlusP : eMinusP;
            right = -(lambda == 1 ? eMinusP : ePlusP);
        }
        out[io] = left * x0r;
        out[io + 1] = left * x0i;
        out[io + 2] = left * x1r;
        out[io + 3] = left * x1i;
        out[io + 4] = right * x0r;
        out[io + 5] = right * x0i;
        out[io + 6] = right * x1r;
        out[io + 7] = right * x1i;
        }
    }
}
