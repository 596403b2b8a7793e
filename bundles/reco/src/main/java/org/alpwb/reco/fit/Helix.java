package org.alpwb.reco.fit;

/**
 * Perigee helix parameters of a charged track in a solenoid field B along +z, with respect to the
 * origin, in the basf2 convention (as in {@code org.alpwb.api.detector.RecoBlock}): (d0 [cm], phi0,
 * omega [1/cm], z0 [cm], tanLambda), omega = q c B / pT (positive for positive charge), perigee at
 * (d0 sin(phi0), -d0 cos(phi0)), flight direction there (cos(phi0), sin(phi0)). A positive charge turns
 * clockwise seen from +z, so the position at transverse arc length s from the perigee is
 * <pre>
 *   x(s) =  d0 sin(phi0) + (sin(phi0) - sin(phi0 - omega s)) / omega
 *   y(s) = -d0 cos(phi0) - (cos(phi0) - cos(phi0 - omega s)) / omega
 *   z(s) =  z0 + s tanLambda
 * </pre>
 * and the direction at s is (cos(phi0 - omega s), sin(phi0 - omega s)). Internally the code works
 * with the counter-clockwise curvature w = -omega.
 */
public final class Helix {
    /** c in GeV / (T cm): pT[GeV] = C_GEV_PER_T_CM * B[T] * R[cm]. */
    public static final double C_GEV_PER_T_CM = 0.299792458e-2;

    private Helix() {
    }

    /** Helix through point (x, y, z) [cm] with momentum (px, py, pz) [GeV] there, for charge q (+1/-1). */
    public static double[] fromPointMomentum(double x, double y, double z, double px, double py, double pz,
            int charge, double bTesla) {
        double pt = Math.hypot(px, py);
        double omega = -charge * C_GEV_PER_T_CM * bTesla / pt; // counter-clockwise curvature w
        double rho = 1.0 / omega;
        double phi = Math.atan2(py, px);
        // circle centre = point + rho (-sin phi, cos phi)
        double cx = x - rho * Math.sin(phi);
        double cy = y + rho * Math.cos(phi);
        double c = Math.hypot(cx, cy);
        double sign = Math.signum(rho);
        double phi0 = Math.atan2(-sign * cx, sign * cy);
        double d0 = rho - sign * c;
        double dphi = Math.IEEEremainder(phi - phi0, 2 * Math.PI);
        double s = dphi / omega;
        double tanLambda = pz / pt;
        return new double[] {d0, phi0, -omega, z - s * tanLambda, tanLambda};
    }

    /** Transverse arc length from the perigee to the point of the helix closest (in x-y) to (x, y). */
    public static double arcLengthTo(double[] h, double x, double y) {
        double w = -h[2];
        double rho = 1.0 / w;
        double cx = Math.sin(h[1]) * (h[0] - rho);
        double cy = -Math.cos(h[1]) * (h[0] - rho);
        // the point on the circle at direction phi is centre + rho (sin phi, -cos phi)
        double phi = Math.atan2((x - cx) / rho, -(y - cy) / rho);
        return Math.IEEEremainder(phi - h[1], 2 * Math.PI) / w;
    }

    /** Writes the position at arc length s into {@code out[0..2]}. */
    public static void position(double[] h, int offset, double s, double[] out) {
        double d0 = h[offset];
        double phi0 = h[offset + 1];
        double omega = -h[offset + 2];
        double sin0 = Math.sin(phi0);
        double cos0 = Math.cos(phi0);
        double sin1 = Math.sin(phi0 + omega * s);
        double cos1 = Math.cos(phi0 + omega * s);
        out[0] = d0 * sin0 + (sin1 - sin0) / omega;
        out[1] = -d0 * cos0 - (cos1 - cos0) / omega;
        out[2] = h[offset + 3] + s * h[offset + 4];
    }

