package org.alpwb.physics.lorentz;

/**
 * Static helpers on four-vectors stored flat as {@code (E, px, py, pz)} at an offset of a
 * {@code double[]}, so that hot loops allocate nothing. Metric (+,-,-,-).
 */
public final class FourVectors {

    private FourVectors() {
    }

    /** Minkowski product a.b of the vectors at {@code a[ia..ia+3]} and {@code b[ib..ib+3]}. */
    public static double dot(double[] a, int ia, double[] b, int ib) {
        return a[ia] * b[ib] - a[ia + 1] * b[ib + 1] - a[ia + 2] * b[ib + 2] - a[ia + 3] * b[ib + 3];
    }

    /** a^2 (naive: use {@link Invariants} for differences of nearly equal momenta). */
    public static double massSquared(double[] a, int ia) {
        return dot(a, ia, a, ia);
    }

    /** |p| of the three-momentum, without overflow or underflow worries for GeV-scale values. */
    public static double momentum(double[] a, int ia) {
        double x = a[ia + 1];
        double y = a[ia + 2];
        double z = a[ia + 3];
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** Transverse momentum with respect to the z axis. */
    public static double transverseMomentum(double[] a, int ia) {
        return Math.hypot(a[ia + 1], a[ia + 2]);
    }

    /** Copies one four-vector. */
    public static void copy(double[] src, int is, double[] dst, int id) {
        System.arraycopy(src, is, dst, id, 4);
    }

    /** out = a + b (out may alias a or b). */
    public static void add(double[] a, int ia, double[] b, int ib, double[] out, int io) {
        for (int k = 0; k < 4; k++) {
            out[io + k] = a[ia + k] + b[ib + k];
        }
    }

    /** out = a - b (out may alias a or b). */
    public static void subtract(double[] a, int ia, double[] b, int ib, double[] out, int io) {
        for (int k = 0; k < 4; k++) {
            out[io + k] = a[ia + k] - b[ib + k];
        }
    }

    /** Writes the four-vector of a particle with mass {@code massGeV} and three-momentum p. */
    public static void setOnShell(double massGeV, double px, double py, double pz, double[] out, int io) {
        out[io] = Math.sqrt(massGeV * massGeV + px * px + py * py + pz * pz);
        out[io + 1] = px;
        out[io + 2] = py;
        out[io + 3] = pz;
    }
}
