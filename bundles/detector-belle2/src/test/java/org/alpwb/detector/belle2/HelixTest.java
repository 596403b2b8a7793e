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
