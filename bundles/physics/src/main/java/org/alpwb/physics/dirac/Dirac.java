package org.alpwb.physics.dirac;

/**
 * Products of slashed vectors, spinors and barred spinors in the Weyl representation (see the
 * package documentation), on interleaved complex arrays. Outputs must not alias inputs.
 *
 * <p>With a_mu lowered by the metric: a-slash = [[0, A], [B, 0]], A = a.sigma =
 * [[a0 - a3, -(a1 - i a2)], [-(a1 + i a2), a0 + a3]], B = a.sigmabar =
 * [[a0 + a3, a1 - i a2], [a1 + i a2, a0 - a3]] for contravariant components a^mu.
 */
public final class Dirac {

    private Dirac() {
    }

    /** out = a-slash psi for a complex four-vector a ({@code double[8]} slice). */
    public static void slash(double[] a, int ia, double[] psi, int ip, double[] out, int io) {
        double a0r = a[ia], a0i = a[ia + 1], a1r = a[ia + 2], a1i = a[ia + 3];
        double a2r = a[ia + 4], a2i = a[ia + 5], a3r = a[ia + 6], a3i = a[ia + 7];
        // a1 - i a2 and a1 + i a2
        double mr = a1r + a2i, mi = a1i - a2r;
        double pr = a1r - a2i, pi = a1i + a2r;
        double p0r = psi[ip], p0i = psi[ip + 1], p1r = psi[ip + 2], p1i = psi[ip + 3];
        double p2r = psi[ip + 4], p2i = psi[ip + 5], p3r = psi[ip + 6], p3i = psi[ip + 7];
        double dr = a0r - a3r, di = a0i - a3i; // a0 - a3
        double sr = a0r + a3r, si = a0i + a3i; // a0 + a3
        // upper = A psi_R
        out[io] = dr * p2r - di * p2i - (mr * p3r - mi * p3i);
        out[io + 1] = dr * p2i + di * p2r - (mr * p3i + mi * p3r);
        out[io + 2] = -(pr * p2r - pi * p2i) + sr * p3r - si * p3i;
        out[io + 3] = -(pr * p2i + pi * p2r) + sr * p3i + si * p3r;
        // lower = B psi_L
        out[io + 4] = sr * p0r - si * p0i + mr * p1r - mi * p1i;
        out[io + 5] = sr * p0i + si * p0r + mr * p1i + mi * p1r;
        out[io + 6] = pr * p0r - pi * p0i + dr * p1r - di * p1i;
        out[io + 7] = pr * p0i + pi * p0r + dr * p1i + di * p1r;
    }

    /** out = b a-slash for a barred row b and a complex four-vector a. */
    public static void barSlash(double[] b, int ib, double[] a, int ia, double[] out, int io) {
        double a0r = a[ia], a0i = a[ia + 1], a1r = a[ia + 2], a1i = a[ia + 3];
        double a2r = a[ia + 4], a2i = a[ia + 5], a3r = a[ia + 6], a3i = a[ia + 7];
        double mr = a1r + a2i, mi = a1i - a2r;
        double pr = a1r - a2i, pi = a1i + a2r;
        double dr = a0r - a3r, di = a0i - a3i;
        double sr = a0r + a3r, si = a0i + a3i;
        double b0r = b[ib], b0i = b[ib + 1], b1r = b[ib + 2], b1i = b[ib + 3];
        double b2r = b[ib + 4], b2i = b[ib + 5], b3r = b[ib + 6], b3i = b[ib + 7];
        // columns 0,1 = (b2, b3) B
        out[io] = b2r * sr - b2i * si + b3r * pr - b3i * pi;
        out[io + 1] = b2r * si + b2i * sr + b3r * pi + b3i * pr;
        out[io + 2] = b2r * mr - b2i * mi + b3r * dr - b3i * di;
        out[io + 3] = b2r * mi + b2i * mr + b3r * di + b3i * dr;
        // columns 2,3 = (b0, b1) A
        out[io + 4] = b0r * dr - b0i * di - (b1r * pr - b1i * pi);
        out[io + 5] = b0r * di + b0i * dr - (b1r * pi + b1i * pr);
        out[io + 6] = -(b0r * mr - b0i * mi) + b1r * sr - b1i * si;
        out[io + 7] = -(b0r * mi + b0i * mr) + b1r * si + b1i * sr;
    }

