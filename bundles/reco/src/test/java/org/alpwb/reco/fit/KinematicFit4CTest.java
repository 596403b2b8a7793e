package org.alpwb.reco.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The 4C fit on events generated with exact four-momentum conservation and then smeared with known
 * Gaussian errors: if the fit and its covariance algebra are right, pulls are N(0,1), chi2 follows
 * chi2(4) and its p-value is flat (Avery CBX 98-37, sec. 4).
 */
class KinematicFit4CTest {
    static final ParticleFitType[] TYPES = {ParticleFitType.TRACK, ParticleFitType.TRACK, ParticleFitType.PHOTON,
        ParticleFitType.PHOTON};
    static final double[] MASSES = {TestKinematics.ELECTRON_MASS_GEV, TestKinematics.ELECTRON_MASS_GEV, 0, 0};

    /** Belle II-like resolutions (physics.md): sigma(pT)/pT = 0.3 %, track angles 1 mrad; ECL 2 %, 4 mrad / sqrt(E). */
    static double[][] covariance(ParticleFitType type, double[] params) {
        double[][] c = new double[3][3];
        if (type == ParticleFitType.TRACK) {
            double s = 0.003 * params[0];
            c[0][0] = s * s;
            c[1][1] = 1e-6;
            c[2][2] = 1e-6;
            c[0][1] = c[1][0] = 0.3 * s * 1e-3; // a correlation, to exercise the full covariance
        } else {
            double s = 0.02 * params[0];
            double a = 4e-3 / Math.sqrt(params[0]);
            c[0][0] = s * s;
            c[1][1] = a * a;
            c[2][2] = a * a;
        }
        return c;
    }

