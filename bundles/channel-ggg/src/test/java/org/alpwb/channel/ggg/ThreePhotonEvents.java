package org.alpwb.channel.ggg;

import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.LorentzTransform;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.alpwb.api.event.ParticleStatus;
import org.alpwb.api.event.Pdg;

/** Hand-built e+e- -> gamma a, a -> gamma gamma events: exact CM kinematics, boosted to the lab, perfect clusters. */
final class ThreePhotonEvents {
    static final BeamConditions BEAMS = BeamConditions.crossing(7.004, 4.002, 0.083, 5.13e-3, 2.375e-3);
    static final double SQRT_S = BEAMS.totalLab().mass();

    private ThreePhotonEvents() {
    }

    /**
     * Lab photons {recoil, decay 1, decay 2}: recoil photon at CM angles (thetaStar, phiStar), ALP opposite, decay
     * photon 1 at helicity angle (cosHelicity, phiHelicity) in the ALP rest frame w.r.t. the ALP flight direction.
     */
    static FourMomentum[] signal(double massGeV, double thetaStar, double phiStar, double cosHelicity,
            double phiHelicity) {
        double s = SQRT_S * SQRT_S;
        double eRecoil = (s - massGeV * massGeV) / (2 * SQRT_S);
        FourMomentum recoil = direction(eRecoil, thetaStar, phiStar);
        FourMomentum alp = new FourMomentum(SQRT_S - eRecoil, -recoil.px(), -recoil.py(), -recoil.pz());
        // decay in the rest frame with the z axis along the ALP flight direction, then rotate and boost
        double sinH = Math.sqrt(1 - cosHelicity * cosHelicity);
        double half = massGeV / 2;
        FourMomentum d1 = new FourMomentum(half, half * sinH * Math.cos(phiHelicity), half * sinH * Math.sin(phiHelicity),
                half * cosHelicity);
        FourMomentum d2 = new FourMomentum(half, -d1.px(), -d1.py(), -d1.pz());
        LorentzTransform toFlight = LorentzTransform.boostTo(alp).after(
                LorentzTransform.rotation(0, 0, 1, alp.px(), alp.py(), alp.pz()));
        LorentzTransform cmToLab = BEAMS.cmToLab();
        return new FourMomentum[] {cmToLab.apply(recoil), cmToLab.apply(toFlight.apply(d1)),
            cmToLab.apply(toFlight.apply(d2))};
    }

    static FourMomentum direction(double e, double theta, double phi) {
        return new FourMomentum(e, e * Math.sin(theta) * Math.cos(phi), e * Math.sin(theta) * Math.sin(phi),
                e * Math.cos(theta));
    }

    /** Truth record: 0 e-, 1 e+, 2 recoil photon, 3 ALP, 4 and 5 its photons. */
    static void truth(EventBlock.Builder b, FourMomentum[] photons) {
        FourMomentum e = BEAMS.electronLab();
        FourMomentum p = BEAMS.positronLab();
        FourMomentum a = photons[1].plus(photons[2]);
        b.particle(Pdg.ELECTRON, ParticleStatus.INCOMING, -1, -1, e.e(), e.px(), e.py(), e.pz());
        b.particle(Pdg.POSITRON, ParticleStatus.INCOMING, -1, -1, p.e(), p.px(), p.py(), p.pz());
        add(b, Pdg.PHOTON, ParticleStatus.OUTGOING, 0, photons[0]);
        add(b, Pdg.ALP, ParticleStatus.INTERMEDIATE, 0, a);
        add(b, Pdg.PHOTON, ParticleStatus.OUTGOING, 3, photons[1]);
        add(b, Pdg.PHOTON, ParticleStatus.OUTGOING, 3, photons[2]);
        b.endEvent(1e-3, "");
    }

    private static void add(EventBlock.Builder b, int pdg, ParticleStatus status, int mother, FourMomentum q) {
        b.particle(pdg, status, mother, mother == 0 ? 1 : -1, q.e(), q.px(), q.py(), q.pz());
    }

    static int cluster(RecoBlock.Builder b, FourMomentum g, int truthIndex, TruthOrigin origin) {
        RecoBlock.ClusterDraft c = new RecoBlock.ClusterDraft();
        c.energyGeV = g.e();
        c.theta = g.theta();
        c.phi = g.phi();
        c.xCm = 125 * Math.cos(c.phi);
        c.yCm = 125 * Math.sin(c.phi);
        c.zCm = 125 * Math.cos(c.theta) / Math.sin(c.theta);
        c.timeErrorNs = 0.5;
        c.beamBackgroundScore = origin == TruthOrigin.BEAM_BACKGROUND ? 0.1 : 0.9;
        c.truthIndex = truthIndex;
        c.truthPdg = Pdg.PHOTON;
        c.origin = origin;
        return b.addCluster(c);
    }

    /** Clusters for the three photons (truth indices 2, 4, 5) of one event. */
    static void clusters(RecoBlock.Builder b, FourMomentum[] photons) {
        cluster(b, photons[0], 2, TruthOrigin.PRIMARY);
        cluster(b, photons[1], 4, TruthOrigin.PRIMARY);
        cluster(b, photons[2], 5, TruthOrigin.PRIMARY);
    }

    static RecoBlock.Builder recoBuilder() {
        return RecoBlock.builder("hand", "none", BEAMS.totalLab(), 0);
    }
}