    /**
     * out = (P-slash + m) psi / denominator for a real momentum P (double[4] slice): the numerator
     * of a fermion propagator; the caller supplies P^2 - m^2 computed without cancellation.
     */
    public static void propagate(double[] pMom, int im, double massGeV, double denominator, double[] psi, int ip,
            double[] out, int io) {
        double inv = 1.0 / denominator;
        double dr = pMom[im] - pMom[im + 3], sr = pMom[im] + pMom[im + 3];
        double x = pMom[im + 1], y = pMom[im + 2];
        double p0r = psi[ip], p0i = psi[ip + 1], p1r = psi[ip + 2], p1i = psi[ip + 3];
        double p2r = psi[ip + 4], p2i = psi[ip + 5], p3r = psi[ip + 6], p3i = psi[ip + 7];
        // A = [[d, -(x - i y)], [-(x + i y), s]],  B = [[s, x - i y], [x + i y, d]]
        out[io] = (dr * p2r - (x * p3r + y * p3i) + massGeV * p0r) * inv;
        out[io + 1] = (dr * p2i - (x * p3i - y * p3r) + massGeV * p0i) * inv;
        out[io + 2] = (-(x * p2r - y * p2i) + sr * p3r + massGeV * p1r) * inv;
        out[io + 3] = (-(x * p2i + y * p2r) + sr * p3i + massGeV * p1i) * inv;
        out[io + 4] = (sr * p0r + x * p1r + y * p1i + massGeV * p2r) * inv;
        out[io + 5] = (sr * p0i + x * p1i - y * p1r + massGeV * p2i) * inv;
        out[io + 6] = (x * p0r - y * p0i + dr * p1r + massGeV * p3r) * inv;
        out[io + 7] = (x * p0i + y * p0r + dr * p1i + massGeV * p3i) * inv;
    }

    /** out = b (P-slash + m) / denominator for a barred row b and a real momentum P. */
    public static void barPropagate(double[] b, int ib, double[] pMom, int im, double massGeV, double denominator,
            double[] out, int io) {
        double inv = 1.0 / denominator;
        double dr = pMom[im] - pMom[im + 3], sr = pMom[im] + pMom[im + 3];
        double x = pMom[im + 1], y = pMom[im + 2];
        double b0r = b[ib], b0i = b[ib + 1], b1r = b[ib + 2], b1i = b[ib + 3];
        double b2r = b[ib + 4], b2i = b[ib + 5], b3r = b[ib + 6], b3i = b[ib + 7];
        // columns 0,1 = (b2, b3) B ; columns 2,3 = (b0, b1) A
        out[io] = (b2r * sr + x * b3r - y * b3i + massGeV * b0r) * inv;
        out[io + 1] = (b2i * sr + x * b3i + y * b3r + massGeV * b0i) * inv;
        out[io + 2] = (x * b2r + y * b2i + b3r * dr + massGeV * b1r) * inv;
        out[io + 3] = (x * b2i - y * b2r + b3i * dr + massGeV * b1i) * inv;
        out[io + 4] = (b0r * dr - (x * b1r - y * b1i) + massGeV * b2r) * inv;
        out[io + 5] = (b0i * dr - (x * b1i + y * b1r) + massGeV * b2i) * inv;
        out[io + 6] = (-(x * b0r + y * b0i) + b1r * sr + massGeV * b3r) * inv;
        out[io + 7] = (-(x * b0i - y * b0r) + b1i * sr + massGeV * b3i) * inv;
    }

    /**
     * The vector current J^mu = b gamma^mu psi (contravariant components, interleaved complex, 8
     * doubles): J^mu = b_{0,1} sigma^mu psi_{2,3} + b_{2,3} sigmabar^mu psi_{0,1}.
     */
    public static void current(double[] b, int ib, double[] psi, int ip, double[] out, int io) {
        out[io] = 0;
        out[io + 1] = 0;
        out[io + 2] = 0;
        out[io + 3] = 0;
        out[io + 4] = 0;
        out[io + 5] = 0;
        out[io + 6] = 0;
        out[io + 7] = 0;
        addCurrent(b, ib, psi, ip, out, io);
    }

