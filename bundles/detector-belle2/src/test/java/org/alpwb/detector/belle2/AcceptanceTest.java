package org.alpwb.detector.belle2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;
import org.junit.jupiter.api.Test;

/** Acceptance edges and gaps from physics.md (basf2 acceptance variables), with a perfect detector. */
class AcceptanceTest {
    private static final SimulationOptions PERFECT = SimulationOptions.nominal("exp22-run30").withBackgroundScale(0)
            .withResolution(false).withMaterialEffects(false).withBeamEnergySpread(false);
    private final Belle2Detector detector = new Belle2Detector(
            DetectorParameters.nominal().withTrackingEfficiency(1.0));

    private RecoBlock simulate(int pdg, double p, double thetaDeg) {
        double mass = pdg == 22 ? 0 : Belle2Geometry.ELECTRON_MASS_GEV;
        EventBlock events = TestEvents.single(pdg, TestEvents.lab(mass, p, thetaDeg, 30), 1);
        return detector.simulate(events, PERFECT, new long[] {1, 2, 3, 4});
    }

    @Test
    void photonClustersFollowEclAcceptanceAndGaps() {
        // (theta, expected clusters): 0.05 deg either side of each edge
        double[][] cases = {{12.35, 0}, {12.45, 1}, {31.35, 1}, {31.45, 0}, {32.15, 0}, {32.25, 1}, {90, 1},
            {128.65, 1}, {128.75, 0}, {130.65, 0}, {130.75, 1}, {155.05, 1}, {155.15, 0}};
        for (double[] c : cases) {
            assertEquals((int) c[1], simulate(22, 2.0, c[0]).clusterCount(), "photon at " + c[0] + " deg");
        }
    }

    @Test
    void tracksFollowCdcAcceptance() {
        double[][] cases = {{16.95, 0}, {17.05, 1}, {90, 1}, {149.95, 1}, {150.05, 0}};
        for (double[] c : cases) {
            assertEquals((int) c[1], simulate(11, 2.0, c[0]).trackCount(), "electron at " + c[0] + " deg");
        }
    }

    @Test
    void forwardTaggerExtendsLeptonAcceptance() {
        Belle2ForwardTagger tagger = new Belle2ForwardTagger(6.0, 1.0);
        EventBlock at8 = TestEvents.single(11, TestEvents.lab(Belle2Geometry.ELECTRON_MASS_GEV, 3.0, 8.0, 0), 1);
        EventBlock at5 = TestEvents.single(11, TestEvents.lab(Belle2Geometry.ELECTRON_MASS_GEV, 3.0, 5.0, 0), 1);
        RecoBlock tagged = tagger.simulate(at8, PERFECT, new long[] {1, 2, 3, 4});
        assertEquals(1, tagged.trackCount());
        assertEquals(1, tagged.clusterCount());
        assertEquals(0, tagged.matchedCluster()[0]); // matched, so E/p is available
        assertEquals(0, tagger.simulate(at5, PERFECT, new long[] {1, 2, 3, 4}).trackCount());
        assertEquals(0, detector.simulate(at8, PERFECT, new long[] {1, 2, 3, 4}).trackCount());
    }

    @Test
    void lowPtCentralElectronIsTrackedButDoesNotReachEcl() {
        // 0.25 GeV at 90 deg: above the tracking threshold, below the 0.281 GeV barrel threshold
        RecoBlock reco = simulate(11, 0.25, 90);
        assertEquals(1, reco.trackCount());
        assertEquals(0, reco.reachesEcl()[0]);
        assertEquals(-1, reco.matchedCluster()[0]);
        assertEquals(0, reco.clusterCount());
        RecoBlock fast = simulate(11, 0.30, 90);
        assertEquals(1, fast.reachesEcl()[0]);
        assertEquals(1, fast.clusterCount());
    }
}
