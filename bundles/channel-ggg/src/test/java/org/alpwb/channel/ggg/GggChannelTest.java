package org.alpwb.channel.ggg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Selection;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.table.ColumnTable;
import org.junit.jupiter.api.Test;

/**
 * Three-photon kinematics and the pairing on hand-built events with perfect clusters. The references are exact
 * identities: the generated ALP mass, M_ij^2 = s - 2 sqrt(s) E*_k for the pair recoiling against photon k (energy and
 * momentum conservation), M_3gamma = sqrt(s); tolerances 1e-9 relative (double rounding of the boosts).
 */
class GggChannelTest {
    private static final double S = ThreePhotonEvents.SQRT_S * ThreePhotonEvents.SQRT_S;

    private static Channel.Reconstruction reconstruct(FourMomentum[]... events) {
        RecoBlock.Builder reco = ThreePhotonEvents.recoBuilder();
        EventBlock.Builder truth = EventBlock.builder(0);
        for (int i = 0; i < events.length; i++) {
            ThreePhotonEvents.truth(truth, events[i]);
            ThreePhotonEvents.clusters(reco, events[i]);
            reco.endEvent(i, 1e-3);
        }
        return new GggChannel().reconstruct(reco.build(), truth.build(), ThreePhotonEvents.BEAMS);
    }

    private static int rowOfRank(ColumnTable t, int first, int rank) {
        for (int r = first; r < first + 3; r++) {
            if (t.column(GggColumns.RECOIL_RANK)[r] == rank) {
                return r;
            }
        }
        throw new AssertionError("no row of rank " + rank);
    }

    @Test
    void lightAlpPairIsTheTwoSofterPhotonsAndMassesObeyEnergyConservation() {
        double m = 1.0;
        ColumnTable t = reconstruct(ThreePhotonEvents.signal(m, 1.4, 0.3, 0.2, 1.0)).candidates();
        assertEquals(3, t.rowCount(), "three pairings per event");
        int r1 = rowOfRank(t, 0, 1);
        assertEquals(m, t.column(GggColumns.M_GG)[r1], 1e-9 * m);
        assertEquals(1, t.column(GggColumns.TRUTH_SIGNAL)[r1]);
        assertEquals(ThreePhotonEvents.SQRT_S, t.column(GggColumns.M_GGG)[r1], 1e-9 * ThreePhotonEvents.SQRT_S);
        assertEquals(1, t.column(GggColumns.TOTAL_E_FRACTION)[r1], 1e-9);
        double[] eStar = {t.column(GggColumns.E_CM_1)[0], t.column(GggColumns.E_CM_2)[0], t.column(GggColumns.E_CM_3)[0]};
        assertTrue(eStar[0] >= eStar[1] && eStar[1] >= eStar[2], "photons ordered by CM energy");
        for (int rank = 1; rank <= 3; rank++) {
            int r = rowOfRank(t, 0, rank);
            double expected = Math.sqrt(S - 2 * ThreePhotonEvents.SQRT_S * eStar[rank - 1]);
            assertEquals(expected, t.column(GggColumns.M_GG)[r], 1e-9 * ThreePhotonEvents.SQRT_S, "rank " + rank);
            assertEquals(rank == 1 ? 1 : 0, t.column(GggColumns.TRUTH_SIGNAL)[r], "truth of rank " + rank);
            assertEquals(m, t.column(GggColumns.TRUTH_ALP_MASS)[r], 1e-9);
        }
        // recoil energy of the true pairing: (s - m^2) / (2 sqrt(s)) in the CM frame
        assertEquals((S - m * m) / (2 * ThreePhotonEvents.SQRT_S), t.column(GggColumns.RECOIL_E_CM)[r1], 1e-9);
        assertEquals(0.2, t.column(GggColumns.PAIR_HELICITY_COS)[r1], 1e-9, "|cos| of the generated helicity angle");
        assertEquals(1, PairChoice.rank(m, ThreePhotonEvents.SQRT_S));
        assertTrue(PairChoice.chosen(t, m, "test")[r1], "the rank-1 row is the one used at 1 GeV");
    }

