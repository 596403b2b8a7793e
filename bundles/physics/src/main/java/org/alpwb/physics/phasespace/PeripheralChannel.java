package org.alpwb.physics.phasespace;

/**
 * 2 -> 3 phase space for e+e- -> e+e- X dominated by two space-like photons ("gamma-gamma fusion"):
 * lepton A scatters off beam A with t1 = (pA - p3)^2, the rest Q = P - p3 (mass M) splits into
 * lepton B and X with t2 = (pB - p4)^2 measured in the Q rest frame against beam B.
 *
 * <p>Coordinates: x0 -> ln M^2, x1 -> ln(-t1) over its exact range, x2 -> azimuth of lepton A,
 * x3 -> ln(-t2) over its exact range, x4 -> azimuth of lepton B around beam B in the Q frame.
 * The smallest |t| (about m^2 x^2/(1 - x)) and 1 - cos theta are computed without cancellation,
 * so leptons at pT far below 1 MeV are generated and mapped back exactly. Swapping the roles of the
 * beams gives a second, independent parametrisation of the same phase space.
 *
 * <p>dPhi_3 = dPhi_2(P; p3, Q) dM^2/(2 pi) dPhi_2(Q; p4, pX), dPhi_2 = dt dphi/(32 pi^2 sqrt(s) q_in).
 */
public final class PeripheralChannel implements PhaseSpaceChannel {
    private final int beamA;
    private final int beamB;
    private final int leptonA;
    private final int leptonB;
    private final int particleX;
    private final double axisA;
    private final double m;
    private final double mX;
    private final int count;
    private final double[] rest = new double[4];

    /**
     * @param beamA the beam (0 or 1) whose lepton is split off first
     * @param leptonA index of the outgoing lepton scattered off beam A
     * @param leptonB index of the outgoing lepton scattered off the other beam
     * @param particleX index of the produced particle
     * @param leptonMassGeV lepton (and beam) mass
     * @param massXGeV mass of X
     */
    public PeripheralChannel(int beamA, int leptonA, int leptonB, int particleX, double leptonMassGeV,
            double massXGeV) {
        this.beamA = beamA;
        this.beamB = 1 - beamA;
        this.leptonA = leptonA;
        this.leptonB = leptonB;
        this.particleX = particleX;
        this.axisA = beamA == 0 ? 1 : -1;
        this.m = leptonMassGeV;
        this.mX = massXGeV;
        this.count = 5;
    }

    @Override
    public String name() {
        return "peripheral(beam " + beamA + " first)";
    }

    @Override
    public int dimensions() {
        return 5;
    }

    @Override
    public int particleCount() {
        return count;
    }

