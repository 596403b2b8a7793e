package org.alpwb.detector.belle2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HelixTest {
    private final double[] out = new double[5];
    private final double[] entry = new double[3];

    @Test
    void trackFromOriginHasZeroImpactParameters() {
        Helix.perigee(1, 0, 0, 0, 0.6, 0.8, 0.5, out);
        // analytic: the POCA is the origin; rounding only
        assertEquals(0, out[Helix.D0], 1e-12);
        assertEquals(0, out[Helix.Z0], 1e-12);
        assertEquals(Math.atan2(0.8, 0.6), out[Helix.PHI0], 1e-12);
        assertEquals(1 / (1.0 * Belle2Geometry.CM_PER_GEV), out[Helix.OMEGA], 1e-15);
        assertEquals(0.5, out[Helix.TAN_LAMBDA], 1e-15);
    }

    @Test
    void radialConversionLegHasAnalyticImpactParameter() {
        // leg born at radius R moving radially: |d0| = sqrt(R^2 + rho^2) - rho (circle geometry)
        double r = 10.4;
        double pt = 0.3;
        double rho = pt * Belle2Geometry.CM_PER_GEV;
        for (int q : new int[] {-1, 1}) {
            Helix.perigee(q, r, 0, 5.0, pt, 0, 0.1, out);
            assertEquals(Math.sqrt(r * r + rho * rho) - rho, Math.abs(out[Helix.D0]), 1e-9);
            // z0 lies behind the start by the arc length to the POCA times tan(lambda)
            double arc = rho * Math.atan2(r, rho);
            assertEquals(5.0 - arc * 0.1 / pt, out[Helix.Z0], 1e-9);
        }
    }

    @Test
    void signedImpactParameterFollowsBasf2() {
        // basf2 Helix::cartesianToPerigee: centre c = (x + q py rho/pt, y - q px rho/pt), d0 = q (|c| - rho),
        // perigee position (d0 sin phi0, -d0 cos phi0) lies on the circle; checked for both charges, both
        // sides of the axis and points before/after the perigee
        double[][] starts = {{0.7, -0.3, 1.0, 0.25, 0.4, 0.3}, {-2.0, 1.5, -3.0, -0.5, 0.2, -0.1},
            {3.0, 4.0, 0.0, 0.05, -0.12, 0.2}, {0.0, -1.0, 2.0, 1.2, 0.0, 0.6}};
        for (double[] st : starts) {
            for (int q : new int[] {-1, 1}) {
                Helix.perigee(q, st[0], st[1], st[2], st[3], st[4], st[5], out);
                double pt = Math.hypot(st[3], st[4]);
                double rho = Helix.radiusCm(pt);
                double cx = st[0] + q * st[4] / pt * rho;
                double cy = st[1] - q * st[3] / pt * rho;
                double expected = q * (Math.hypot(cx, cy) - rho);
                // 1e-9 cm: double rounding on cm-scale geometry
                assertEquals(expected, out[Helix.D0], 1e-9);
                double px0 = out[Helix.D0] * Math.sin(out[Helix.PHI0]);
                double py0 = -out[Helix.D0] * Math.cos(out[Helix.PHI0]);
                assertEquals(rho, Math.hypot(px0 - cx, py0 - cy), 1e-9);
                // the flight direction at the perigee is perpendicular to the perigee position vector
                assertEquals(0, px0 * Math.cos(out[Helix.PHI0]) + py0 * Math.sin(out[Helix.PHI0]), 1e-9);
            }
        }
    }

    @Test
    void centralTrackReachesBarrelExactlyAtThreshold() {
        // a track from the origin reaches radius 2 rho at most: threshold pT = 125 cm / 2 / CM_PER_GEV = 0.281 GeV
        double threshold = Belle2Geometry.ECL_BARREL_RADIUS_CM / 2 / Belle2Geometry.CM_PER_GEV;
        assertEquals(0.281, threshold, 5e-4); // physics.md: "pT > ~0.28 GeV to reach the barrel ECL"
        assertTrue(Helix.eclEntry(1, 0, 0, 0, threshold * (1 + 1e-6), 0, 0, 43, 47, entry));
        assertEquals(Belle2Geometry.ECL_BARREL_RADIUS_CM, Math.hypot(entry[0], entry[1]), 1e-6);
        assertFalse(Helix.eclEntry(1, 0, 0, 0, threshold * (1 - 1e-6), 0, 0, 43, 47, entry));
        assertFalse(Helix.eclEntry(-1, 0, 0, 0, 0, threshold * (1 - 1e-6), 0, 43, 47, entry));
    }

    @Test
    void forwardTrackEntersEndcapPlane() {
        // 3 GeV at 20 deg: nearly straight; hits z = 196 cm at r ~ 196 tan(20 deg) = 71.3 cm (sagitta < 1 cm)
        double t = Math.toRadians(20);
        assertTrue(Helix.eclEntry(-1, 0, 0, 0, 3 * Math.sin(t), 0, 3 * Math.cos(t), 43, 47, entry));
        assertEquals(Belle2Geometry.ECL_FORWARD_Z_CM, entry[2], 1e-9);
        assertEquals(196 * Math.tan(t), Math.hypot(entry[0], entry[1]), 1.0);
        // a soft curler at 20 deg stays at small radius and escapes through the endcap hole
        assertFalse(Helix.eclEntry(-1, 0, 0, 0, 0.05 * Math.sin(t), 0, 0.05 * Math.cos(t), 43, 47, entry));
    }
}
