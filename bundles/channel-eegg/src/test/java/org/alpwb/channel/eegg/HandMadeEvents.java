package org.alpwb.channel.eegg;

import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.alpwb.api.event.ParticleStatus;
import org.alpwb.api.event.Pdg;
import org.alpwb.reco.fit.Helix;

/** Builds RecoBlocks and EventBlocks by hand from lab four-momenta, with perfect measurements. */
final class HandMadeEvents {
    static final BeamConditions BEAMS = BeamConditions.crossing(7.004, 4.002, 0.083, 5.13e-3, 2.375e-3);
    static final double ME = 0.51099895e-3;

    private HandMadeEvents() {
    }

    /** A signal generator event in the lab: e+ e- a, a -> gamma gamma; particles 0,1 beams, 2 e+, 3 e-, 4 a, 5, 6 photons. */
    static void signalTruth(EventBlock.Builder b, FourMomentum ep, FourMomentum em, FourMomentum g1, FourMomentum g2,
            String diagram) {
        FourMomentum e = BEAMS.electronLab();
        FourMomentum p = BEAMS.positronLab();
        FourMomentum a = g1.plus(g2);
        b.particle(Pdg.ELECTRON, ParticleStatus.INCOMING, -1, -1, e.e(), e.px(), e.py(), e.pz());
        b.particle(Pdg.POSITRON, ParticleStatus.INCOMING, -1, -1, p.e(), p.px(), p.py(), p.pz());
        b.particle(Pdg.POSITRON, ParticleStatus.OUTGOING, 0, 1, ep.e(), ep.px(), ep.py(), ep.pz());
        b.particle(Pdg.ELECTRON, ParticleStatus.OUTGOING, 0, 1, em.e(), em.px(), em.py(), em.pz());
        b.particle(Pdg.ALP, ParticleStatus.INTERMEDIATE, 0, 1, a.e(), a.px(), a.py(), a.pz());
        b.particle(Pdg.PHOTON, ParticleStatus.OUTGOING, 4, -1, g1.e(), g1.px(), g1.py(), g1.pz());
        b.particle(Pdg.PHOTON, ParticleStatus.OUTGOING, 4, -1, g2.e(), g2.px(), g2.py(), g2.pz());
        b.endEvent(1.0e-3, diagram);
    }

    /** Adds a track from vertex (x, y, z) cm with an ECL cluster of energy |p| at its direction; returns the track index. */
    static int track(RecoBlock.Builder b, FourMomentum p, int charge, double[] vertexCm, int truthIndex,
            TruthOrigin origin, double timeNs) {
        RecoBlock.TrackDraft t = new RecoBlock.TrackDraft();
        t.charge = charge;
        double[] h = Helix.fromPointMomentum(vertexCm[0], vertexCm[1], vertexCm[2], p.px(), p.py(), p.pz(), charge, 1.5);
        System.arraycopy(h, 0, t.helix, 0, 5);
        // momentum at the perigee: same pT and tanLambda, direction phi0
        double pt = p.pt();
        t.px = pt * Math.cos(h[1]);
        t.py = pt * Math.sin(h[1]);
        t.pz = p.pz();
        // diagonal helix covariance (d0, phi0, omega, z0, tanLambda) and (p, theta, phi)
        double[] sig = {0.002, 1e-3, 3e-3 * Math.abs(h[2]), 0.003, 1e-3};
        int k = 0;
        for (int i = 0; i < 5; i++) {
            for (int j = i; j < 5; j++) {
                t.helixCovariance[k++] = i == j ? sig[i] * sig[i] : 0;
            }
        }
        double pp = p.p();
        t.momentumCovariance[0] = Math.pow(3e-3 * pp, 2);
        t.momentumCovariance[3] = 1e-6;
        t.momentumCovariance[5] = 1e-6;
        t.electronId = 0.99;
        t.reachesEcl = true;
        t.eclEntryTheta = p.theta();
        t.eclEntryPhi = p.phi();
        t.truthIndex = truthIndex;
        t.truthPdg = charge > 0 ? Pdg.POSITRON : Pdg.ELECTRON;
        t.origin = origin;
        int track = b.addTrack(t);
        int cluster = b.addCluster(cluster(p.e(), p.theta(), p.phi(), timeNs, truthIndex, origin, t.truthPdg));
        b.link(track, cluster);
        return track;
    }

    static RecoBlock.ClusterDraft cluster(double e, double theta, double phi, double timeNs, int truthIndex,
            TruthOrigin origin, int pdg) {
        RecoBlock.ClusterDraft c = new RecoBlock.ClusterDraft();
        c.energyGeV = e;
        c.theta = theta;
        c.phi = phi;
        c.xCm = 125 * Math.cos(phi);
        c.yCm = 125 * Math.sin(phi);
        c.zCm = 125 * Math.cos(theta) / Math.sin(theta);
        c.timeNs = timeNs;
        c.timeErrorNs = 0.5;
        c.distanceToTrackCm = 50;
        c.beamBackgroundScore = origin == TruthOrigin.BEAM_BACKGROUND ? 0.1 : 0.9;
        c.truthIndex = truthIndex;
        c.truthPdg = pdg;
        c.origin = origin;
        return c;
    }

    static int photon(RecoBlock.Builder b, FourMomentum g, int truthIndex, TruthOrigin origin, double timeNs) {
        return b.addCluster(cluster(g.e(), g.theta(), g.phi(), timeNs, truthIndex, origin, Pdg.PHOTON));
    }

    static RecoBlock.Builder recoBuilder() {
        return RecoBlock.builder("hand", "none", BEAMS.totalLab(), 0);
    }
}
