package org.alpwb.reco.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Helix geometry and the two-track vertex fit on tracks generated from a known vertex. */
class VertexFitTest {
    static final double B_TESLA = 1.5;
    /** Helix errors of a Belle II-like tracker (physics.md orders of magnitude): d0, phi0, omega (rel.), z0, tanLambda. */
    static final double SIGMA_D0_CM = 0.002;
    static final double SIGMA_PHI0 = 1e-3;
    static final double SIGMA_OMEGA_REL = 3e-3;
    static final double SIGMA_Z0_CM = 0.003;
    static final double SIGMA_TANL = 1e-3;

    @Test
    void helixThroughAPointReproducesThePointAndTheDirection() {
        double[][] cases = {{1.2, -0.7, 2.0, 0.8, 0.3, 0.5, 1}, {-2.0, 1.5, -1.0, -0.2, 0.15, -0.4, -1},
            {0.5, 0.5, 0.0, 0.05, -0.12, 0.3, 1}};
        for (double[] c : cases) {
            double[] h = Helix.fromPointMomentum(c[0], c[1], c[2], c[3], c[4], c[5], (int) c[6], B_TESLA);
            assertEquals((int) c[6], Helix.charge(h));
            assertEquals(Math.hypot(c[3], c[4]), Helix.pt(h, B_TESLA), 1e-12);
            double s = Helix.arcLengthTo(h, c[0], c[1]);
            double[] x = new double[3];
            Helix.position(h, 0, s, x);
            assertEquals(c[0], x[0], 1e-9);
            assertEquals(c[1], x[1], 1e-9);
            assertEquals(c[2], x[2], 1e-9);
            // direction (d/ds of the position) equals the momentum direction at the point
            double[][] dh = new double[3][5];
            double[][] ds = new double[3][1];
            Helix.positionDerivatives(h, 0, s, dh, 0, 0, ds, 0);
            double pt = Math.hypot(c[3], c[4]);
            assertEquals(c[3] / pt, ds[0][0], 1e-9);
            assertEquals(c[4] / pt, ds[1][0], 1e-9);
            assertEquals(c[5] / pt, ds[2][0], 1e-9);
            // the perigee is the point of closest approach to the z axis: |perigee| = |d0|
            double[] perigee = new double[3];
            Helix.position(h, 0, 0, perigee);
            assertEquals(Math.abs(h[0]), Math.hypot(perigee[0], perigee[1]), 1e-9);
            double sNear = Helix.arcLengthTo(h, 0, 0);
            assertEquals(0, sNear, 1e-9);
        }
    }

    @Test
    void positionDerivativesMatchFiniteDifferences() {
        double[] h = Helix.fromPointMomentum(1.0, -0.5, 0.7, 0.3, 0.2, 0.4, -1, B_TESLA);
        double s = 3.0;
        double[][] dh = new double[3][5];
        double[][] ds = new double[3][1];
        Helix.positionDerivatives(h, 0, s, dh, 0, 0, ds, 0);
        for (int k = 0; k < 5; k++) {
            double step = 1e-6 * Math.max(Math.abs(h[k]), 1e-3);
            double[] up = h.clone();
            double[] down = h.clone();
            up[k] += step;
            down[k] -= step;
            double[] xu = new double[3];
            double[] xd = new double[3];
            Helix.position(up, 0, s, xu);
            Helix.position(down, 0, s, xd);
            for (int c = 0; c < 3; c++) {
                double numeric = (xu[c] - xd[c]) / (2 * step);
                // central differences, relative accuracy ~1e-8 here
                assertEquals(numeric, dh[c][k], 1e-6 * Math.max(1, Math.abs(numeric)), "dx" + c + "/dh" + k);
            }
        }
    }

    static double[] smear(double[] h, ZigguratSampler.NormalizedGaussian gauss) {
        return new double[] {h[0] + SIGMA_D0_CM * gauss.sample(), h[1] + SIGMA_PHI0 * gauss.sample(),
            h[2] * (1 + SIGMA_OMEGA_REL * gauss.sample()), h[3] + SIGMA_Z0_CM * gauss.sample(),
            h[4] + SIGMA_TANL * gauss.sample()};
    }

