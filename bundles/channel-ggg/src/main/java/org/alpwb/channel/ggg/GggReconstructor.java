package org.alpwb.channel.ggg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel.Reconstruction;
import org.alpwb.api.channel.CutFlow;
import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.LorentzTransform;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.alpwb.api.event.Pdg;
import org.alpwb.api.table.ColumnTable;

/**
 * Reconstruction of e+e- -> gamma a, a -> gamma gamma: photon candidates (ECL clusters without a matched track in
 * the CDC acceptance, where a charged particle would have left a track), at least three of them, no good track;
 * the three most energetic photons in the CM frame form the candidate, one row per pairing (see {@link GggColumns}).
 * The analysis cuts (energies, angles, total energy) are the strategy's ({@link Belle2020Cuts}); this preselection
 * only keeps what any three-photon analysis needs. One instance per thread (scratch arrays).
 */
final class GggReconstructor {
    /** basf2 inCDCAcceptance (physics.md), as in the eegg channel: outside it a charged particle leaves no track. */
    static final double CDC_THETA_MIN_RAD = Math.toRadians(17);
    static final double CDC_THETA_MAX_RAD = Math.toRadians(150);
    static final double PHOTON_MIN_ENERGY_GEV = 0.1;
    static final double DR_MAX_CM = 1;
    static final double DZ_MAX_CM = 3;
    /** Loose: the strategies cut at 0.88 sqrt(s); below half of it no three-photon annihilation survives. */
    static final double TOTAL_ENERGY_MIN_FRACTION = 0.5;

    static final List<String> CUTS = List.of("all events",
            "three photons (no track match, CDC acceptance, E > 0.1 GeV)", "no good track (dr < 1 cm, |dz| < 3 cm)",
            "E*(3 gamma) > 0.5 sqrt(s)");

    private final LorentzTransform labToCm;
    private final double sqrtS;
    private int[] photons = new int[16];
    private final double[] row = new double[GggColumns.ALL.size()];
    private final double[][] cm = new double[3][4];
    private final double[][] lab = new double[3][4];

    GggReconstructor(BeamConditions beams) {
        this.labToCm = beams.labToCm();
        this.sqrtS = beams.totalLab().mass();
    }

    Reconstruction run(RecoBlock reco, EventBlock events) {
        if (events != null) {
            for (int s : reco.sourceEvent()) {
                if (s < 0 || s >= events.eventCount()) {
                    throw new InvalidInputException("reco block of detector " + reco.detectorId(), "sourceEvent", s,
                            "an event index of the generator block, 0.." + (events.eventCount() - 1));
                }
            }
        }
        ColumnTable.Builder table = ColumnTable.builder().columns(GggColumns.ALL);
        long[] counts = new long[CUTS.size()];
        double[] weights = new double[CUTS.size()];
        for (int i = 0; i < reco.eventCount(); i++) {
            int passed = event(reco, events, i, table);
            for (int c = 0; c <= passed; c++) {
                counts[c]++;
                weights[c] += reco.weightsPb()[i];
            }
        }
        List<CutFlow.Step> steps = new ArrayList<>();
        for (int c = 0; c < CUTS.size(); c++) {
            steps.add(new CutFlow.Step(CUTS.get(c), counts[c], weights[c], true));
        }
        return new Reconstruction(table.build(), new CutFlow("ggg preselection", steps));
    }

