package org.alpwb.physics.phasespace;

/**
 * 2 -> 3 phase space for e+e- -> (gamma* -> l- l+) X with a small pair mass ("internal conversion"):
 * x0 -> ln m_ll^2 between (2 m)^2 and (sqrt(s) - m_X)^2, x1 -> cos theta of X (flat), x2 -> its
 * azimuth, x3, x4 -> direction of l- in the pair rest frame (axes of the CM frame, pure boost).
 * dPhi_3 = dPhi_2(P; X, Q) dm^2/(2 pi) dPhi_2(Q; l-, l+).
 */
public final class ConversionChannel implements PhaseSpaceChannel {
    private final int leptonMinus;
    private final int leptonPlus;
    private final int particleX;
    private final double m;
    private final double mX;
    private final double[] rest = new double[4];

    public ConversionChannel(int leptonMinus, int leptonPlus, int particleX, double leptonMassGeV, double massXGeV) {
        this.leptonMinus = leptonMinus;
        this.leptonPlus = leptonPlus;
        this.particleX = particleX;
        this.m = leptonMassGeV;
        this.mX = massXGeV;
    }

    @Override
    public String name() {
        return "conversion(m_ll)";
    }

    @Override
    public int dimensions() {
        return 5;
    }

    @Override
    public int particleCount() {
        return 5;
    }

    @Override
    public double generate(double sqrtS, double[] x, double[] p) {
        double lo = 2 * m;
        double hi = sqrtS - mX;
        if (!(lo < hi)) {
            return 0;
        }
        Kinematics.beams(sqrtS, m, m, p);
        double lnMin = 2 * Math.log(lo);
        double lnRange = 2 * Math.log(hi) - lnMin;
        double m2 = Math.exp(lnMin + x[0] * lnRange);
        double mQ = Math.sqrt(m2);
        double qX = Kinematics.twoBodyMomentum(sqrtS, mX, mQ);
        if (!(qX >= 0)) {
            return 0;
        }
        double cos = 2 * x[1] - 1;
        double sin = Math.sqrt((1 - cos) * (1 + cos));
        double phi = 2 * Math.PI * x[2];
        double px = qX * sin * Math.cos(phi);
        double py = qX * sin * Math.sin(phi);
        double pz = qX * cos;
        Kinematics.set(p, particleX, Math.sqrt(qX * qX + mX * mX), px, py, pz);
        double qe = sqrtS - p[4 * particleX];
        double qStar = Kinematics.twoBodyMomentum(mQ, m, m);
        double cosStar = 2 * x[3] - 1;
        double sinStar = Math.sqrt((1 - cosStar) * (1 + cosStar));
        double phiStar = 2 * Math.PI * x[4];
        double lx = qStar * sinStar * Math.cos(phiStar);
        double ly = qStar * sinStar * Math.sin(phiStar);
        double lz = qStar * cosStar;
        double eStar = mQ / 2;
        Kinematics.set(p, leptonMinus, eStar, lx, ly, lz);
        Kinematics.set(p, leptonPlus, eStar, -lx, -ly, -lz);
        Kinematics.boostFromRest(p, leptonMinus, qe, -px, -py, -pz, mQ);
        Kinematics.boostFromRest(p, leptonPlus, qe, -px, -py, -pz, mQ);
        return weight(sqrtS, m2, lnRange, qX, qStar);
    }

    private static double weight(double sqrtS, double m2, double lnRange, double qX, double qStar) {
        double fourPiOver16Pi2 = 4 * Math.PI / (16 * Math.PI * Math.PI);
        return m2 * lnRange / (2 * Math.PI) * qX / sqrtS * fourPiOver16Pi2 * qStar / Math.sqrt(m2) * fourPiOver16Pi2;
    }

    @Override
    public double inverse(double sqrtS, double[] p, double[] x) {
        double lo = 2 * m;
        double hi = sqrtS - mX;
        if (!(lo < hi)) {
            return 0;
        }
        double m2 = Math.max(Kinematics.pairMassSquared(p, leptonMinus, leptonPlus), lo * lo);
        double lnMin = 2 * Math.log(lo);
        double lnRange = 2 * Math.log(hi) - lnMin;
        x[0] = PeripheralChannel.clamp((Math.log(m2) - lnMin) / lnRange);
        double mQ = Math.sqrt(m2);
        double qX = Kinematics.twoBodyMomentum(sqrtS, mX, mQ);
        if (!(qX >= 0)) {
            return 0;
        }
        double cosX = Kinematics.momentum(p, particleX) == 0 ? 1
                : p[4 * particleX + 3] / Kinematics.momentum(p, particleX);
        x[1] = PeripheralChannel.clamp((cosX + 1) / 2);
        x[2] = PeripheralChannel.azimuth(p[4 * particleX + 1], p[4 * particleX + 2]);
        double qe = p[4 * leptonMinus] + p[4 * leptonPlus];
        double qx = p[4 * leptonMinus + 1] + p[4 * leptonPlus + 1];
        double qy = p[4 * leptonMinus + 2] + p[4 * leptonPlus + 2];
        double qz = p[4 * leptonMinus + 3] + p[4 * leptonPlus + 3];
        Kinematics.toRest(p, leptonMinus, qe, qx, qy, qz, mQ, mQ / 2, rest);
        double r = Math.sqrt(rest[1] * rest[1] + rest[2] * rest[2] + rest[3] * rest[3]);
        x[3] = PeripheralChannel.clamp((rest[3] / r + 1) / 2);
        x[4] = PeripheralChannel.azimuth(rest[1], rest[2]);
        double qStar = Kinematics.twoBodyMomentum(mQ, m, m);
        return weight(sqrtS, m2, lnRange, qX, qStar);
    }

    @Override
    public PhaseSpaceChannel copy() {
        return new ConversionChannel(leptonMinus, leptonPlus, particleX, m, mX);
    }
}