    static double[][] covariance(double[] h) {
        double[][] c = new double[5][5];
        c[0][0] = SIGMA_D0_CM * SIGMA_D0_CM;
        c[1][1] = SIGMA_PHI0 * SIGMA_PHI0;
        c[2][2] = Math.pow(SIGMA_OMEGA_REL * h[2], 2);
        c[3][3] = SIGMA_Z0_CM * SIGMA_Z0_CM;
        c[4][4] = SIGMA_TANL * SIGMA_TANL;
        return c;
    }

    @Test
    void recoversAKnownDisplacedVertexWithNormalPulls() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {5, 6, 7, 8});
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] vertex = {0.9, -0.6, 1.5};
        double trueD = Math.sqrt(0.81 + 0.36 + 2.25);
        VertexFit fitter = new VertexFit();
        int trials = 800;
        int converged = 0;
        double[] sumPull = new double[3];
        double[] sumPull2 = new double[3];
        double sumChi2 = 0;
        double sumDPull = 0;
        for (int n = 0; n < trials; n++) {
            // an e+ e- pair with a wide opening angle, 0.3-3 GeV each
            double[][] p = new double[2][];
            for (int t = 0; t < 2; t++) {
                double pt = 0.3 + 2.7 * rng.nextDouble();
                double phi = 2 * Math.PI * rng.nextDouble();
                double cot = -1.5 + 3 * rng.nextDouble();
                p[t] = new double[] {pt * Math.cos(phi), pt * Math.sin(phi), pt * cot};
            }
            double[] h1 = Helix.fromPointMomentum(vertex[0], vertex[1], vertex[2], p[0][0], p[0][1], p[0][2], 1, B_TESLA);
            double[] h2 = Helix.fromPointMomentum(vertex[0], vertex[1], vertex[2], p[1][0], p[1][1], p[1][2], -1, B_TESLA);
            VertexFit.Result r = fitter.fit(smear(h1, gauss), covariance(h1), smear(h2, gauss), covariance(h2),
                    new double[3]);
            if (!r.converged()) {
                continue;
            }
            converged++;
            assertEquals(1, r.fit().ndf());
            for (int c = 0; c < 3; c++) {
                double pull = (r.vertexCm(c) - vertex[c]) / Math.sqrt(r.vertexCovariance(c, c));
                sumPull[c] += pull;
                sumPull2[c] += pull * pull;
            }
            sumChi2 += r.chi2();
            sumDPull += (r.displacementCm() - trueD) / r.displacementErrorCm();
        }
        // nearly back-to-back pairs make the vertex ill-defined along the common line; allow a few
        assertTrue(converged >= 0.98 * trials, "converged " + converged + " of " + trials);
        // N = 800: sd of the mean pull 0.035, of the rms 0.025; tolerances ~4 sd
        for (int c = 0; c < 3; c++) {
            double mean = sumPull[c] / converged;
            double rms = Math.sqrt(sumPull2[c] / converged - mean * mean);
            assertEquals(0, mean, 0.15, "mean vertex pull " + c);
            assertEquals(1, rms, 0.1, "rms vertex pull " + c);
        }
        // chi2(1): mean 1, sd of the mean sqrt(2/800) = 0.05
        assertEquals(1.0, sumChi2 / converged, 0.2, "mean chi2");
        assertEquals(0, sumDPull / converged, 0.15, "mean pull of D");
    }

    @Test
    void tracksFromTheInteractionPointHaveSmallDisplacement() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {9, 10, 11, 12});
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        VertexFit fitter = new VertexFit();
        int below = 0;
        int trials = 200;
        for (int n = 0; n < trials; n++) {
            double[] h1 = Helix.fromPointMomentum(0, 0, 0, 1.0, 0.4 + rng.nextDouble(), 0.3, 1, B_TESLA);
            double[] h2 = Helix.fromPointMomentum(0, 0, 0, -0.8, -0.2 - rng.nextDouble(), -0.5, -1, B_TESLA);
            VertexFit.Result r = fitter.fit(smear(h1, gauss), covariance(h1), smear(h2, gauss), covariance(h2),
                    new double[3]);
            assertTrue(r.converged());
            if (r.displacementCm() < 0.1) {
                below++;
            }
        }
        // vertex errors are ~ 20-50 micron here, so D < 1 mm essentially always (the thesis cut is 1 cm)
        assertTrue(below >= 0.99 * trials, below + " of " + trials);
    }
}
