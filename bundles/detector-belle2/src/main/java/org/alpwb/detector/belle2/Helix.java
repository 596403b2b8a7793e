package org.alpwb.detector.belle2;

/**
 * A charged particle's helix in the solenoid field along +z: perigee parameters relative to the z
 * axis in the basf2 convention (perigee at (d0 sin(phi0), -d0 cos(phi0)), omega = q / rho, the same as
 * {@code org.alpwb.reco.fit.Helix}) and the point where it enters the ECL. Positive particles turn clockwise
 * seen from +z (force q v x B). Lengths in cm, momenta in GeV.
 */
final class Helix {
    static final int D0 = 0;
    static final int PHI0 = 1;
    static final int OMEGA = 2;
    static final int Z0 = 3;
    static final int TAN_LAMBDA = 4;
    /** A helix that has not reached an endcap plane after this many turns is taken to stop [model]. */
    static final double MAX_TURNS_TO_ENDCAP = 1.0;

    private Helix() {
    }

    /** Radius of curvature (cm) of a track with transverse momentum {@code ptGeV}. */
    static double radiusCm(double ptGeV) {
        return ptGeV * Belle2Geometry.CM_PER_GEV;
    }

    /**
     * Perigee parameters (d0, phi0, omega, z0, tanLambda) of the helix through vertex (x, y, z) with momentum
     * (px, py, pz) and charge q (+-1), written into {@code out[0..4]}. The point of closest approach is on
     * the full circle, also when it lies before the production point (conversion legs), as a track fit
     * extrapolates it.
     */
    static void perigee(int q, double x, double y, double z, double px, double py, double pz, double[] out) {
        double pt = Math.hypot(px, py);
        double rho = radiusCm(pt);
        double ux = px / pt;
        double uy = py / pt;
        // centre: to the right of the motion for q > 0 (clockwise), to the left for q < 0
        double cx = x + q * rho * uy;
        double cy = y - q * rho * ux;
        double dc = Math.hypot(cx, cy);
        double pocaX;
        double pocaY;
        if (dc == 0) { // circle centred on the axis: every point is a POCA, take the start
            pocaX = x;
            pocaY = y;
        } else {
            pocaX = cx * (1 - rho / dc);
            pocaY = cy * (1 - rho / dc);
        }
        // direction of motion at the POCA: q * (sin a, -cos a) with a the angle of (poca - centre)
        double ax = (pocaX - cx) / rho;
        double ay = (pocaY - cy) / rho;
        double vx = q * ay;
        double vy = -q * ax;
        double phi0 = Math.atan2(vy, vx);
        // transverse path from the start to the POCA along the motion (negative: POCA behind the start)
        double aStart = Math.atan2(y - cy, x - cx);
        double aPoca = Math.atan2(ay, ax);
        double turned = wrap(-q * (aPoca - aStart)); // angle turned along the motion, in (-pi, pi]
        double s = turned * rho;
        // basf2 (framework/dataobjects Helix): the perigee is at (d0 sin(phi0), -d0 cos(phi0)), i.e. d0 > 0
        // when the momentum there is turned by +pi/2 from the perigee position vector
        out[D0] = pocaX * Math.sin(phi0) - pocaY * Math.cos(phi0);
        out[PHI0] = phi0;
        out[OMEGA] = q / rho;
        out[Z0] = z + s * pz / pt;
        out[TAN_LAMBDA] = pz / pt;
    }

    /**
     * Where the helix from vertex (x, y, z) with momentum (px, py, pz) and charge q first enters the ECL
     * (barrel cylinder or an endcap plane between the given inner radius and the barrel radius). Writes
     * the entry point into {@code entry[0..2]} and returns true, or returns false if it never does.
     */
    static boolean eclEntry(int q, double x, double y, double z, double px, double py, double pz,
            double forwardInnerRadiusCm, double backwardInnerRadiusCm, double[] entry) {
        double pt = Math.hypot(px, py);
        if (pt == 0) {
            return false;
        }
        double rho = radiusCm(pt);
        double ux = px / pt;
        double uy = py / pt;
        double cx = x + q * rho * uy;
        double cy = y - q * rho * ux;
        double dc = Math.hypot(cx, cy);
        double aStart = Math.atan2(y - cy, x - cx);
        double tanLambda = pz / pt;
        double barrelPath = Double.POSITIVE_INFINITY;
        double rB = Belle2Geometry.ECL_BARREL_RADIUS_CM;
        if (dc > 0) {
            double kappa = (rB * rB - dc * dc - rho * rho) / (2 * rho * dc);
            if (Math.abs(kappa) <= 1) {
                double gamma = Math.atan2(cy, cx);
                double delta = Math.acos(kappa);
                barrelPath = Math.min(forwardTurn(q, aStart, gamma + delta), forwardTurn(q, aStart, gamma - delta))
                        * rho;
            }
        }
        double zB = z + barrelPath * tanLambda;
        if (barrelPath < Double.POSITIVE_INFINITY && zB <= Belle2Geometry.ECL_FORWARD_Z_CM
                && zB >= Belle2Geometry.ECL_BACKWARD_Z_CM) {
            double a = aStart - q * barrelPath / rho;
            entry[0] = cx + rho * Math.cos(a);
            entry[1] = cy + rho * Math.sin(a);
            entry[2] = zB;
            return true;
        }
        if (tanLambda == 0) {
            return false;
        }
        double zPlane = tanLambda > 0 ? Belle2Geometry.ECL_FORWARD_Z_CM : Belle2Geometry.ECL_BACKWARD_Z_CM;
        double planePath = (zPlane - z) / tanLambda;
        // curlers that need more than one turn to get there lose energy and are not followed [model]
        if (planePath < 0 || planePath > barrelPath || planePath > MAX_TURNS_TO_ENDCAP * 2 * Math.PI * rho) {
            return false;
        }
        double a = aStart - q * planePath / rho;
        double ex = cx + rho * Math.cos(a);
        double ey = cy + rho * Math.sin(a);
        double r = Math.hypot(ex, ey);
        double inner = tanLambda > 0 ? forwardInnerRadiusCm : backwardInnerRadiusCm;
        if (r < inner || r > rB) {
            return false;
        }
        entry[0] = ex;
        entry[1] = ey;
        entry[2] = zPlane;
        return true;
    }

    /** Angle turned along the motion from aStart to aTarget, in [0, 2 pi). */
    private static double forwardTurn(int q, double aStart, double aTarget) {
        double turn = -q * (aTarget - aStart);
        turn %= 2 * Math.PI;
        return turn < 0 ? turn + 2 * Math.PI : turn;
    }

    static double wrap(double angle) {
        double a = angle % (2 * Math.PI);
        if (a > Math.PI) {
            a -= 2 * Math.PI;
        } else if (a <= -Math.PI) {
            a += 2 * Math.PI;
        }
        return a;
    }
}
