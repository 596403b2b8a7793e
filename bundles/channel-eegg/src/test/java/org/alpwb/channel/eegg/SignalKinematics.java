package org.alpwb.channel.eegg;

import org.alpwb.api.event.FourMomentum;
import org.apache.commons.rng.UniformRandomProvider;

/** e+ e- gamma gamma final states with exact four-momentum conservation, for tests (isotropic sequential decays, boosted to the lab). */
final class SignalKinematics {
    private SignalKinematics() {
    }

    static FourMomentum[] decay(UniformRandomProvider rng, FourMomentum parent, double m1, double m2) {
        double m = parent.mass();
        double q = Math.sqrt((m * m - (m1 + m2) * (m1 + m2)) * (m * m - (m1 - m2) * (m1 - m2))) / (2 * m);
        double cos = 2 * rng.nextDouble() - 1;
        double sin = Math.sqrt(1 - cos * cos);
        double phi = 2 * Math.PI * rng.nextDouble();
        FourMomentum a = FourMomentum.ofMass(m1, q * sin * Math.cos(phi), q * sin * Math.sin(phi), q * cos);
        FourMomentum b = FourMomentum.ofMass(m2, -a.px(), -a.py(), -a.pz());
        return new FourMomentum[] {boost(a, parent), boost(b, parent)};
    }

    static FourMomentum boost(FourMomentum p, FourMomentum frame) {
        double bx = frame.px() / frame.e();
        double by = frame.py() / frame.e();
        double bz = frame.pz() / frame.e();
        double b2 = bx * bx + by * by + bz * bz;
        if (b2 == 0) {
            return p;
        }
        double gamma = 1 / Math.sqrt(1 - b2);
        double bp = bx * p.px() + by * p.py() + bz * p.pz();
        double g2 = (gamma - 1) / b2;
        return new FourMomentum(gamma * (p.e() + bp), p.px() + g2 * bp * bx + gamma * bx * p.e(),
                p.py() + g2 * bp * by + gamma * by * p.e(), p.pz() + g2 * bp * bz + gamma * bz * p.e());
    }

    /** e+, e-, gamma1, gamma2 in the lab, well inside every Table 6.1 acceptance. */
    static FourMomentum[] accepted(UniformRandomProvider rng, double alpMassGeV) {
        FourMomentum beam = HandMadeEvents.BEAMS.totalLab();
        while (true) {
            double sqrtS = beam.mass();
            double mee = 0.5 + (sqrtS - alpMassGeV - 1.0) * rng.nextDouble();
            FourMomentum[] pair = decay(rng, beam, mee, alpMassGeV);
            FourMomentum[] leptons = decay(rng, pair[0], HandMadeEvents.ME, HandMadeEvents.ME);
            FourMomentum[] photons = decay(rng, pair[1], 0, 0);
            FourMomentum[] all = {leptons[0], leptons[1], photons[0], photons[1]};
            boolean ok = true;
            for (FourMomentum p : all) {
                double deg = Math.toDegrees(p.theta());
                ok &= deg > 25 && deg < 140 && p.pt() > 0.4 && p.e() > 0.4;
            }
            FourMomentum alp = photons[0].plus(photons[1]);
            ok &= alp.pt() > 0.3 && Angles.separation(photons[0].theta(), photons[0].phi(), photons[1].theta(),
                    photons[1].phi()) > 0.1;
            if (ok) {
                return all;
            }
        }
    }
}
