package org.alpwb.physics.phasespace;

/**
 * Decay of an on-shell (narrow) particle into two daughters, isotropic in its rest frame. With the
 * narrow-width approximation the production cross section times the branching ratio is unchanged
 * by the decay, so the decay carries weight 1; for a scalar or pseudoscalar the decay is isotropic.
 */
public final class NarrowDecay {
    private NarrowDecay() {
    }

    /**
     * Writes daughters d1, d2 (masses m1, m2) of {@code parent} into {@code p} from two uniforms (cos theta, phi
     * in the parent rest frame, axes of the frame of {@code p}).
     */
    public static void decay(double[] p, int parent, int d1, int d2, double m1, double m2, double u0, double u1) {
        int i = 4 * parent;
        double e = p[i];
        double px = p[i + 1];
        double py = p[i + 2];
        double pz = p[i + 3];
        double mass = Math.sqrt(Math.max(0, (e - Math.sqrt(px * px + py * py + pz * pz))
                * (e + Math.sqrt(px * px + py * py + pz * pz))));
        double q = Kinematics.twoBodyMomentum(mass, m1, m2);
        double cos = 2 * u0 - 1;
        double sin = Math.sqrt((1 - cos) * (1 + cos));
        double phi = 2 * Math.PI * u1;
        double qx = q * sin * Math.cos(phi);
        double qy = q * sin * Math.sin(phi);
        double qz = q * cos;
        Kinematics.set(p, d1, Math.sqrt(q * q + m1 * m1), qx, qy, qz);
        Kinematics.set(p, d2, Math.sqrt(q * q + m2 * m2), -qx, -qy, -qz);
        Kinematics.boostFromRest(p, d1, e, px, py, pz, mass);
        Kinematics.boostFromRest(p, d2, e, px, py, pz, mass);
    }
}