    @Test
    void heavyAlpRecoilPhotonIsTheSoftestAndThePairingFollowsTheHypothesis() {
        double m = 8.5; // decay photons carry at least (E_a - E_recoil) / 2 = 3.4 GeV > E_recoil = 1.7 GeV
        ColumnTable t = reconstruct(ThreePhotonEvents.signal(m, 1.6, -2.0, 0.9, 0.4)).candidates();
        int r3 = rowOfRank(t, 0, 3);
        assertEquals(m, t.column(GggColumns.M_GG)[r3], 1e-9 * m);
        assertEquals(1, t.column(GggColumns.TRUTH_SIGNAL)[r3]);
        double[] m1 = t.column(GggColumns.M_PAIR_1);
        double[] m2 = t.column(GggColumns.M_PAIR_2);
        double[] m3 = t.column(GggColumns.M_PAIR_3);
        assertEquals(3, PairChoice.rank(m, ThreePhotonEvents.SQRT_S));
        // at a low hypothesis the same event offers its lightest pairing (recoil = most energetic photon)
        assertEquals(1, PairChoice.rank(0.5, ThreePhotonEvents.SQRT_S));
        assertTrue(m1[0] < m2[0] && m2[0] < m3[0], "pair masses rise as the recoil photon gets softer");
    }

    @Test
    void ambiguousMassDecayPhotonHarderThanRecoilIsResolvedPerHypothesis() {
        // m^2 = s/3: E_recoil = sqrt(s)/3; a forward decay (cos = 0.95) makes one decay photon harder than it
        double m = ThreePhotonEvents.SQRT_S / Math.sqrt(3);
        ColumnTable t = reconstruct(ThreePhotonEvents.signal(m, 1.2, 0.7, 0.95, 0.0)).candidates();
        int truthRow = -1;
        for (int r = 0; r < 3; r++) {
            truthRow = t.column(GggColumns.TRUTH_SIGNAL)[r] == 1 ? r : truthRow;
        }
        int truthRank = (int) t.column(GggColumns.RECOIL_RANK)[truthRow];
        assertEquals(2, truthRank, "the recoil photon is the second most energetic: 'most energetic recoils' fails");
        boolean[] chosen = PairChoice.chosen(t, m, "test");
        for (int r = 0; r < 3; r++) {
            assertEquals(r == truthRow, chosen[r], "exactly the true pairing is chosen at m_a, row " + r);
        }
        assertEquals(m, t.column(GggColumns.M_GG)[truthRow], 1e-9 * m);
    }

