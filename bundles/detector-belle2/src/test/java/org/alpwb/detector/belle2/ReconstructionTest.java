package org.alpwb.detector.belle2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.junit.jupiter.api.Test;

/** e+e- gamma gamma events through a perfect detector: kinematics, truth links, binary form. */
class ReconstructionTest {
    private static final SimulationOptions PERFECT = SimulationOptions.nominal("exp22-run30").withBackgroundScale(0)
            .withResolution(false).withMaterialEffects(false).withBeamEnergySpread(false);
    private static final double ME = Belle2Geometry.ELECTRON_MASS_GEV;

    /** A 4-body event balanced to the beam: e-, e+ chosen, photons from an a -> gamma gamma recoiling. */
    static EventBlock eegg(int n) {
        EventBlock.Builder builder = EventBlock.builder(100);
        for (int i = 0; i < n; i++) {
            FourMomentum em = TestEvents.lab(ME, 3.0, 40 + i % 7, 10);
            FourMomentum ep = TestEvents.lab(ME, 2.0, 120 - i % 5, 200);
            FourMomentum rest = TestEvents.BEAMS.totalLab().minus(em).minus(ep);
            // split the recoil system into two photons back to back in its rest frame
            org.alpwb.api.detector.LorentzTransform toLab = org.alpwb.api.detector.LorentzTransform.boostTo(rest);
            double half = rest.mass() / 2;
            double ct = 0.3;
            double st = Math.sqrt(1 - ct * ct);
            FourMomentum g1 = toLab.apply(new FourMomentum(half, half * st, 0.6 * half * ct, 0.8 * half * ct));
            FourMomentum g2 = rest.minus(g1);
            TestEvents.addEvent(builder, new int[] {11, -11, 22, 22}, new FourMomentum[] {em, ep, g1, g2}, 0.5 + i);
        }
        return builder.build();
    }

    @Test
    void perfectDetectorRecoversLabKinematicsAndTruth() {
        EventBlock events = eegg(20);
        Belle2Detector detector = new Belle2Detector(DetectorParameters.nominal().withTrackingEfficiency(1.0)
                .withBeamSpot(0, 0, 0));
        RecoBlock reco = detector.simulate(events, PERFECT, new long[] {5, 6, 7, 8});
        assertEquals(20, reco.eventCount());
        int complete = 0;
        for (int i = 0; i < reco.eventCount(); i++) {
            assertEquals(i, reco.sourceEvent()[i]);
            assertEquals(events.weightsPb()[i], reco.weightsPb()[i]);
            FourMomentum sum = FourMomentum.ZERO;
            FourMomentum photons = FourMomentum.ZERO;
            for (int k = reco.trackOffsets()[i]; k < reco.trackOffsets()[i + 1]; k++) {
                sum = sum.plus(FourMomentum.ofMass(ME, reco.trackPx()[k], reco.trackPy()[k], reco.trackPz()[k]));
                int truth = reco.trackTruthIndex()[k];
                assertEquals(events.pdgIds()[events.offsets()[i] + truth], reco.trackTruthPdg()[k]);
                assertEquals(-Integer.signum(reco.trackTruthPdg()[k]), reco.charge()[k]);
                assertEquals(0.0, reco.dr(k), 1e-12);
                int c = reco.matchedCluster()[k];
                assertTrue(c >= 0 && reco.matchedTrack()[c] == k, "electron matched to its cluster");
                assertEquals(1.0, reco.eOverP()[k], 1e-6); // no resolution: E/p = 1 + m_e^2/2p^2
            }
            for (int c = reco.clusterOffsets()[i]; c < reco.clusterOffsets()[i + 1]; c++) {
                if (reco.matchedTrack()[c] < 0) {
                    photons = photons.plus(reco.cluster(c).photonMomentum());
                    assertEquals(22, reco.clusterTruthPdg()[c]);
                    assertEquals(TruthOrigin.PRIMARY.code(), reco.clusterOrigin()[c]);
                }
            }
            assertEquals(2, reco.trackOffsets()[i + 1] - reco.trackOffsets()[i]);
            if (reco.clusterOffsets()[i + 1] - reco.clusterOffsets()[i] != 4) {
                continue; // a photon outside the ECL acceptance: nothing to balance
            }
            complete++;
            sum = sum.plus(photons);
            // a perfect detector returns the generated lab four-momenta: the sum is the beam (rounding only)
            assertEquals(detector.beams().totalLab().e(), sum.e(), 1e-9);
            assertEquals(detector.beams().totalLab().pz(), sum.pz(), 1e-9);
            assertEquals(detector.beams().sqrtSGeV(), sum.mass(), 1e-8);
            int first = events.offsets()[i];
            FourMomentum cmPhotons = events.momentum(first + 4).plus(events.momentum(first + 5));
            assertEquals(cmPhotons.mass(), photons.mass(), 1e-9); // boost keeps M(gamma gamma)
        }
        assertTrue(complete >= 10, "events with both photons in the ECL: " + complete);
    }

    @Test
    void binaryFormRoundTripsAndConcatShiftsIndices() {
        RecoBlock reco = new Belle2Detector().simulate(eegg(30), SimulationOptions.nominal("exp26-run1485"),
                new long[] {9, 9, 9, 9});
        RecoBlock copy = RecoBlock.fromBytes(reco.toBytes());
        assertArrayEquals(reco.toBytes(), copy.toBytes());
        assertEquals("belle2", copy.detectorId());
        assertEquals("exp26-run1485", copy.condition());
        assertEquals(reco.beamLab(), copy.beamLab());
        RecoBlock doubled = RecoBlock.concat(java.util.List.of(reco, copy), true);
        assertEquals(2 * reco.trackCount(), doubled.trackCount());
        assertEquals(30 + 5, doubled.sourceEvent()[30 + 5]);
        for (int k = 0; k < reco.trackCount(); k++) {
            int c = reco.matchedCluster()[k];
            int shifted = doubled.matchedCluster()[reco.trackCount() + k];
            assertEquals(c < 0 ? -1 : c + reco.clusterCount(), shifted);
        }
    }
}
