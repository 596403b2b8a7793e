package org.alpwb.physics.integration;

import org.alpwb.physics.amplitude.MatrixElement;
import org.alpwb.physics.phasespace.Kinematics;

/**
 * Test-only analytic |M|^2 for e+e- -> mu+mu- (one photon, massless electrons, massive muons):
 * <|M|^2> = 2 e^4 [(t - m^2)^2 + (u - m^2)^2 + 2 m^2 s]/s^2, which gives dsigma/dOmega =
 * (alpha^2/4s) beta [1 + cos^2 + (1 - beta^2) sin^2] (physics.md). Particles: e-, e+, mu-, mu+.
 */
final class TestMuMu implements MatrixElement {
    static final double ALPHA = 1 / 137.035999;
    static final double ME = 0.51099895e-3;
    static final double MMU = 0.1056584;

    @Override
    public int[] pdgIds() {
        return new int[] {11, -11, 13, -13};
    }

    @Override
    public double[] massesGeV() {
        return new double[] {ME, ME, MMU, MMU};
    }

    @Override
    public double squared(double[] p) {
        double e2 = 4 * Math.PI * ALPHA;
        double s = Kinematics.pairMassSquared(p, 0, 1);
        // t - m^2 = -2 p1.p3 and u - m^2 = -2 p1.p4 for massless electrons
        double tm = -2 * Kinematics.dot(p, 0, 2);
        double um = -2 * Kinematics.dot(p, 0, 3);
        return 2 * e2 * e2 * (tm * tm + um * um + 2 * MMU * MMU * s) / (s * s);
    }

    @Override
    public MatrixElement copy() {
        return this;
    }

    /** Analytic total cross section in pb at sqrt(s). */
    static double sigmaPb(double sqrtS) {
        double s = sqrtS * sqrtS;
        double beta = Math.sqrt(1 - 4 * MMU * MMU / s);
        return 4 * Math.PI * ALPHA * ALPHA / (3 * s) * beta * (3 - beta * beta) / 2 * ScatteringIntegrand.GEV2_TO_PB;
    }

    /** Analytic dsigma/dcos(theta) of the mu- in pb. */
    static double dSigmaDCosPb(double sqrtS, double cos) {
        double s = sqrtS * sqrtS;
        double beta = Math.sqrt(1 - 4 * MMU * MMU / s);
        double sin2 = 1 - cos * cos;
        return 2 * Math.PI * ALPHA * ALPHA / (4 * s) * beta * (1 + cos * cos + (1 - beta * beta) * sin2)
                * ScatteringIntegrand.GEV2_TO_PB;
    }
}
