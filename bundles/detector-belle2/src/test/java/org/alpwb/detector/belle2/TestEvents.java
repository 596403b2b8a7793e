package org.alpwb.detector.belle2;

import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.LorentzTransform;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.alpwb.api.event.ParticleStatus;

/** Builds generator-level (CM-frame) event blocks from particles chosen in the lab frame. */
final class TestEvents {
    static final BeamConditions BEAMS = new Belle2Detector().beams();
    static final LorentzTransform LAB_TO_CM = BEAMS.labToCm();

    private TestEvents() {
    }

    /** Lab four-momentum of a particle of mass m with momentum p at (theta, phi). */
    static FourMomentum lab(double massGeV, double pGeV, double thetaDeg, double phiDeg) {
        double t = Math.toRadians(thetaDeg);
        double f = Math.toRadians(phiDeg);
        return FourMomentum.ofMass(massGeV, pGeV * Math.sin(t) * Math.cos(f), pGeV * Math.sin(t) * Math.sin(f),
                pGeV * Math.cos(t));
    }

    /** Adds the two incoming beams (to check they are skipped) and the given lab-frame particles. */
    static void addEvent(EventBlock.Builder builder, int[] pdg, FourMomentum[] labMomenta, double weightPb) {
        double half = BEAMS.sqrtSGeV() / 2;
        builder.particle(11, ParticleStatus.INCOMING, -1, -1, half, 0, 0, half);
        builder.particle(-11, ParticleStatus.INCOMING, -1, -1, half, 0, 0, -half);
        for (int k = 0; k < pdg.length; k++) {
            FourMomentum cm = LAB_TO_CM.apply(labMomenta[k]);
            builder.particle(pdg[k], ParticleStatus.OUTGOING, 0, 1, cm.e(), cm.px(), cm.py(), cm.pz());
        }
        builder.endEvent(weightPb, "test");
    }

    /** {@code n} identical one-particle events. */
    static EventBlock single(int pdg, FourMomentum labMomentum, int n) {
        EventBlock.Builder builder = EventBlock.builder(0);
        for (int i = 0; i < n; i++) {
            addEvent(builder, new int[] {pdg}, new FourMomentum[] {labMomentum}, 1.0);
        }
        return builder.build();
    }
}