    @Override
    public double generate(double sqrtS, double[] x, double[] p) {
        double s = sqrtS * sqrtS;
        double mMin = m + mX;
        double mMax = sqrtS - m;
        if (!(mMin < mMax)) {
            return 0;
        }
        Kinematics.beams(sqrtS, m, m, p);
        double lnMin = 2 * Math.log(mMin);
        double lnRange = 2 * Math.log(mMax) - lnMin;
        double m2 = Math.exp(lnMin + x[0] * lnRange);
        double mQ = Math.sqrt(m2);
        double e3 = (s + m * m - m2) / (2 * sqrtS);
        double q3 = Kinematics.twoBodyMomentum(sqrtS, m, mQ);
        double eA = p[4 * beamA];
        double qA = Math.abs(p[4 * beamA + 3]);
        LogT first = LogT.of(eA, qA, e3, q3, m);
        double t1 = first.t(x[1]);
        double oneMinusCos = first.oneMinusCos(x[1]);
        if (!(oneMinusCos >= 0 && oneMinusCos <= 2)) {
            return 0;
        }
        double sin = Math.sqrt(oneMinusCos * (2 - oneMinusCos));
        double phi = 2 * Math.PI * x[2];
        double p3x = q3 * sin * Math.cos(phi);
        double p3y = q3 * sin * Math.sin(phi);
        double p3z = axisA * q3 * (1 - oneMinusCos);
        Kinematics.set(p, leptonA, e3, p3x, p3y, p3z);
        // Q = P - p3 in the CM frame
        double qe = sqrtS - e3;
        double qx = -p3x;
        double qy = -p3y;
        double qz = -p3z;
        double eB = p[4 * beamB];
        double qB = Math.abs(p[4 * beamB + 3]);
        // Q.pB = P.pB - p3.pB, p3.pB = e3 eB + p3z_along_A * qB (beam B antiparallel to A): no cancellation
        double eBRest = (sqrtS * eB - (e3 * eB + axisA * p3z * qB)) / mQ;
        double qBRest = Math.sqrt((eBRest - m) * (eBRest + m));
        double e4 = Kinematics.twoBodyEnergy(mQ, m, mX);
        double q4 = Kinematics.twoBodyMomentum(mQ, m, mX);
        LogT second = LogT.of(eBRest, qBRest, e4, q4, m);
        double t2 = second.t(x[3]);
        double oneMinusCos2 = second.oneMinusCos(x[3]);
        if (!(oneMinusCos2 >= 0 && oneMinusCos2 <= 2)) {
            return 0;
        }
        double sin2 = Math.sqrt(oneMinusCos2 * (2 - oneMinusCos2));
        double cos2 = 1 - oneMinusCos2;
        Kinematics.toRest(p, beamB, qe, qx, qy, qz, mQ, eBRest, rest);
        double[] frame = frame(rest);
        double phi2 = 2 * Math.PI * x[4];
        double c = Math.cos(phi2);
        double sn = Math.sin(phi2);
        double dx = cos2 * frame[0] + sin2 * (c * frame[3] + sn * frame[6]);
        double dy = cos2 * frame[1] + sin2 * (c * frame[4] + sn * frame[7]);
        double dz = cos2 * frame[2] + sin2 * (c * frame[5] + sn * frame[8]);
        Kinematics.set(p, leptonB, e4, q4 * dx, q4 * dy, q4 * dz);
        Kinematics.set(p, particleX, mQ - e4, -q4 * dx, -q4 * dy, -q4 * dz);
        Kinematics.boostFromRest(p, leptonB, qe, qx, qy, qz, mQ);
        Kinematics.boostFromRest(p, particleX, qe, qx, qy, qz, mQ);
        return weight(sqrtS, qA, m2, lnRange, t1, first.range(), qBRest, t2, second.range());
    }

    private static double weight(double sqrtS, double qA, double m2, double lnRange, double t1, double l1Range,
            double qBRest, double t2, double l2Range) {
        double twoPi = 2 * Math.PI;
        double pi2 = Math.PI * Math.PI;
        double dM2 = m2 * lnRange / twoPi;
        double first = t1 * l1Range * twoPi / (32 * pi2 * sqrtS * qA);
        double second = t2 * l2Range * twoPi / (32 * pi2 * Math.sqrt(m2) * qBRest);
        return dM2 * first * second;
    }

    /** Unit vector n (the given 3-vector direction) and two unit vectors orthogonal to it. */
    private static double[] frame(double[] v) {
        double norm = Math.sqrt(v[1] * v[1] + v[2] * v[2] + v[3] * v[3]);
        double nx = v[1] / norm;
        double ny = v[2] / norm;
        double nz = v[3] / norm;
        // e1 = normalise(xhat x n), well defined because n is never close to the x axis here
        // (it is close to the beam axis); fall back to zhat otherwise
        double ax;
        double ay;
        double az;
        if (Math.abs(nx) < 0.9) {
            ax = 0;
            ay = -nz;
            az = ny;
        } else {
            ax = ny;
            ay = -nx;
            az = 0;
        }
        double an = Math.sqrt(ax * ax + ay * ay + az * az);
        ax /= an;
        ay /= an;
        az /= an;
        double bx = ny * az - nz * ay;
        double by = nz * ax - nx * az;
        double bz = nx * ay - ny * ax;
        return new double[] {nx, ny, nz, ax, ay, az, bx, by, bz};
    }

