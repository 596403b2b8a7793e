package org.alpwb.detector.belle2;

/**
 * Detector resolutions as functions of the true kinematics. Track and ECL energy/angle formulas
 * from physics.md (Resolutions [model]); impact-parameter and cluster-time parametrisations are our
 * [model] assumptions (see README).
 */
final class Resolution {
    /** sigma(pT)/pT = 0.0011 pT (+) 0.0025 / beta. */
    static final double PT_CURVATURE_TERM = 0.0011;
    static final double PT_SCATTERING_TERM = 0.0025;
    /** Track angles ~1 mrad. */
    static final double TRACK_ANGLE_RAD = 1.0e-3;
    /** sigma(dr) = 12 um (+) 20 um / (p beta sin^(3/2) theta); sigma(dz) = 20 um (+) 30 um / (p beta sin^(5/2) theta). */
    static final double DR_CONSTANT_CM = 12e-4;
    static final double DR_SCATTERING_CM = 20e-4;
    static final double DZ_CONSTANT_CM = 20e-4;
    static final double DZ_SCATTERING_CM = 30e-4;
    /** ECL: sigma(E)/E = 0.2 %/E (+) 1.6 %/E^(1/4) (+) 1.2 %. */
    static final double ECL_NOISE = 0.002;
    static final double ECL_STOCHASTIC = 0.016;
    static final double ECL_CONSTANT = 0.012;
    /** ECL angles ~4 mrad / sqrt(E/GeV). */
    static final double ECL_ANGLE_RAD = 4.0e-3;
    /** Cluster time: sigma(t) = 1 ns * (0.1 GeV / E) (+) 0.2 ns. */
    static final double TIME_AT_100_MEV_NS = 1.0;
    static final double TIME_CONSTANT_NS = 0.2;

    private Resolution() {
    }

    static double relativePt(double ptGeV, double beta) {
        return Math.hypot(PT_CURVATURE_TERM * ptGeV, PT_SCATTERING_TERM / beta);
    }

    static double drCm(double pGeV, double beta, double sinTheta) {
        return Math.hypot(DR_CONSTANT_CM, DR_SCATTERING_CM / (pGeV * beta * Math.pow(sinTheta, 1.5)));
    }

    static double dzCm(double pGeV, double beta, double sinTheta) {
        return Math.hypot(DZ_CONSTANT_CM, DZ_SCATTERING_CM / (pGeV * beta * Math.pow(sinTheta, 2.5)));
    }

    static double eclRelativeEnergy(double energyGeV) {
        double noise = ECL_NOISE / energyGeV;
        double stochastic = ECL_STOCHASTIC / Math.sqrt(Math.sqrt(energyGeV));
        return Math.sqrt(noise * noise + stochastic * stochastic + ECL_CONSTANT * ECL_CONSTANT);
    }

    static double eclAngle(double energyGeV) {
        return ECL_ANGLE_RAD / Math.sqrt(energyGeV);
    }

    static double clusterTimeNs(double energyGeV) {
        return Math.hypot(TIME_AT_100_MEV_NS * 0.1 / energyGeV, TIME_CONSTANT_NS);
    }
}
