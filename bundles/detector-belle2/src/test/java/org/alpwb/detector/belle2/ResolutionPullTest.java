package org.alpwb.detector.belle2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.junit.jupiter.api.Test;

/**
 * A closure test, not a validation of the resolution (issue 16): the sigmas come from the same Resolution
 * functions the simulation samples from, so this checks that reported errors and smearing agree.
 * Pulls (measured - true) / sigma of tracks and clusters must be N(0, 1) when the reported errors are
 * the ones used for smearing. N = 20000: the mean has a statistical error 0.007 and the width 0.005;
 * tolerances 0.03 (4 sigma) leave room for the percent-level error made by quoting sigma at the
 * measured rather than the true value.
 */
class ResolutionPullTest {
    private static final int N = 20_000;
    private static final SimulationOptions SMEARED = SimulationOptions.nominal("exp22-run30").withBackgroundScale(0)
            .withMaterialEffects(false).withBeamEnergySpread(false);
    private final Belle2Detector detector = new Belle2Detector(DetectorParameters.nominal().withTrackingEfficiency(1.0)
            .withBeamSpot(0, 0, 0));

    @Test
    void trackPullsAreStandardNormal() {
        FourMomentum truth = TestEvents.lab(Belle2Geometry.ELECTRON_MASS_GEV, 1.5, 60, 40);
        EventBlock events = TestEvents.single(11, truth, N);
        // the event goes through CM and back: use the lab momentum the simulation sees
        FourMomentum lab = TestEvents.BEAMS.cmToLab().apply(events.momentum(2));
        RecoBlock reco = detector.simulate(events, SMEARED, new long[] {11, 12, 13, 14});
        double[][] pulls = new double[5][reco.trackCount()];
        for (int k = 0; k < reco.trackCount(); k++) {
            double px = reco.trackPx()[k];
            double py = reco.trackPy()[k];
            double pz = reco.trackPz()[k];
            double p = Math.sqrt(px * px + py * py + pz * pz);
            double[][] cov = reco.momentumCovarianceMatrix(k);
            pulls[0][k] = (p - lab.p()) / Math.sqrt(cov[0][0]);
            pulls[1][k] = (Math.atan2(Math.hypot(px, py), pz) - lab.theta()) / Math.sqrt(cov[1][1]);
            pulls[2][k] = (Math.atan2(py, px) - lab.phi()) / Math.sqrt(cov[2][2]);
            pulls[3][k] = reco.dr(k) / reco.drError(k);
            pulls[4][k] = reco.dz(k) / reco.dzError(k);
        }
        assertEquals(N, reco.trackCount());
        String[] names = {"p", "theta", "phi", "dr", "dz"};
        for (int j = 0; j < 5; j++) {
            assertStandardNormal(pulls[j], names[j]);
        }
    }

    @Test
    void photonEnergyAndAnglePullsAreStandardNormal() {
        EventBlock events = TestEvents.single(22, TestEvents.lab(0, 0.8, 75, -20), N);
        FourMomentum lab = TestEvents.BEAMS.cmToLab().apply(events.momentum(2));
        RecoBlock reco = detector.simulate(events, SMEARED, new long[] {21, 22, 23, 24});
        double sigmaE = lab.e() * Resolution.eclRelativeEnergy(lab.e());
        double sigmaAngle = Resolution.eclAngle(lab.e());
        double sigmaT = Resolution.clusterTimeNs(lab.e());
        int n = reco.clusterCount();
        double[] energy = new double[n];
        double[] theta = new double[n];
        double[] time = new double[n];
        for (int c = 0; c < n; c++) {
            energy[c] = (reco.clusterEnergy()[c] - lab.e()) / sigmaE;
            theta[c] = (reco.clusterTheta()[c] - lab.theta()) / sigmaAngle;
            time[c] = reco.clusterTime()[c] / sigmaT;
        }
        assertEquals(N, n);
        assertStandardNormal(energy, "E");
        assertStandardNormal(theta, "theta");
        assertStandardNormal(time, "time");
    }

    static void assertStandardNormal(double[] pulls, String name) {
        double sum = 0;
        double sum2 = 0;
        for (double x : pulls) {
            sum += x;
            sum2 += x * x;
        }
        double mean = sum / pulls.length;
        double sd = Math.sqrt(sum2 / pulls.length - mean * mean);
        assertEquals(0, mean, 0.03, name + " pull mean");
        assertEquals(1, sd, 0.03, name + " pull width");
    }
}