    @Override
    public double inverse(double sqrtS, double[] p, double[] x) {
        double s = sqrtS * sqrtS;
        double mMin = m + mX;
        double mMax = sqrtS - m;
        if (!(mMin < mMax)) {
            return 0;
        }
        double e3 = p[4 * leptonA];
        double m2 = s - 2 * sqrtS * e3 + m * m;
        double lnMin = 2 * Math.log(mMin);
        double lnRange = 2 * Math.log(mMax) - lnMin;
        x[0] = clamp((Math.log(m2) - lnMin) / lnRange);
        m2 = Math.max(m2, mMin * mMin);
        double mQ = Math.sqrt(m2);
        double q3 = Kinematics.twoBodyMomentum(sqrtS, m, mQ);
        double eA = p[4 * beamA];
        double qA = Math.abs(p[4 * beamA + 3]);
        LogT first = LogT.of(eA, qA, e3, q3, m);
        double t1 = Kinematics.minusTToBeam(p, beamA, leptonA, axisA, m);
        x[1] = clamp(first.coordinate(t1));
        x[2] = azimuth(p[4 * leptonA + 1], p[4 * leptonA + 2]);
        double qe = sqrtS - e3;
        double qx = -p[4 * leptonA + 1];
        double qy = -p[4 * leptonA + 2];
        double qz = -p[4 * leptonA + 3];
        double eB = p[4 * beamB];
        double qB = Math.abs(p[4 * beamB + 3]);
        double eBRest = (sqrtS * eB - (e3 * eB - axisA * qz * qB)) / mQ;
        double qBRest = Math.sqrt((eBRest - m) * (eBRest + m));
        double e4 = Kinematics.twoBodyEnergy(mQ, m, mX);
        double q4 = Kinematics.twoBodyMomentum(mQ, m, mX);
        LogT second = LogT.of(eBRest, qBRest, e4, q4, m);
        double t2 = Kinematics.minusTToBeam(p, beamB, leptonB, -axisA, m);
        x[3] = clamp(second.coordinate(t2));
        Kinematics.toRest(p, beamB, qe, qx, qy, qz, mQ, eBRest, rest);
        double[] frame = frame(rest);
        Kinematics.toRest(p, leptonB, qe, qx, qy, qz, mQ, e4, rest);
        double u = rest[1] * frame[3] + rest[2] * frame[4] + rest[3] * frame[5];
        double v = rest[1] * frame[6] + rest[2] * frame[7] + rest[3] * frame[8];
        x[4] = azimuth(u, v);
        return weight(sqrtS, qA, m2, lnRange, t1, first.range(), qBRest, t2, second.range());
    }

    static double azimuth(double px, double py) {
        double phi = Math.atan2(py, px) / (2 * Math.PI);
        return phi < 0 ? clamp(phi + 1) : clamp(phi);
    }

    static double clamp(double x) {
        if (!(x > 0)) {
            return 0;
        }
        return x < 1 ? x : Math.nextDown(1.0);
    }

    @Override
    public PhaseSpaceChannel copy() {
        return new PeripheralChannel(beamA, leptonA, leptonB, particleX, m, mX);
    }

    /**
     * -t of one lepton vertex sampled flat in ln(-t) over its exact range [tMin, tMin + 4 q_in q_out] at fixed
     * energies; 1 - cos of the scattering angle follows without cancellation from tMin (expm1).
     */
    private record LogT(double tMin, double range, double twoQQ) {
        static LogT of(double eIn, double qIn, double eOut, double qOut, double mass) {
            double tMin = Kinematics.minusTCollinear(eIn, qIn, eOut, qOut, mass);
            return new LogT(tMin, Math.log(tMin + 4 * qIn * qOut) - Math.log(tMin), 2 * qIn * qOut);
        }

        double t(double coordinate) {
            return tMin * Math.exp(coordinate * range);
        }

        double oneMinusCos(double coordinate) {
            return tMin * Math.expm1(coordinate * range) / twoQQ;
        }

        double coordinate(double t) {
            return Math.log(t / tMin) / range;
        }
    }
}