    /** out += b gamma^mu psi: sums of currents (Berends-Giele splits) without temporaries. */
    public static void addCurrent(double[] b, int ib, double[] psi, int ip, double[] out, int io) {
        double x0r = b[ib], x0i = b[ib + 1], x1r = b[ib + 2], x1i = b[ib + 3];
        double w0r = b[ib + 4], w0i = b[ib + 5], w1r = b[ib + 6], w1i = b[ib + 7];
        double z0r = psi[ip], z0i = psi[ip + 1], z1r = psi[ip + 2], z1i = psi[ip + 3];
        double y0r = psi[ip + 4], y0i = psi[ip + 5], y1r = psi[ip + 6], y1i = psi[ip + 7];
        // the eight products x_a y_b and w_a z_b
        double x0y0r = x0r * y0r - x0i * y0i, x0y0i = x0r * y0i + x0i * y0r;
        double x1y1r = x1r * y1r - x1i * y1i, x1y1i = x1r * y1i + x1i * y1r;
        double x0y1r = x0r * y1r - x0i * y1i, x0y1i = x0r * y1i + x0i * y1r;
        double x1y0r = x1r * y0r - x1i * y0i, x1y0i = x1r * y0i + x1i * y0r;
        double w0z0r = w0r * z0r - w0i * z0i, w0z0i = w0r * z0i + w0i * z0r;
        double w1z1r = w1r * z1r - w1i * z1i, w1z1i = w1r * z1i + w1i * z1r;
        double w0z1r = w0r * z1r - w0i * z1i, w0z1i = w0r * z1i + w0i * z1r;
        double w1z0r = w1r * z0r - w1i * z0i, w1z0i = w1r * z0i + w1i * z0r;
        out[io] += x0y0r + x1y1r + w0z0r + w1z1r;
        out[io + 1] += x0y0i + x1y1i + w0z0i + w1z1i;
        out[io + 2] += x0y1r + x1y0r - w0z1r - w1z0r;
        out[io + 3] += x0y1i + x1y0i - w0z1i - w1z0i;
        // J^2 = i (x1 y0 - x0 y1) - i (w1 z0 - w0 z1)
        double cr = x1y0r - x0y1r - w1z0r + w0z1r;
        double ci = x1y0i - x0y1i - w1z0i + w0z1i;
        out[io + 4] -= ci;
        out[io + 5] += cr;
        out[io + 6] += x0y0r - x1y1r - w0z0r + w1z1r;
        out[io + 7] += x0y0i - x1y1i - w0z0i + w1z1i;
    }

    /** The scalar b psi as (re, im) written to {@code out[io], out[io+1]}. */
    public static void scalar(double[] b, int ib, double[] psi, int ip, double[] out, int io) {
        double re = 0;
        double im = 0;
        for (int k = 0; k < 8; k += 2) {
            re += b[ib + k] * psi[ip + k] - b[ib + k + 1] * psi[ip + k + 1];
            im += b[ib + k] * psi[ip + k + 1] + b[ib + k + 1] * psi[ip + k];
        }
        out[io] = re;
        out[io + 1] = im;
    }

    /** Complex Minkowski product a.b (no conjugation) of two complex four-vectors, into out[io..io+1]. */
    public static void dot(double[] a, int ia, double[] b, int ib, double[] out, int io) {
        double re = a[ia] * b[ib] - a[ia + 1] * b[ib + 1];
        double im = a[ia] * b[ib + 1] + a[ia + 1] * b[ib];
        for (int k = 2; k < 8; k += 2) {
            re -= a[ia + k] * b[ib + k] - a[ia + k + 1] * b[ib + k + 1];
            im -= a[ia + k] * b[ib + k + 1] + a[ia + k + 1] * b[ib + k];
        }
        out[io] = re;
        out[io + 1] = im;
    }
}