    static boolean accepted(double[][] event) {
        for (int i = 0; i < 4; i++) {
            double theta = TestKinematics.theta(event[i]);
            double pt = Math.hypot(event[i][1], event[i][2]);
            if (theta < 0.3 || theta > 2.6 || pt < 0.1 || (i >= 2 && event[i][0] < 0.1)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void pullsAreStandardNormalAndChi2FollowsChi2With4Dof() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {11, 12, 13, 14});
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        KinematicFit4C fitter = new KinematicFit4C();
        int events = 3000;
        int converged = 0;
        double[] sumPull = new double[12];
        double[] sumPull2 = new double[12];
        double sumChi2 = 0;
        double[] pValues = new double[events];
        double maxResidual = 0;
        int iterations = 0;
        for (int n = 0; n < events; n++) {
            double[][] truth;
            do {
                truth = TestKinematics.eeggEvent(rng, TestKinematics.BELLE2_BEAM, 0.3 + 7 * rng.nextDouble());
            } while (!accepted(truth));
            double[] measured = new double[12];
            double[][][] cov = new double[4][][];
            for (int i = 0; i < 4; i++) {
                double[] t = new double[3];
                TYPES[i].parametersOf(truth[i][1], truth[i][2], truth[i][3], truth[i][0], t, 0);
                cov[i] = covariance(TYPES[i], t);
                // correlated smearing via the 2x2 Cholesky factor of the (0,1) block; (2) independent
                double l00 = Math.sqrt(cov[i][0][0]);
                double l10 = cov[i][1][0] / l00;
                double l11 = Math.sqrt(cov[i][1][1] - l10 * l10);
                double g0 = gauss.sample();
                double g1 = gauss.sample();
                measured[3 * i] = t[0] + l00 * g0;
                measured[3 * i + 1] = t[1] + l10 * g0 + l11 * g1;
                measured[3 * i + 2] = t[2] + Math.sqrt(cov[i][2][2]) * gauss.sample();
            }
            KinematicFit4C.Result result = fitter.fit(TYPES, MASSES, measured, cov, TestKinematics.BELLE2_BEAM);
            FitResult fit = result.fit();
            if (!fit.converged()) {
                continue;
            }
            converged++;
            iterations += fit.iterations();
            assertEquals(4, fit.ndf());
            for (int k = 0; k < 12; k++) {
                sumPull[k] += fit.pull(k);
                sumPull2[k] += fit.pull(k) * fit.pull(k);
            }
            sumChi2 += fit.chi2();
            pValues[converged - 1] = fit.pValue();
            // constraint satisfaction, recomputed independently from the fitted four-momenta
            for (int c = 0; c < 4; c++) {
                double sum = 0;
                for (int i = 0; i < 4; i++) {
                    sum += result.component(i, c);
                }
                maxResidual = Math.max(maxResidual, Math.abs(sum - TestKinematics.BELLE2_BEAM[c]));
            }
        }
        // smearing is small (< 2 %), so the Newton iteration must converge essentially always
        assertTrue(converged >= 0.995 * events, "convergence rate " + converged + "/" + events);
        assertTrue(maxResidual < 1e-5, "max |sum p - P_beam| after fit " + maxResidual + " GeV");
        assertTrue((double) iterations / converged < 5, "mean iterations " + (double) iterations / converged);
        // N ~ 3000: the mean pull has sd 0.018, the rms sd 0.013; 4-5 sd plus a small allowance for the
        // non-linearity of the constraints (second-order effects of relative size ~ sigma/value ~ 1 %)
        for (int k = 0; k < 12; k++) {
            double mean = sumPull[k] / converged;
            double rms = Math.sqrt(sumPull2[k] / converged - mean * mean);
            assertEquals(0, mean, 0.08, "mean pull of parameter " + k);
            assertEquals(1, rms, 0.06, "rms pull of parameter " + k);
        }
        // chi2(4): mean 4, sd of the sample mean sqrt(8/3000) = 0.05; 4 sd
        assertEquals(4.0, sumChi2 / converged, 0.2, "mean chi2");
        double[] p = java.util.Arrays.copyOf(pValues, converged);
        double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), p);
        // flat p-value: reject only at the 1e-3 level (one false alarm in a thousand seeds)
        assertTrue(ks > 1e-3, "KS p-value of the chi2 probability distribution " + ks);
    }

    @Test
    void aMissingPhotonGivesALargeChi2() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {21, 22, 23, 24});
        KinematicFit4C fitter = new KinematicFit4C();
        int rejected = 0;
        int trials = 200;
        for (int n = 0; n < trials; n++) {
            double[][] truth;
            do {
                truth = TestKinematics.eeggEvent(rng, TestKinematics.BELLE2_BEAM, 2.0);
            } while (!accepted(truth));
            // replace the second photon by half of itself: 1/2 of its energy escapes
            double[] measured = new double[12];
            double[][][] cov = new double[4][][];
            for (int i = 0; i < 4; i++) {
                double scale = i == 3 ? 0.5 : 1.0;
                TYPES[i].parametersOf(truth[i][1] * scale, truth[i][2] * scale, truth[i][3] * scale,
                        truth[i][0] * scale, measured, 3 * i);
                double[] t = java.util.Arrays.copyOfRange(measured, 3 * i, 3 * i + 3);
                cov[i] = covariance(TYPES[i], t);
            }
            FitResult fit = fitter.fit(TYPES, MASSES, measured, cov, TestKinematics.BELLE2_BEAM).fit();
            if (!fit.converged() || fit.pValue() < 1e-3) {
                rejected++;
            }
        }
        // a photon of m_a / 2 ~ 1 GeV or more missing half its energy is a > 25-sigma effect on E
        assertTrue(rejected >= 0.95 * trials, "rejected " + rejected + " of " + trials);
    }

    @Test
    void aConsistentEventIsLeftUnchanged() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {1, 2, 3, 4});
        double[][] truth;
        do {
            truth = TestKinematics.eeggEvent(rng, TestKinematics.BELLE2_BEAM, 1.0);
        } while (!accepted(truth));
        double[] measured = new double[12];
        double[][][] cov = new double[4][][];
        for (int i = 0; i < 4; i++) {
            TYPES[i].parametersOf(truth[i][1], truth[i][2], truth[i][3], truth[i][0], measured, 3 * i);
            cov[i] = covariance(TYPES[i], java.util.Arrays.copyOfRange(measured, 3 * i, 3 * i + 3));
        }
        FitResult fit = new KinematicFit4C().fit(TYPES, MASSES, measured, cov, TestKinematics.BELLE2_BEAM).fit();
        assertTrue(fit.converged());
        assertEquals(0, fit.chi2(), 1e-12);
        for (int k = 0; k < 12; k++) {
            assertEquals(measured[k], fit.parameter(k), 1e-9 * Math.abs(measured[k]) + 1e-12);
            // the fit must shrink every variance (4 constraints on 12 parameters)
            assertTrue(fit.covariance(k, k) <= cov[k / 3][k % 3][k % 3] * (1 + 1e-12));
        }
    }

    /**
     * The radiative hypothesis on events where the e+ (index 0) lost a known fraction of its energy to a
     * collinear photon before being measured: the fitted photon energy is the lost energy within its error
     * (pulls N(0,1)), chi2 follows chi2(3), and the fitted e+ is the one that left the vertex.
     */
    @Test
    void aLeptonThatRadiatedIsRecoveredByTheRadiativeHypothesis() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {31, 32, 33, 34});
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        KinematicFit4C fitter = new KinematicFit4C();
        int events = 2000;
        int converged = 0;
        double sumPull = 0;
        double sumPull2 = 0;
        double sumChi2 = 0;
        double sumPlainChi2 = 0;
        for (int n = 0; n < events; n++) {
            double[][] truth;
            do {
                truth = TestKinematics.eeggEvent(rng, TestKinematics.BELLE2_BEAM, 0.3 + 7 * rng.nextDouble());
            } while (!accepted(truth));
            double kept = 0.6 + 0.35 * rng.nextDouble();
            double lost = (1 - kept) * truth[0][0];
            double[] measured = new double[12];
            double[][][] cov = new double[4][][];
            for (int i = 0; i < 4; i++) {
                double scale = i == 0 ? kept : 1.0;
                double[] t = new double[3];
                TYPES[i].parametersOf(truth[i][1] * scale, truth[i][2] * scale, truth[i][3] * scale,
                        truth[i][0] * scale, t, 0);
                cov[i] = covariance(TYPES[i], t);
                for (int k = 0; k < 3; k++) {
                    measured[3 * i + k] = t[k] + Math.sqrt(cov[i][k][k]) * gauss.sample();
                }
                cov[i][0][1] = cov[i][1][0] = 0; // smeared independently here
            }
            KinematicFit4C.Result result = fitter.fit(TYPES, MASSES, measured, cov, TestKinematics.BELLE2_BEAM,
                    new int[] {0});
            FitResult fit = result.fit();
            if (!fit.converged()) {
                continue;
            }
            converged++;
            assertEquals(3, fit.ndf());
            double pull = (result.radiatedEnergy(0) - lost) / Math.sqrt(fit.unmeasuredCovariance(0, 0));
            sumPull += pull;
            sumPull2 += pull * pull;
            sumChi2 += fit.chi2();
            sumPlainChi2 += fitter.fit(TYPES, MASSES, measured, cov, TestKinematics.BELLE2_BEAM).fit().chi2();
            // the fitted e+ includes the photon: all four fitted particles conserve the beam four-momentum
            for (int c = 0; c < 4; c++) {
                double sum = 0;
                for (int i = 0; i < 4; i++) {
                    sum += result.component(i, c);
                }
                assertEquals(TestKinematics.BELLE2_BEAM[c], sum, 1e-5, "component " + c);
            }
        }
        assertTrue(converged >= 0.99 * events, "convergence rate " + converged + "/" + events);
        double mean = sumPull / converged;
        double rms = Math.sqrt(sumPull2 / converged - mean * mean);
        // N ~ 2000: sd of the mean pull 0.022, of the rms 0.016; 4 sd plus 1 % non-linearity allowance
        assertEquals(0, mean, 0.1, "mean pull of the radiated energy");
        assertEquals(1, rms, 0.08, "rms pull of the radiated energy");
        // chi2(3): mean 3, sd of the sample mean sqrt(6/2000) = 0.055; 4 sd
        assertEquals(3.0, sumChi2 / converged, 0.22, "mean chi2 of the radiative hypothesis");
        // the plain 4C hypothesis cannot absorb a 5-40 % energy loss
        assertTrue(sumPlainChi2 / converged > 100, "mean 4C chi2 " + sumPlainChi2 / converged);
    }
}