    /** Reconstructs event i; adds three rows if it passes; returns the index of the last cut passed. */
    private int event(RecoBlock reco, EventBlock events, int i, ColumnTable.Builder table) {
        double[] energy = reco.clusterEnergy();
        double[] theta = reco.clusterTheta();
        int n = 0;
        for (int c = reco.clusterOffsets()[i]; c < reco.clusterOffsets()[i + 1]; c++) {
            if (reco.matchedTrack()[c] < 0 && theta[c] >= CDC_THETA_MIN_RAD && theta[c] <= CDC_THETA_MAX_RAD
                    && energy[c] > PHOTON_MIN_ENERGY_GEV) {
                photons = n < photons.length ? photons : Arrays.copyOf(photons, 2 * photons.length);
                photons[n++] = c;
            }
        }
        if (n < 3) {
            return 0;
        }
        int goodTracks = 0;
        for (int k = reco.trackOffsets()[i]; k < reco.trackOffsets()[i + 1]; k++) {
            if (Math.abs(reco.dr(k)) < DR_MAX_CM && Math.abs(reco.dz(k)) < DZ_MAX_CM) {
                goodTracks++;
            }
        }
        if (goodTracks > 0) {
            return 1;
        }
        int[] three = mostEnergeticInCm(reco, n);
        double total = cm[0][0] + cm[1][0] + cm[2][0];
        if (!(total > TOTAL_ENERGY_MIN_FRACTION * sqrtS)) {
            return 2;
        }
        double extra = 0;
        for (int p = 0; p < n; p++) {
            int c = photons[p];
            extra += c == three[0] || c == three[1] || c == three[2] ? 0 : energy[c];
        }
        double[] pairMass = new double[3];
        for (int r = 0; r < 3; r++) {
            pairMass[r] = mass(add(lab[(r + 1) % 3], lab[(r + 2) % 3]));
        }
        for (int r = 0; r < 3; r++) {
            fillRow(reco, events, i, three, r, pairMass, n, goodTracks, extra, total);
            table.row(row);
        }
        return 3;
    }

    /** The three most energetic photons in the CM frame, by decreasing CM energy; fills {@link #cm} and {@link #lab}. */
    private int[] mostEnergeticInCm(RecoBlock reco, int n) {
        int[] best = {-1, -1, -1};
        double[] bestE = {-1, -1, -1};
        double[] out = new double[4];
        double[][] cmAll = new double[n][];
        for (int p = 0; p < n; p++) {
            double[] l = labVector(reco, photons[p]);
            labToCm.apply(l[0], l[1], l[2], l[3], out);
            cmAll[p] = out.clone();
            for (int slot = 0; slot < 3; slot++) {
                if (out[0] > bestE[slot]) {
                    for (int s = 2; s > slot; s--) {
                        best[s] = best[s - 1];
                        bestE[s] = bestE[s - 1];
                    }
                    best[slot] = p;
                    bestE[slot] = out[0];
                    break;
                }
            }
        }
        int[] clusters = new int[3];
        for (int s = 0; s < 3; s++) {
            clusters[s] = photons[best[s]];
            cm[s] = cmAll[best[s]];
            lab[s] = labVector(reco, clusters[s]);
        }
        return clusters;
    }

    private void fillRow(RecoBlock reco, EventBlock events, int i, int[] three, int recoil, double[] pairMass,
            int nPhotons, int goodTracks, double extra, double total) {
        Arrays.fill(row, Double.NaN);
        int a = (recoil + 1) % 3;
        int b = (recoil + 2) % 3;
        set(GggColumns.E_CM_1, cm[0][0]);
        set(GggColumns.E_CM_2, cm[1][0]);
        set(GggColumns.E_CM_3, cm[2][0]);
        set(GggColumns.COS_CM_1, cosTheta(cm[0]));
        set(GggColumns.COS_CM_2, cosTheta(cm[1]));
        set(GggColumns.COS_CM_3, cosTheta(cm[2]));
        set(GggColumns.RECOIL_E_CM, cm[recoil][0]);
        set(GggColumns.RECOIL_COS_CM, cosTheta(cm[recoil]));
        set(GggColumns.PAIR_OPENING, opening(lab[a], lab[b]));
        set(GggColumns.PAIR_HELICITY_COS, helicityAbsCos(cm[a], cm[b]));
        set(GggColumns.PAIR_ASYMMETRY, Math.abs(cm[a][0] - cm[b][0]) / (cm[a][0] + cm[b][0]));
        set(GggColumns.TOTAL_E_FRACTION, total / sqrtS);
        set(GggColumns.M_GGG, mass(add(add(lab[0], lab[1]), lab[2])));
        set(GggColumns.M_GG, pairMass[recoil]);
        set(GggColumns.M_PAIR_1, pairMass[0]);
        set(GggColumns.M_PAIR_2, pairMass[1]);
        set(GggColumns.M_PAIR_3, pairMass[2]);
        set(GggColumns.RECOIL_RANK, recoil + 1);
        set(GggColumns.MIN_E_CM, Math.min(cm[0][0], Math.min(cm[1][0], cm[2][0])));
        double[] theta = reco.clusterTheta();
        set(GggColumns.MIN_THETA_LAB, Math.min(theta[three[0]], Math.min(theta[three[1]], theta[three[2]])));
        set(GggColumns.MAX_THETA_LAB, Math.max(theta[three[0]], Math.max(theta[three[1]], theta[three[2]])));
        set(GggColumns.PHOTONS, nPhotons);
        set(GggColumns.GOOD_TRACKS, goodTracks);
        set(GggColumns.EXTRA_ENERGY, extra);
        double[] bb = reco.beamBackgroundScore();
        set(GggColumns.MIN_BB_SCORE, Math.min(bb[three[0]], Math.min(bb[three[1]], bb[three[2]])));
        set(GggColumns.TRUTH_DIAGRAM, 0);
        set(GggColumns.EVENT, reco.firstEventNumber() + i);
        set(GggColumns.WEIGHT, reco.weightsPb()[i]);
        truth(reco, events, i, three[a], three[b]);
    }

