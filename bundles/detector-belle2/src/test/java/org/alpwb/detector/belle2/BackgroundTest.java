package org.alpwb.detector.belle2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alpwb.api.InvalidInputException;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.RunCondition;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BackgroundTest {
    private final Belle2Detector detector = new Belle2Detector();

    @Test
    void overlayRateFollowsConditionAndScale() {
        // closure (issue 16): the expectation is the condition's own backgroundPhotonsPerEvent x scale, the number
        // the overlay samples from; it checks the sampling and the scaling, not the rate itself
        EventBlock events = ReconstructionTest.eegg(2000);
        for (RunCondition condition : detector.runConditions()) {
            for (double scale : new double[] {0.5, 2}) {
                SimulationOptions options = SimulationOptions.nominal(condition.name()).withBackgroundScale(scale)
                        .withResolution(false);
                RecoBlock reco = detector.simulate(events, options, new long[] {4, 4, 4, 4});
                int count = 0;
                for (int c = 0; c < reco.clusterCount(); c++) {
                    count += reco.isBeamBackground(c) && reco.clusterTruthPdg()[c] == 22 ? 1 : 0;
                }
                double mean = count / 2000.0;
                double expected = condition.backgroundPhotonsPerEvent() * scale;
                // Poisson: standard error sqrt(expected / 2000); tolerance 5 of them
                assertEquals(expected, mean, 5 * Math.sqrt(expected / 2000), condition.name() + " x" + scale);
            }
        }
    }

    @Test
    void conditionsRunLowToHighAndUnknownNamesAreRejected() {
        double previous = -1;
        java.util.List<RunCondition> runs = detector.runConditions().subList(0, 6);
        for (RunCondition condition : runs) {
            assertTrue(condition.backgroundPhotonsPerEvent() > previous);
            previous = condition.backgroundPhotonsPerEvent();
        }
        // thesis Table 5.1: six runs, 2.159 fb^-1 in total; then their luminosity mix
        assertEquals(7, detector.runConditions().size());
        assertEquals(2.159, runs.stream().mapToDouble(RunCondition::luminosityInvFb).sum(), 1e-9);
        RunCondition mix = detector.runConditions().get(6);
        assertEquals(RunConditions.LUMINOSITY_MIX, mix.name());
        assertEquals(2.159, mix.luminosityInvFb(), 1e-9);
        // sum_i L_i r_i / sum_i L_i = 24.765 / 2.159
        assertEquals(24.765 / 2.159, mix.backgroundPhotonsPerEvent(), 1e-9);
        Executable bad = () -> detector.simulate(ReconstructionTest.eegg(1), SimulationOptions.nominal("exp99"),
                new long[] {1, 1, 1, 1});
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, bad);
        assertTrue(e.getMessage().contains("exp99") && e.getMessage().contains("exp26-run1485"), e.getMessage());
    }

    /**
     * The luminosity mix draws each event's run: the overlay count is then a Poisson mixture with variance / mean
     * = 1 + Var(rate) / mean(rate) = 1 + 27.4 / 11.47 = 3.39 for the six runs' shares, against 1 for one run.
     */
    @Test
    void theLuminosityMixDrawsARunPerEvent() {
        EventBlock events = ReconstructionTest.eegg(4000);
        double[] dispersion = new double[2];
        String[] names = {RunConditions.LUMINOSITY_MIX, "exp24-run985"};
        for (int k = 0; k < 2; k++) {
            RecoBlock reco = detector.simulate(events, SimulationOptions.nominal(names[k]).withResolution(false),
                    new long[] {5, 6, 7, 8});
            double[] perEvent = new double[4000];
            for (int c = 0; c < reco.clusterCount(); c++) {
                if (reco.isBeamBackground(c) && reco.clusterTruthPdg()[c] == 22) {
                    perEvent[reco.sourceEvent()[eventOfCluster(reco, c)]]++;
                }
            }
            double mean = java.util.Arrays.stream(perEvent).average().orElse(0);
            double variance = java.util.Arrays.stream(perEvent).map(v -> (v - mean) * (v - mean)).sum() / 3999;
            dispersion[k] = variance / mean;
        }
        // sampling error of variance/mean with 4000 events: ~0.1 for the mix, ~0.03 for one run
        assertEquals(3.39, dispersion[0], 0.4, "mix");
        assertEquals(1.0, dispersion[1], 0.12, "single run");
    }

    private static int eventOfCluster(RecoBlock reco, int cluster) {
        int[] offsets = reco.clusterOffsets();
        int e = 0;
        while (offsets[e + 1] <= cluster) {
            e++;
        }
        return e;
    }

    @Test
    void beamBackgroundScoreSeparatesOutOfTimeSoftPhotons() {
        RecoBlock reco = detector.simulate(ReconstructionTest.eegg(3000), SimulationOptions.nominal("exp26-run1485"),
                new long[] {8, 8, 8, 8});
        int[] pass = new int[2];
        int[] total = new int[2];
        for (int c = 0; c < reco.clusterCount(); c++) {
            if (reco.matchedTrack()[c] >= 0 || reco.clusterEnergy()[c] < 0.1) {
                continue; // photon candidates above the thesis E > 0.1 GeV cut
            }
            int kind = reco.isBeamBackground(c) ? 1 : 0;
            total[kind]++;
            pass[kind] += reco.beamBackgroundScore()[c] > 0.5 ? 1 : 0;
        }
        // the Table 7.4 cut (score > 0.5) must keep nearly all collision photons and few overlay photons
        assertTrue(pass[0] > 0.97 * total[0], "collision photons kept " + pass[0] + "/" + total[0]);
        assertTrue(pass[1] < 0.1 * total[1], "background photons kept " + pass[1] + "/" + total[1]);
    }
}
