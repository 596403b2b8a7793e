package org.alpwb.physics.lorentz;

/**
 * The totally antisymmetric tensor with the convention fixed once for the whole code base:
 * <b>eps_{0123} = +1</b> (lower indices), hence eps^{0123} = -1.
 *
 * <p>{@link #contract} returns eps_{mu nu rho sigma} a^mu b^nu c^rho d^sigma for contravariant
 * components, i.e. the 4x4 determinant of the rows a, b, c, d. Squared amplitudes do not depend on
 * the convention, interference between two diagrams with one epsilon each does not either, but
 * every caller must use this one class.
 */
public final class LeviCivita {

    private LeviCivita() {
    }

    /** eps_{mu nu rho sigma} a^mu b^nu c^rho d^sigma = det(a; b; c; d). */
    public static double contract(double[] a, int ia, double[] b, int ib, double[] c, int ic, double[] d, int id) {
        // 2x2 minors of the (c, d) rows, then expansion along a and b
        double m01 = c[ic] * d[id + 1] - c[ic + 1] * d[id];
        double m02 = c[ic] * d[id + 2] - c[ic + 2] * d[id];
        double m03 = c[ic] * d[id + 3] - c[ic + 3] * d[id];
        double m12 = c[ic + 1] * d[id + 2] - c[ic + 2] * d[id + 1];
        double m13 = c[ic + 1] * d[id + 3] - c[ic + 3] * d[id + 1];
        double m23 = c[ic + 2] * d[id + 3] - c[ic + 3] * d[id + 2];
        // a^mu T_{mu nu} b^nu with T_{mu nu} = sum eps_{mu nu rho sigma} c^rho d^sigma (see tensor)
        return m23 * (a[ia] * b[ib + 1] - a[ia + 1] * b[ib])
                - m13 * (a[ia] * b[ib + 2] - a[ia + 2] * b[ib])
                + m12 * (a[ia] * b[ib + 3] - a[ia + 3] * b[ib])
                + m03 * (a[ia + 1] * b[ib + 2] - a[ia + 2] * b[ib + 1])
                - m02 * (a[ia + 1] * b[ib + 3] - a[ia + 3] * b[ib + 1])
                + m01 * (a[ia + 2] * b[ib + 3] - a[ia + 3] * b[ib + 2]);
    }

    /**
     * The real antisymmetric tensor T_{mu nu} = eps_{mu nu rho sigma} c^rho d^sigma, written row-major
     * into {@code t[16]}; then eps(a, b, c, d) = a^mu T_{mu nu} b^nu. Used to contract the
     * pseudoscalar-photon-photon vertex with many complex currents at the cost of one tensor.
     */
    public static void tensor(double[] c, int ic, double[] d, int id, double[] t) {
        double m01 = c[ic] * d[id + 1] - c[ic + 1] * d[id];
        double m02 = c[ic] * d[id + 2] - c[ic + 2] * d[id];
        double m03 = c[ic] * d[id + 3] - c[ic + 3] * d[id];
        double m12 = c[ic + 1] * d[id + 2] - c[ic + 2] * d[id + 1];
        double m13 = c[ic + 1] * d[id + 3] - c[ic + 3] * d[id + 1];
        double m23 = c[ic + 2] * d[id + 3] - c[ic + 3] * d[id + 2];
        fillTensorFromMinors(m01, m02, m03, m12, m13, m23, t);
    }

    // T_{mu nu} = sum_{rho<sigma} eps_{mu nu rho sigma} m_{rho sigma}; eps_{0123}=+1.
    private static void fillTensorFromMinors(double m01, double m02, double m03, double m12, double m13,
            double m23, double[] t) {
        double t01 = m23;   // eps_{0123}
        double t02 = -m13;  // eps_{0213} = -1
        double t03 = m12;   // eps_{0312} = +1
        double t12 = m03;   // eps_{1203} = +1
        double t13 = -m02;  // eps_{1302} = -1
        double t23 = m01;   // eps_{2301} = +1
        t[0] = 0;
        t[1] = t01;
        t[2] = t02;
        t[3] = t03;
        t[4] = -t01;
        t[5] = 0;
        t[6] = t12;
        t[7] = t13;
        t[8] = -t02;
        t[9] = -t12;
        t[10] = 0;
        t[11] = t23;
        t[12] = -t03;
        t[13] = -t13;
        t[14] = -t23;
        t[15] = 0;
    }
}
