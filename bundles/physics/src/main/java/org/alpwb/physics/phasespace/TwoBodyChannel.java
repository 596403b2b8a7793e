package org.alpwb.physics.phasespace;

/**
 * 2 -> 2 phase space: x0 gives the polar angle of particle 2 (flat in cos theta, or peaked as
 * 1/(1 - s cos theta + eps) towards the beam with sign s for t/u-channel poles), x1 its azimuth.
 * dPhi_2 = q/(16 pi^2 sqrt(s)) dcos dphi, q the final momentum.
 */
public final class TwoBodyChannel implements PhaseSpaceChannel {
    private final double m0;
    private final double m1;
    private final double m2;
    private final double m3;
    private final int poleSign;
    private final double epsilon;

    private TwoBodyChannel(double[] massesGeV, int poleSign, double epsilon) {
        this.m0 = massesGeV[0];
        this.m1 = massesGeV[1];
        this.m2 = massesGeV[2];
        this.m3 = massesGeV[3];
        this.poleSign = poleSign;
        this.epsilon = epsilon;
    }

    /** Flat in cos theta. */
    public static TwoBodyChannel flat(double[] massesGeV) {
        return new TwoBodyChannel(massesGeV, 0, 0);
    }

    /** Peaked towards beam 0 (sign +1, particle 2 forward) or beam 1 (sign -1) with regulator eps &gt; 0. */
    public static TwoBodyChannel peaked(double[] massesGeV, int sign, double epsilon) {
        if (Math.abs(sign) != 1 || !(epsilon > 0)) {
            throw new IllegalArgumentException("sign must be +-1 and epsilon > 0");
        }
        return new TwoBodyChannel(massesGeV, sign, epsilon);
    }

    @Override
    public String name() {
        return poleSign == 0 ? "2-body flat" : "2-body peaked " + (poleSign > 0 ? "forward" : "backward");
    }

    @Override
    public int dimensions() {
        return 2;
    }

    @Override
    public int particleCount() {
        return 4;
    }

    @Override
    public double generate(double sqrtS, double[] x, double[] p) {
        double q = Kinematics.twoBodyMomentum(sqrtS, m2, m3);
        if (!(q > 0)) {
            return 0;
        }
        Kinematics.beams(sqrtS, m0, m1, p);
        double oneMinusC;
        double dcdx;
        if (poleSign == 0) {
            oneMinusC = 2 * x[0];
            dcdx = 2;
        } else {
            double range = Math.log((2 + epsilon) / epsilon);
            double v = epsilon * Math.exp(x[0] * range);
            double oneMinusSc = v - epsilon;
            oneMinusC = poleSign > 0 ? oneMinusSc : 2 - oneMinusSc;
            dcdx = v * range;
        }
        double cos = 1 - oneMinusC;
        double sin = Math.sqrt(Math.max(0, oneMinusC * (2 - oneMinusC)));
        double phi = 2 * Math.PI * x[1];
        double e2 = Math.sqrt(q * q + m2 * m2);
        double e3 = Math.sqrt(q * q + m3 * m3);
        double px = q * sin * Math.cos(phi);
        double py = q * sin * Math.sin(phi);
        Kinematics.set(p, 2, e2, px, py, q * cos);
        Kinematics.set(p, 3, e3, -px, -py, -q * cos);
        return q / (16 * Math.PI * Math.PI * sqrtS) * dcdx * 2 * Math.PI;
    }

    @Override
    public double inverse(double sqrtS, double[] p, double[] x) {
        double q = Kinematics.twoBodyMomentum(sqrtS, m2, m3);
        if (!(q > 0)) {
            return 0;
        }
        double dcdx;
        if (poleSign == 0) {
            x[0] = 0.5 * Kinematics.oneMinusCosToAxis(p, 2, 1);
            dcdx = 2;
        } else {
            double range = Math.log((2 + epsilon) / epsilon);
            double v = Kinematics.oneMinusCosToAxis(p, 2, poleSign) + epsilon;
            x[0] = Math.log(v / epsilon) / range;
            dcdx = v * range;
        }
        double phi = Math.atan2(p[10], p[9]);
        x[1] = phi < 0 ? phi / (2 * Math.PI) + 1 : phi / (2 * Math.PI);
        return q / (16 * Math.PI * Math.PI * sqrtS) * dcdx * 2 * Math.PI;
    }

    @Override
    public PhaseSpaceChannel copy() {
        return this;
    }
}
