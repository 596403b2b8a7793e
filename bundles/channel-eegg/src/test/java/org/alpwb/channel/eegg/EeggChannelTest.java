package org.alpwb.channel.eegg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.CutFlow;
import org.alpwb.api.channel.Selection;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.alpwb.api.table.ColumnTable;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The eegg channel on hand-built events with perfect measurements, against hand computations. */
class EeggChannelTest {
    static final double[] ORIGIN = {0, 0, 0};
    final Channel channel = new EeggChannel();
    final UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {3, 1, 4, 1});

    /** Tracks 2 (e+), 3 (e-), photons 5, 6 of the truth event. */
    static void addSignal(RecoBlock.Builder reco, FourMomentum[] f, double[] vertex) {
        HandMadeEvents.track(reco, f[0], +1, vertex, 2, TruthOrigin.PRIMARY, 0.0);
        HandMadeEvents.track(reco, f[1], -1, vertex, 3, TruthOrigin.PRIMARY, 0.1);
        HandMadeEvents.photon(reco, f[2], 5, TruthOrigin.PRIMARY, -0.1);
        HandMadeEvents.photon(reco, f[3], 6, TruthOrigin.PRIMARY, 0.2);
    }

    static double col(ColumnTable t, String name) {
        return t.column(name)[0];
    }

    @Test
    void perfectSignalEventIsReconstructedWithHandComputedFeatures() {
        FourMomentum[] f = SignalKinematics.accepted(rng, 2.0);
        EventBlock.Builder gen = EventBlock.builder(0);
        HandMadeEvents.signalTruth(gen, f[0], f[1], f[2], f[3], "fusion");
        RecoBlock.Builder reco = HandMadeEvents.recoBuilder();
        addSignal(reco, f, ORIGIN);
        reco.endEvent(0, 1.0e-3);
        Channel.Reconstruction r = channel.reconstruct(reco.build(), gen.build(), HandMadeEvents.BEAMS);
        ColumnTable t = r.candidates();
        assertEquals(1, t.rowCount());
        for (CutFlow.Step step : r.cutFlow().steps()) {
            assertEquals(1, step.count(), step.cut());
            assertEquals(1.0e-3, step.weightPb(), 1e-15);
        }
        assertEquals(1, col(t, Columns.TRUTH_SIGNAL));
        assertEquals(Columns.DIAGRAM_FUSION, col(t, Columns.TRUTH_DIAGRAM));
        assertEquals(2.0, col(t, Columns.TRUTH_ALP_MASS), 1e-9);
        // perfect measurements: the 4C fit has nothing to do; 1e-6 relative from rounding of the
        // helix/angle round trips in the hand-made reco objects
        assertEquals(1, col(t, Columns.FIT_CONVERGED));
        assertEquals(2.0, col(t, Columns.M_GG_FIT), 1e-6);
        assertEquals(2.0, col(t, Columns.M_GG_BF), 1e-6);
        assertEquals(HandMadeEvents.BEAMS.sqrtSGeV(), col(t, Columns.M_EEGG_BF), 1e-6);
        assertTrue(col(t, Columns.FIT_CHI2) < 1e-6, "chi2 " + col(t, Columns.FIT_CHI2));
        assertTrue(col(t, Columns.VERTEX_D) < 1e-4, "D " + col(t, Columns.VERTEX_D));
        assertEquals(1, col(t, Columns.CANDIDATES));
        // features by hand
        FourMomentum alp = f[2].plus(f[3]);
        FourMomentum low = f[2].e() < f[3].e() ? f[2] : f[3];
        FourMomentum high = low == f[2] ? f[3] : f[2];
        assertEquals(alp.e(), col(t, Columns.ALP_ENERGY), 1e-6);
        assertEquals(alp.pt(), col(t, Columns.ALP_PT), 1e-6);
        assertEquals(alp.pz(), col(t, Columns.ALP_PZ), 1e-6);
        assertEquals(low.e(), col(t, Columns.GAMMA_LOW_ENERGY), 1e-6);
        assertEquals((high.e() - low.e()) / (high.e() + low.e()), col(t, Columns.ENERGY_SIMILARITY), 1e-6);
        assertEquals(f[0].e(), col(t, Columns.E_PLUS_ENERGY), 1e-6);
        assertEquals(angle(f[0], f[1]), col(t, Columns.TRACK_EP_EM), 1e-6);
        assertEquals(angle(f[0], f[1]), col(t, Columns.ECL_EP_EM), 1e-6);
        assertEquals(angle(low, high), col(t, Columns.ECL_GL_GH), 1e-6);
        assertEquals(angle(f[1], low), col(t, Columns.TRACK_EM_GL), 1e-6);
        // the hand-made cluster carries the lepton energy: E/p = E / |p| (RecoBlock.Builder.link computes it)
        assertEquals(f[0].e() / f[0].p(), col(t, Columns.E_OVER_P_EP), 1e-9);
        // eq. 7.3 via invariants only: E* = p.P / sqrt(s); cos(theta*) from p.k_e- with the e- beam along +z in the CM
        FourMomentum total = HandMadeEvents.BEAMS.totalLab();
        FourMomentum beamE = HandMadeEvents.BEAMS.electronLab();
        double sqrtS = total.mass();
        for (int lepton = 0; lepton < 2; lepton++) {
            FourMomentum p = f[lepton];
            double eStar = p.dot(total) / sqrtS;
            double kStar = beamE.dot(total) / sqrtS;
            double cosStar = (eStar * kStar - p.dot(beamE))
                    / (Math.sqrt(eStar * eStar - HandMadeEvents.ME * HandMadeEvents.ME)
                            * Math.sqrt(kStar * kStar - HandMadeEvents.ME * HandMadeEvents.ME));
            String s = lepton == 0 ? Columns.S_EP : Columns.S_EM;
            String tp = lepton == 0 ? Columns.T_PLUS_EP : Columns.T_PLUS_EM;
            String tm = lepton == 0 ? Columns.T_MINUS_EP : Columns.T_MINUS_EM;
            assertEquals(sqrtS - 2 * eStar, col(t, s), 1e-6);
            assertEquals(eStar * (1 + cosStar), col(t, tp), 1e-6);
            assertEquals(eStar * (1 - cosStar), col(t, tm), 1e-6);
        }
        // slides' exact variables from four-vector arithmetic of the API type
        FourMomentum inP = HandMadeEvents.BEAMS.positronLab();
        assertEquals(inP.minus(f[0]).massSquared(), col(t, Columns.T_PLUS), 1e-5);
        assertEquals(beamE.minus(f[1]).massSquared(), col(t, Columns.T_MINUS), 1e-5);
        assertEquals(total.minus(f[0]).massSquared(), col(t, Columns.S_MINUS), 1e-5);
        assertEquals(total.minus(f[1]).massSquared(), col(t, Columns.S_PLUS), 1e-5);
        // momentum conservation: s- = (p(e-) + p(a))^2 by construction
        assertEquals(f[1].plus(alp).massSquared(), col(t, Columns.S_MINUS), 1e-5);
    }

    static double angle(FourMomentum a, FourMomentum b) {
        double cos = (a.px() * b.px() + a.py() * b.py() + a.pz() * b.pz()) / (a.p() * b.p());
        return Math.acos(Math.max(-1, Math.min(1, cos)));
    }

    @Test
    void bestCandidateIgnoresAnExtraBeamBackgroundPhoton() {
        FourMomentum[] f = SignalKinematics.accepted(rng, 1.5);
        EventBlock.Builder gen = EventBlock.builder(0);
        HandMadeEvents.signalTruth(gen, f[0], f[1], f[2], f[3], "conversion");
        HandMadeEvents.signalTruth(gen, f[0], f[1], f[2], f[3], "conversion");
        RecoBlock.Builder reco = HandMadeEvents.recoBuilder();
        // event 0: in-time extra photon of 0.4 GeV at 90 deg: extra candidates, but |M - sqrt(s)| picks the true pair
        addSignal(reco, f, ORIGIN);
        HandMadeEvents.photon(reco, FourMomentum.ofMass(0, 0.4, 0, 0), -1, TruthOrigin.BEAM_BACKGROUND, 0.3);
        reco.endEvent(0, 1.0e-3);
        // event 1: the same extra photon 20 ns out of time: its candidates fail the simultaneity cut
        addSignal(reco, f, ORIGIN);
        HandMadeEvents.photon(reco, FourMomentum.ofMass(0, 0.4, 0, 0), -1, TruthOrigin.BEAM_BACKGROUND, 20.0);
        reco.endEvent(1, 1.0e-3);
        ColumnTable t = channel.reconstruct(reco.build(), gen.build(), HandMadeEvents.BEAMS).candidates();
        assertEquals(2, t.rowCount());
        for (int row = 0; row < 2; row++) {
            assertEquals(1, t.column(Columns.TRUTH_SIGNAL)[row], "row " + row);
            assertEquals(1.5, t.column(Columns.M_GG_FIT)[row], 1e-6);
            assertEquals(Columns.DIAGRAM_CONVERSION, t.column(Columns.TRUTH_DIAGRAM)[row]);
        }
        // event 0: the three photon pairs with the ALP cuts; event 1: only the true pair is in time
        double trueAndExtraPairs = countAlpPairs(f[2], f[3], FourMomentum.ofMass(0, 0.4, 0, 0));
        assertEquals(trueAndExtraPairs, t.column(Columns.CANDIDATES)[0]);
        assertEquals(1, t.column(Columns.CANDIDATES)[1]);
        assertTrue(trueAndExtraPairs >= 2, "the extra photon must form at least one candidate for this test");
    }

    /** Photon pairs passing pT > 0.1 and E > 0.5 among the three photons (hand count). */
    static double countAlpPairs(FourMomentum a, FourMomentum b, FourMomentum c) {
        FourMomentum[] g = {a, b, c};
        int n = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                FourMomentum s = g[i].plus(g[j]);
                n += s.pt() > 0.1 && s.e() > 0.5 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void convertedPairFromTheBeamPipeIsDisplacedAndRemovedByTheThesisSelection() {
        FourMomentum[] f = SignalKinematics.accepted(rng, 3.0);
        EventBlock.Builder gen = EventBlock.builder(0);
        HandMadeEvents.signalTruth(gen, f[0], f[1], f[2], f[3], "");
        HandMadeEvents.signalTruth(gen, f[0], f[1], f[2], f[3], "");
        RecoBlock.Builder reco = HandMadeEvents.recoBuilder();
        addSignal(reco, f, ORIGIN);
        reco.endEvent(0, 1.0e-3);
        // the same kinematics with the lepton pair starting 0.9 cm out transversely and 0.8 cm along z: the
        // tracks still pass dr < 1 cm (|d0| <= 0.9 cm for tracks from there) but D = 1.20 cm > 1 cm
        double phi = Math.atan2(f[0].py() + f[1].py(), f[0].px() + f[1].px());
        double[] vertex = {0.9 * Math.cos(phi), 0.9 * Math.sin(phi), 0.8};
        HandMadeEvents.track(reco, f[0], +1, vertex, 2, TruthOrigin.CONVERSION, 0.0);
        HandMadeEvents.track(reco, f[1], -1, vertex, 3, TruthOrigin.CONVERSION, 0.1);
        HandMadeEvents.photon(reco, f[2], 5, TruthOrigin.PRIMARY, -0.1);
        HandMadeEvents.photon(reco, f[3], 6, TruthOrigin.PRIMARY, 0.2);
        reco.endEvent(1, 1.0e-3);
        ColumnTable t = channel.reconstruct(reco.build(), gen.build(), HandMadeEvents.BEAMS).candidates();
        assertEquals(2, t.rowCount());
        double[] d = t.column(Columns.VERTEX_D);
        assertTrue(d[0] < 0.01, "prompt D " + d[0]);
        // |vertex| = sqrt(0.9^2 + 0.8^2) = 1.204 cm; perfect helices, so the fit returns it to rounding
        assertEquals(Math.hypot(0.9, 0.8), d[1], 1e-4);
        assertEquals(1, t.column(Columns.VERTEX_CONVERGED)[1]);
        assertEquals(0, t.column(Columns.TRUTH_SIGNAL)[1]);
        assertEquals(Columns.DIAGRAM_UNKNOWN, t.column(Columns.TRUTH_DIAGRAM)[1]);
        Selection.Result selected = channel.selection("thesis-preclassifier").apply(t, Map.of());
        assertTrue(selected.passed()[0]);
        assertTrue(!selected.passed()[1]);
        assertEquals(List.of(2L, 1L, 1L), selected.cutFlow().steps().stream().map(CutFlow.Step::count).toList());
    }

    @Test
    void backscatteredPositronFailsTheLeptonStep() {
        // positron at 20 deg (< 0.52 rad = 29.8 deg): Table 6.1 "positron not backscattered"
        FourMomentum[] f = SignalKinematics.accepted(rng, 2.0);
        double pt = f[0].pt();
        double p = pt / Math.sin(Math.toRadians(20));
        f[0] = FourMomentum.ofMass(HandMadeEvents.ME, f[0].px(), f[0].py(), p * Math.cos(Math.toRadians(20)));
        EventBlock.Builder gen = EventBlock.builder(0);
        HandMadeEvents.signalTruth(gen, f[0], f[1], f[2], f[3], "fusion");
        RecoBlock.Builder reco = HandMadeEvents.recoBuilder();
        addSignal(reco, f, ORIGIN);
        reco.endEvent(0, 1.0e-3);
        Channel.Reconstruction r = channel.reconstruct(reco.build(), gen.build(), HandMadeEvents.BEAMS);
        assertEquals(0, r.candidates().rowCount());
        List<Long> counts = r.cutFlow().steps().stream().map(CutFlow.Step::count).toList();
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 0L, 0L), counts);
    }

    @Test
    void slidesSelectionAppliesTheMassWindowOnlyWithItsParameters() {
        FourMomentum[] f = SignalKinematics.accepted(rng, 2.0);
        EventBlock.Builder gen = EventBlock.builder(0);
        HandMadeEvents.signalTruth(gen, f[0], f[1], f[2], f[3], "fusion");
        RecoBlock.Builder reco = HandMadeEvents.recoBuilder();
        addSignal(reco, f, ORIGIN);
        reco.endEvent(0, 1.0e-3);
        ColumnTable t = channel.reconstruct(reco.build(), gen.build(), HandMadeEvents.BEAMS).candidates();
        Selection slides = channel.selection("slides");
        boolean kinematic = col(t, Columns.E_STAR_MIN) > 0.25 && col(t, Columns.THETA_STAR_MIN) >= Math.toRadians(22)
                && col(t, Columns.THETA_STAR_MAX) <= Math.toRadians(158) && col(t, Columns.MIN_SEPARATION) > 0.048;
        Selection.Result noWindow = slides.apply(t, Map.of());
        assertEquals(kinematic, noWindow.passed()[0]);
        assertTrue(!noWindow.cutFlow().steps().get(4).applied());
        // window [m - 3 sigma, m + 1.5 sigma] with sigma = 10 MeV around M_gg = 2.000: asymmetric, so
        // m = 2.029 (2.000 = m - 2.9 sigma) and 1.986 (m + 1.4 sigma) are in, 2.031 and 1.984 are out
        assertEquals(kinematic, slides.apply(t, Map.of("massGeV", 2.029, "sigmaMassGeV", 0.01)).passed()[0]);
        assertEquals(kinematic, slides.apply(t, Map.of("massGeV", 1.986, "sigmaMassGeV", 0.01)).passed()[0]);
        assertTrue(!slides.apply(t, Map.of("massGeV", 2.031, "sigmaMassGeV", 0.01)).passed()[0]);
        assertTrue(!slides.apply(t, Map.of("massGeV", 1.984, "sigmaMassGeV", 0.01)).passed()[0]);
        // Table 7.4 needs the classifier column
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> channel.selection("thesis-table-7.4").apply(t, Map.of()));
        assertTrue(e.getMessage().contains("classifierScore"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> channel.selection("nope"));
    }

    @Test
    void declaresTable71FeaturesTable53RegionsAndTheScanVariable() {
        assertEquals(27, channel.features().size()); // Table 7.1 lists 27 rows although the text says 26
        assertEquals(new Channel.Feature("alpPzGeV", -10, 15, "GeV"), channel.features().get(2));
        assertEquals("mGammaGammaGeV", channel.scanVariable());
        assertEquals(3, channel.excludedRegions().size());
        assertTrue(channel.excludedRegions().get(0).contains(0.135));
        assertTrue(channel.excludedRegions().get(1).contains(0.548));
        assertTrue(channel.excludedRegions().get(2).contains(0.958));
        assertTrue(!channel.excludedRegions().get(2).contains(1.02));
        assertEquals(List.of("thesis-preclassifier", "thesis-table-7.4", "slides"), channel.selectionNames());
    }
}