    /**
     * Derivatives of the position at arc length s: d(x,y,z)/d(helix) into {@code dHelix[row0..row0+2]
     * [col0..col0+4]} and d(x,y,z)/ds into {@code dArc[row0..row0+2][arcColumn]}.
     */
    public static void positionDerivatives(double[] h, int offset, double s, double[][] dHelix, int row0, int col0,
            double[][] dArc, int arcColumn) {
        double d0 = h[offset];
        double phi0 = h[offset + 1];
        double omega = -h[offset + 2]; // counter-clockwise curvature; d/d(basf2 omega) = -d/d(omega here)
        double sin0 = Math.sin(phi0);
        double cos0 = Math.cos(phi0);
        double sin1 = Math.sin(phi0 + omega * s);
        double cos1 = Math.cos(phi0 + omega * s);
        double[] rx = dHelix[row0];
        double[] ry = dHelix[row0 + 1];
        double[] rz = dHelix[row0 + 2];
        rx[col0] = sin0;
        rx[col0 + 1] = d0 * cos0 + (cos1 - cos0) / omega;
        rx[col0 + 2] = -(s * cos1 / omega - (sin1 - sin0) / (omega * omega));
        rx[col0 + 3] = 0;
        rx[col0 + 4] = 0;
        ry[col0] = -cos0;
        ry[col0 + 1] = d0 * sin0 + (sin1 - sin0) / omega;
        ry[col0 + 2] = -(s * sin1 / omega + (cos1 - cos0) / (omega * omega));
        ry[col0 + 3] = 0;
        ry[col0 + 4] = 0;
        rz[col0] = 0;
        rz[col0 + 1] = 0;
        rz[col0 + 2] = 0;
        rz[col0 + 3] = 1;
        rz[col0 + 4] = s;
        dArc[row0][arcColumn] = cos1;
        dArc[row0 + 1][arcColumn] = sin1;
        dArc[row0 + 2][arcColumn] = h[offset + 4];
    }

    /** Transverse momentum in GeV. */
    public static double pt(double[] h, double bTesla) {
        return C_GEV_PER_T_CM * bTesla / Math.abs(h[2]);
    }

    /** Charge (+1/-1) for a field along +z. */
    public static int charge(double[] h) {
        return h[2] > 0 ? 1 : -1;
    }

    /** Unpacks a 5 x 5 covariance stored as its upper triangle row by row (15 numbers from {@code offset}). */
    public static double[][] unpackCovariance(double[] packed, int offset) {
        double[][] c = new double[5][5];
        int k = offset;
        for (int i = 0; i < 5; i++) {
            for (int j = i; j < 5; j++) {
                c[i][j] = packed[k];
                c[j][i] = packed[k];
                k++;
            }
        }
        return c;
    }

    /**
     * The kinematic-fit parameters (1/pT, theta, phi) at the perigee and their covariance, from the
     * helix and its 5 x 5 covariance, by linear error propagation.
     */
    public static double[][] fitCovariance(double[] h, double[][] helixCovariance, double bTesla) {
        // d(1/pT)/d omega = sign(omega) / (c B); d theta / d tanLambda = -1 / (1 + tanLambda^2); phi = phi0
        double[][] j = new double[3][5];
        j[0][2] = Math.signum(h[2]) / (C_GEV_PER_T_CM * bTesla);
        j[1][4] = -1.0 / (1.0 + h[4] * h[4]);
        j[2][1] = 1.0;
        double[][] out = new double[3][3];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double sum = 0;
                for (int k = 0; k < 5; k++) {
                    for (int l = 0; l < 5; l++) {
                        sum += j[a][k] * helixCovariance[k][l] * j[b][l];
                    }
                }
                out[a][b] = sum;
            }
        }
        return out;
    }

    /** The kinematic-fit parameters (1/pT [1/GeV], theta, phi) at the perigee. */
    public static double[] fitParameters(double[] h, double bTesla) {
        return new double[] {1.0 / pt(h, bTesla), Math.PI / 2 - Math.atan(h[4]), h[1]};
    }
}
