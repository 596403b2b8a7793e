package org.alpwb.physics.dirac;

/**
 * Polarisation vectors of a massless photon with momentum k (complex four-vectors, 8 doubles).
 *
 * <p>Linear basis: e1 = (0, cos th cos ph, cos th sin ph, -sin th), e2 = (0, -sin ph, cos ph, 0);
 * helicity basis: eps(k, lambda) = (-lambda e1 - i e2)/sqrt(2), and eps* for an outgoing photon.
 * Both are transverse (eps.k = 0, eps^0 = 0) and orthonormal, so helicity sums of |M|^2 agree;
 * the amplitudes use the real linear basis because it is cheaper. A photon exactly along -z or
 * +z takes phi = 0. Angles come from the three-momentum without arccos/arctan.
 */
public final class Polarizations {

    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);

    private Polarizations() {
    }

    /** Writes the real linear polarisation e_which (which = 0 or 1) of k, as a complex vector. */
    public static void linear(double[] k, int ik, int which, double[] out, int io) {
        double kx = k[ik + 1];
        double ky = k[ik + 2];
        double kz = k[ik + 3];
        double kt = Math.sqrt(kx * kx + ky * ky);
        double kk = Math.sqrt(kt * kt + kz * kz);
        double cosPh = kt == 0 ? 1 : kx / kt;
        double sinPh = kt == 0 ? 0 : ky / kt;
        double cosTh = kz / kk;
        double sinTh = kt / kk;
        java.util.Arrays.fill(out, io, io + 8, 0.0);
        if (which == 0) {
            out[io + 2] = cosTh * cosPh;
            out[io + 4] = cosTh * sinPh;
            out[io + 6] = -sinTh;
        } else if (which == 1) {
            out[io + 2] = -sinPh;
            out[io + 4] = cosPh;
        } else {
            throw new IllegalArgumentException("which must be 0 or 1");
        }
    }

    /**
     * Writes eps(k, lambda) (lambda = +1/-1), complex conjugated when {@code outgoing}.
     * {@code scratch} needs 16 doubles.
     */
    public static void helicity(double[] k, int ik, int lambda, boolean outgoing, double[] out, int io,
            double[] scratch) {
        linear(k, ik, 0, scratch, 0);
        linear(k, ik, 1, scratch, 8);
        double sign = outgoing ? 1 : -1; // conj flips the sign of the -i e2 term
        for (int mu = 0; mu < 4; mu++) {
            out[io + 2 * mu] = -lambda * scratch[2 * mu] * INV_SQRT2;
            out[io + 2 * mu + 1] = sign * scratch[8 + 2 * mu] * INV_SQRT2;
        }
    }
}