    /**
     * The recoil-rank probabilities of {@link PairChoice} (derived analytically) against isotropic decays built with
     * explicit boosts (CM energies recovered from the lab photons): 4000 events per mass, fixed seed, tolerance 4
     * binomial standard deviations. The most probable rank is the one {@link PairChoice#rank} uses.
     */
    @Test
    void recoilRankProbabilitiesMatchIsotropicDecays() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(14);
        org.alpwb.api.detector.LorentzTransform labToCm = ThreePhotonEvents.BEAMS.labToCm();
        for (double m : new double[] {3.0, 5.5, 6.5, 7.5}) {
            int n = 4000;
            int[] counts = new int[4];
            for (int i = 0; i < n; i++) {
                FourMomentum[] g = ThreePhotonEvents.signal(m, Math.acos(rnd.nextDouble(-1, 1)),
                        rnd.nextDouble(0, 6.283), rnd.nextDouble(-1, 1), rnd.nextDouble(0, 6.283));
                double recoil = labToCm.apply(g[0]).e();
                int rank = 1;
                for (int k = 1; k < 3; k++) {
                    rank += labToCm.apply(g[k]).e() > recoil ? 1 : 0;
                }
                counts[rank]++;
            }
            double x = m * m / S;
            int best = 1;
            for (int rank = 1; rank <= 3; rank++) {
                double p = PairChoice.rankProbability(rank, x);
                double tolerance = 4 * Math.sqrt(Math.max(p * (1 - p), 1.0 / n) / n);
                assertEquals(p, counts[rank] / (double) n, tolerance, "rank " + rank + " at " + m + " GeV");
                best = counts[rank] > counts[best] ? rank : best;
            }
            assertEquals(best, PairChoice.rank(m, ThreePhotonEvents.SQRT_S), "most probable rank at " + m + " GeV");
        }
    }

    @Test
    void trackOrMissingPhotonVetoesAndExtraPhotonIsRecorded() {
        FourMomentum[] g = ThreePhotonEvents.signal(2.0, 1.5, 0.0, 0.1, 0.0);
        RecoBlock.Builder reco = ThreePhotonEvents.recoBuilder();
        EventBlock.Builder truth = EventBlock.builder(0);
        // event 0: only two photons
        ThreePhotonEvents.truth(truth, g);
        ThreePhotonEvents.cluster(reco, g[0], 2, TruthOrigin.PRIMARY);
        ThreePhotonEvents.cluster(reco, g[1], 4, TruthOrigin.PRIMARY);
        reco.endEvent(0, 1e-3);
        // event 1: three photons plus a soft beam-background photon
        ThreePhotonEvents.truth(truth, g);
        ThreePhotonEvents.clusters(reco, g);
        ThreePhotonEvents.cluster(reco, ThreePhotonEvents.direction(0.3, 1.0, 2.5), -1, TruthOrigin.BEAM_BACKGROUND);
        reco.endEvent(1, 1e-3);
        // event 2: three photons and a good track
        ThreePhotonEvents.truth(truth, g);
        ThreePhotonEvents.clusters(reco, g);
        RecoBlock.TrackDraft track = new RecoBlock.TrackDraft();
        track.charge = 1;
        track.px = 1;
        track.pz = 0.5;
        track.helix[2] = 0.01;
        reco.addTrack(track);
        reco.endEvent(2, 1e-3);
        Channel.Reconstruction r = new GggChannel().reconstruct(reco.build(), truth.build(), ThreePhotonEvents.BEAMS);
        ColumnTable t = r.candidates();
        assertEquals(3, t.rowCount(), "only event 1 passes");
        assertEquals(1, t.column(GggColumns.EVENT)[0]);
        assertEquals(4, t.column(GggColumns.PHOTONS)[0]);
        assertEquals(0.3, t.column(GggColumns.EXTRA_ENERGY)[0], 1e-12);
        assertEquals(2, r.cutFlow().steps().get(1).count(), "events 1 and 2 have three photons");
        assertEquals(1, r.cutFlow().steps().get(2).count(), "event 2 has a good track");
    }

    @Test
    void invertedWindowsAreRejectedNamingTheField() {
        Belle2020Strategy strategy = new Belle2020Strategy();
        Map<String, Object> inverted = Map.of("thetaLabMinDeg", 130.0, "thetaLabMaxDeg", 30.0);
        ParameterValues values = values(strategy, inverted);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> strategy.check(values));
        assertTrue(e.getMessage().contains("parameters.thetaLabMinDeg"), e.getMessage());
        ParameterValues energy = values(strategy, Map.of("totalEnergyMinFraction", 1.1, "totalEnergyMaxFraction", 0.9));
        e = assertThrows(InvalidInputException.class, () -> strategy.check(energy));
        assertTrue(e.getMessage().contains("parameters.totalEnergyMinFraction"), e.getMessage());
    }

    @Test
    void strategySelectsOnePairingPerEventAtEveryHypothesis() {
        ColumnTable t = reconstruct(ThreePhotonEvents.signal(1.0, 1.4, 0.3, 0.2, 1.0),
                ThreePhotonEvents.signal(5.0, 1.5, 1.0, -0.4, 0.0),
                ThreePhotonEvents.signal(8.5, 1.6, -2.0, 0.9, 0.4)).candidates();
        Belle2020Strategy strategy = new Belle2020Strategy();
        ParameterValues v = values(strategy, Map.of("thetaLabMinDeg", 17.0, "thetaLabMaxDeg", 150.0));
        CandidateSelection selection = strategy.selection(v, new GggChannel(), Map.of()).orElseThrow();
        for (double hypothesis = 0.2; hypothesis < 9.7; hypothesis += 0.5) {
            boolean[] pass = selection.apply(t, hypothesis, "test").passed();
            for (int event = 0; event < 3; event++) {
                int n = 0;
                for (int r = 3 * event; r < 3 * event + 3; r++) {
                    n += pass[r] ? 1 : 0;
                }
                assertEquals(1, n, "event " + event + " at " + hypothesis + " GeV");
            }
        }
        Selection channelSelection = new GggChannel().selection(ChannelSelection.NAME);
        assertEquals(3, channelSelection.apply(t, Map.of()).cutFlow().steps().get(0).count() / 3);
    }

    private static ParameterValues values(Belle2020Strategy strategy, Map<String, Object> overrides) {
        return ParameterValues.resolve(strategy.parameters(),
                new org.alpwb.api.study.TaskConfig("test", "parameters", overrides));
    }
}
