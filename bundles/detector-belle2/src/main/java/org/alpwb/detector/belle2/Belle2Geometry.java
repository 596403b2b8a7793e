package org.alpwb.detector.belle2;

/**
 * Fixed Belle II geometry and beam numbers (cm, GeV, T). Sources: physics.md "Belle II: beams and
 * detector" (basf2 beam parameters, acceptance variables and geometry).
 */
final class Belle2Geometry {
    /** Solenoid field (T). */
    static final double FIELD_TESLA = 1.5;
    /** Radius of curvature per GeV of pT: rho[cm] = pT[GeV] / (0.299792458 B[T]) * 100. */
    static final double CM_PER_GEV = 100.0 / (0.299792458 * FIELD_TESLA);

    /** ECL barrel inner radius and endcap planes (cm). */
    static final double ECL_BARREL_RADIUS_CM = 125.0;
    static final double ECL_FORWARD_Z_CM = 196.0;
    static final double ECL_BACKWARD_Z_CM = -102.0;

    /** ECL polar acceptance and the barrel-endcap gaps (deg). */
    static final double ECL_THETA_MIN_DEG = 12.4;
    static final double ECL_THETA_MAX_DEG = 155.1;
    static final double ECL_FORWARD_GAP_MIN_DEG = 31.4;
    static final double ECL_FORWARD_GAP_MAX_DEG = 32.2;
    static final double ECL_BACKWARD_GAP_MIN_DEG = 128.7;
    static final double ECL_BACKWARD_GAP_MAX_DEG = 130.7;

    /** Beams at the Upsilon(4S) (GeV, rad). */
    static final double ELECTRON_BEAM_GEV = 7.004;
    static final double POSITRON_BEAM_GEV = 4.002;
    static final double CROSSING_ANGLE_RAD = 0.083;
    static final double ELECTRON_SPREAD_GEV = 5.13e-3;
    static final double POSITRON_SPREAD_GEV = 2.375e-3;

    static final double ELECTRON_MASS_GEV = 0.51099895e-3;
    static final double MUON_MASS_GEV = 0.1056584;

    private Belle2Geometry() {
    }
}