    /** Truth: the pair is made of two distinct primary photons whose mother is the ALP. */
    private void truth(RecoBlock reco, EventBlock events, int i, int ca, int cb) {
        if (events == null) {
            return;
        }
        int source = reco.sourceEvent()[i];
        int first = events.offsets()[source];
        int last = events.offsets()[source + 1];
        double alpMass = Double.NaN;
        for (int k = first; k < last; k++) {
            if (events.pdgIds()[k] == Pdg.ALP) {
                alpMass = events.momentum(k).mass();
            }
        }
        boolean signal = fromAlp(reco, events, first, last, ca) && fromAlp(reco, events, first, last, cb)
                && reco.clusterTruthIndex()[ca] != reco.clusterTruthIndex()[cb];
        set(GggColumns.TRUTH_SIGNAL, signal ? 1 : 0);
        set(GggColumns.TRUTH_ALP_MASS, alpMass);
    }

    private static boolean fromAlp(RecoBlock reco, EventBlock events, int first, int last, int c) {
        int local = reco.clusterTruthIndex()[c];
        if (reco.clusterOrigin()[c] != TruthOrigin.PRIMARY.code() || local < 0 || first + local >= last) {
            return false;
        }
        int mother = events.mother1()[first + local];
        return events.pdgIds()[first + local] == Pdg.PHOTON && mother >= 0 && first + mother < last
                && events.pdgIds()[first + mother] == Pdg.ALP;
    }

    private double[] labVector(RecoBlock reco, int c) {
        double e = reco.clusterEnergy()[c];
        double t = reco.clusterTheta()[c];
        double f = reco.clusterPhi()[c];
        return new double[] {e, e * Math.sin(t) * Math.cos(f), e * Math.sin(t) * Math.sin(f), e * Math.cos(t)};
    }

    /** |cos| of the angle between a pair photon and the pair's flight direction, in the pair rest frame. */
    static double helicityAbsCos(double[] p1, double[] p2) {
        double[] pair = add(p1, p2);
        double m = mass(pair);
        if (!(m > 0)) {
            return Double.NaN;
        }
        LorentzTransform toRest = LorentzTransform.boostTo(new FourMomentum(pair[0], pair[1], pair[2], pair[3]))
                .inverse();
        double[] out = new double[4];
        toRest.apply(p1[0], p1[1], p1[2], p1[3], out);
        double pPair = Math.sqrt(pair[1] * pair[1] + pair[2] * pair[2] + pair[3] * pair[3]);
        double pOut = Math.sqrt(out[1] * out[1] + out[2] * out[2] + out[3] * out[3]);
        if (pPair == 0 || pOut == 0) {
            return Double.NaN;
        }
        return Math.abs((out[1] * pair[1] + out[2] * pair[2] + out[3] * pair[3]) / (pPair * pOut));
    }

    static double opening(double[] a, double[] b) {
        double dot = a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
        double na = Math.sqrt(a[1] * a[1] + a[2] * a[2] + a[3] * a[3]);
        double nb = Math.sqrt(b[1] * b[1] + b[2] * b[2] + b[3] * b[3]);
        return Math.acos(Math.max(-1, Math.min(1, dot / (na * nb))));
    }

    private static double cosTheta(double[] p) {
        return p[3] / Math.sqrt(p[1] * p[1] + p[2] * p[2] + p[3] * p[3]);
    }

    static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]};
    }

    static double mass(double[] p) {
        return Math.sqrt(Math.max(0, p[0] * p[0] - p[1] * p[1] - p[2] * p[2] - p[3] * p[3]));
    }

    private void set(String column, double value) {
        row[GggColumns.index(column)] = value;
    }
}
