package org.alpwb.channel.eegg;

import java.util.Locale;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.Pdg;
import org.alpwb.api.event.ParticleStatus;

/**
 * Truth columns. A candidate is fully truth-matched signal (thesis 7.1) when both photons are
 * clusters made directly by generated photons whose mother is the ALP, and the e+ and e- tracks are
 * made directly by distinct generated final-state positron and electron. Mother indices in an
 * EventBlock are 0-based within the event (-1: none), as written by the generators.
 */
final class Truth {
    private Truth() {
    }

    static void fill(RecoBlock reco, EventBlock events, int i, int kp, int ke, int gl, int gh, double[] row) {
        if (events == null) {
            return; // data: truth columns stay NaN
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
        boolean photons = fromAlp(reco, events, first, last, gl) && fromAlp(reco, events, first, last, gh)
                && reco.clusterTruthIndex()[gl] != reco.clusterTruthIndex()[gh];
        boolean leptons = finalLepton(reco, events, first, last, kp, Pdg.POSITRON)
                && finalLepton(reco, events, first, last, ke, Pdg.ELECTRON);
        row[Columns.index(Columns.TRUTH_SIGNAL)] = photons && leptons ? 1 : 0;
        row[Columns.index(Columns.TRUTH_DIAGRAM)] = diagram(events.diagramClass(source));
        row[Columns.index(Columns.TRUTH_ALP_MASS)] = alpMass;
    }

    static double diagram(String diagramClass) {
        String name = diagramClass.toLowerCase(Locale.ROOT);
        if (name.contains("fusion")) {
            return Columns.DIAGRAM_FUSION;
        }
        if (name.contains("conversion")) {
            return Columns.DIAGRAM_CONVERSION;
        }
        return Columns.DIAGRAM_UNKNOWN;
    }

    private static boolean fromAlp(RecoBlock reco, EventBlock events, int first, int last, int c) {
        int local = reco.clusterTruthIndex()[c];
        if (reco.clusterOrigin()[c] != TruthOrigin.PRIMARY.code() || local < 0 || first + local >= last) {
            return false;
        }
        int k = first + local;
        int mother = events.mother1()[k];
        return events.pdgIds()[k] == Pdg.PHOTON && mother >= 0 && first + mother < last
                && events.pdgIds()[first + mother] == Pdg.ALP;
    }

    private static boolean finalLepton(RecoBlock reco, EventBlock events, int first, int last, int track, int pdg) {
        int local = reco.trackTruthIndex()[track];
        if (reco.trackOrigin()[track] != TruthOrigin.PRIMARY.code() || local < 0 || first + local >= last) {
            return false;
        }
        int k = first + local;
        return events.pdgIds()[k] == pdg && events.statusCodes()[k] == ParticleStatus.OUTGOING.lheCode();
    }
}
