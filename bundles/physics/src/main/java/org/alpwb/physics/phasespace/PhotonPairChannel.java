package org.alpwb.physics.phasespace;

/**
 * Phase space of e+e- -&gt; l(a) l(b) gamma(4) gamma(5) with the photon-pair mass squared s_X = M_gg^2 as an
 * integration variable, for cuts on M_gg (the signal-like region of e+e- -&gt; e+e- a, a -&gt; gamma gamma):
 * dPhi_4 = dPhi_3(P; a, b, X) ds_X/(2 pi) dPhi_2(X; gamma, gamma), s_X ln-flat in the cut window, so that no
 * point falls outside it. The pair X is produced
 * <ul>
 * <li>from the beams ({@link Origin#BEAMS}): ln E_X flat in [M, E_max], the polar angle flat in the variable
 * u = artanh(beta_X cos) (density 1/(1 - beta^2 cos^2): the massive-ISR propagators), azimuth flat; the rest
 * Q = P - X decays to a b with a peaked as 1/(1 - cos + eps) along +z (t channel);</li>
 * <li>from lepton a or b ({@link Origin#LEPTON_A}, {@link Origin#LEPTON_B}): the cluster C = l + X has
 * ln(s_C - m^2) flat (the lepton propagator), P -&gt; C + other lepton with lepton a peaked along +z, C -&gt; l X
 * flat in its rest frame.</li>
 * </ul>
 * The pair decays in its rest frame with one photon peaked as 1/(1 - cos* + eps*) along the direction of one
 * lepton seen in that frame (the collinear emission that dominates once both photons are at large angles),
 * azimuth flat around it. The twelve combinations (origin x axis lepton x which photon) cover the
 * enhancements of e+e- -&gt; e+e- gamma gamma in a mass window; each one alone covers all of the phase space with
 * M_gg in the window (every mapped variable spans its full physical range).
 * Coordinates: 8.
 */
public final class PhotonPairChannel implements PhaseSpaceChannel {
    /** Peak regulator of the pair decay angle: far below the 1 - cos* ~ 1e-4 of a 1 deg lepton-photon angle. */
    static final double DECAY_EPSILON = 1e-7;
    private static final double TWO_PI = 2 * Math.PI;
    private static final int A = 2;
    private static final int B = 3;

    /** Where the photon pair is attached. */
    public enum Origin {
        BEAMS, LEPTON_A, LEPTON_B
    }

    private final double leptonMass;
    private final Origin origin;
    private final int axisLepton;
    private final int peakedPhoton;
    private final double pairMass2Min;
    private final double pairMass2Max;
    private final double coreEpsilon;
    private final double[] pair = new double[4];
    private final double[] cluster = new double[4];
    private final double[] work = new double[4 * 6];
    private final double[] tmp = new double[4];
    private final double[] e1 = new double[3];
    private final double[] e2 = new double[3];

    /**
     * @param leptonMass mass of leptons 2 and 3 (and of the beams), GeV
     * @param axisLepton 2 or 3: the lepton whose direction (in the pair rest frame) the peaked photon follows
     * @param peakedPhoton 4 or 5
     * @param pairMassMinGeV lower end of the M_gg window, &gt; 0
     * @param pairMassMaxGeV upper end of the M_gg window
     * @param coreEpsilon regulator of the 1/(1 - cos + eps) core-angle peak
     */
    public PhotonPairChannel(double leptonMass, Origin origin, int axisLepton, int peakedPhoton, double pairMassMinGeV,
            double pairMassMaxGeV, double coreEpsilon) {
        if (!(pairMassMinGeV > 0 && pairMassMaxGeV > pairMassMinGeV && coreEpsilon > 0)
                || (axisLepton != A && axisLepton != B) || (peakedPhoton != 4 && peakedPhoton != 5)) {
            throw new IllegalArgumentException("invalid photon-pair channel: window " + pairMassMinGeV + "-"
                    + pairMassMaxGeV + ", axis " + axisLepton + ", photon " + peakedPhoton + ", eps " + coreEpsilon);
        }
        this.leptonMass = leptonMass;
        this.origin = origin;
        this.axisLepton = axisLepton;
        this.peakedPhoton = peakedPhoton;
        this.pairMass2Min = pairMassMinGeV * pairMassMinGeV;
        this.pairMass2Max = pairMassMaxGeV * pairMassMaxGeV;
        this.coreEpsilon = coreEpsilon;
    }

    @Override
    public String name() {
        return "photon-pair(" + origin + ", photon " + peakedPhoton + " along " + axisLepton + ", M_gg^2 "
                + pairMass2Min + "-" + pairMass2Max + ")";
    }

    /** Exchanging the two photons maps the channel peaking photon 4 onto the one peaking photon 5. */
    @Override
    public String symmetryClass() {
        return "photon-pair/" + origin + "/" + axisLepton + "/" + pairMass2Min + "/" + pairMass2Max + "/" + coreEpsilon;
    }

    @Override
    public int dimensions() {
        return 8;
    }

    @Override
    public int particleCount() {
        return 6;
    }

    @Override
    public PhaseSpaceChannel copy() {
        return new PhotonPairChannel(leptonMass, origin, axisLepton, peakedPhoton, Math.sqrt(pairMass2Min),
                Math.sqrt(pairMass2Max), coreEpsilon);
    }

    @Override
    public double generate(double sqrtS, double[] x, double[] p) {
        Kinematics.beams(sqrtS, leptonMass, leptonMass, p);
        double m = leptonMass;
        double lnPair = Math.log(pairMass2Max / pairMass2Min);
        double sX = pairMass2Min * Math.exp(x[0] * lnPair);
        double mX = Math.sqrt(sX);
        double weight = sX * lnPair / TWO_PI;
        if (!(mX + 2 * m < sqrtS)) {
            return 0;
        }
        if (origin == Origin.BEAMS) {
            double eMax = (sqrtS * sqrtS + sX - 4 * m * m) / (2 * sqrtS);
            double lnE = Math.log(eMax / mX);
            double e = mX * Math.exp(x[1] * lnE);
            double mod = Math.sqrt(Math.max(0, (e - mX) * (e + mX)));
            double beta = mod / e;
            double uMax = atanh(beta);
            double u = uMax * (2 * x[2] - 1);
            double cos = Math.tanh(u) / beta;
            if (!(Math.abs(cos) <= 1) || !(beta > 0)) {
                return 0;
            }
            double sin = Math.sqrt((1 - cos) * (1 + cos));
            double phi = TWO_PI * x[3];
            Kinematics.set(pair, 0, e, mod * sin * Math.cos(phi), mod * sin * Math.sin(phi), mod * cos);
            double dcos = 2 * uMax * (1 - beta * beta * cos * cos) / beta;
            // d^3p/((2 pi)^3 2E) = |p| dE dcos dphi / (16 pi^3)
            weight *= mod * (e * lnE) * dcos * TWO_PI / (16 * Math.PI * Math.PI * Math.PI);
            double qe = sqrtS - e;
            double qx = -pair[1];
            double qy = -pair[2];
            double qz = -pair[3];
            double mq2 = qe * qe - qx * qx - qy * qy - qz * qz;
            if (!(mq2 > 4 * m * m)) {
                return 0;
            }
            double mq = Math.sqrt(mq2);
            double w = coreDecay(mq, m, m, x[4], x[5], p, A, B);
            if (!(w > 0)) {
                return 0;
            }
            weight *= w;
            Kinematics.boostFromRest(p, A, qe, qx, qy, qz, mq);
            Kinematics.boostFromRest(p, B, qe, qx, qy, qz, mq);
        } else {
            int emitter = origin == Origin.LEPTON_A ? A : B;
            int other = emitter == A ? B : A;
            double lo = (m + mX) * (m + mX) - m * m;
            double hi = (sqrtS - m) * (sqrtS - m) - m * m;
            if (!(hi > lo)) {
                return 0;
            }
            double lnC = Math.log(hi / lo);
            double dsC = lo * Math.exp(x[1] * lnC);
            double sC = m * m + dsC;
            double mC = Math.sqrt(sC);
            weight *= dsC * lnC / TWO_PI;
            // P -> (C, other) with lepton a peaked along +z: slot 0 of work is C
            double w = emitter == A ? coreDecayInto(sqrtS, mC, m, x[2], x[3], work, 0, p, other)
                    : coreDecayInto(sqrtS, m, mC, x[2], x[3], p, A, work, 0);
            if (!(w > 0)) {
                return 0;
            }
            weight *= w;
            // C -> lepton + X, flat in the C rest frame
            double q = Kinematics.twoBodyMomentum(mC, m, mX);
            if (!(q > 0)) {
                return 0;
            }
            double cos = 2 * x[4] - 1;
            double sin = Math.sqrt((1 - cos) * (1 + cos));
            double phi = TWO_PI * x[5];
            double nx = sin * Math.cos(phi);
            double ny = sin * Math.sin(phi);
            Kinematics.set(p, emitter, Math.sqrt(q * q + m * m), -q * nx, -q * ny, -q * cos);
            Kinematics.set(pair, 0, Math.sqrt(q * q + sX), q * nx, q * ny, q * cos);
            weight *= q / (16 * Math.PI * Math.PI * mC) * 2 * TWO_PI;
            Kinematics.boostFromRest(p, emitter, work[0], work[1], work[2], work[3], mC);
            Kinematics.boostFromRest(pair, 0, work[0], work[1], work[2], work[3], mC);
        }
        // X -> gamma gamma in the X rest frame, the peaked photon along the axis lepton
        double eRest = (pair[0] * p[4 * axisLepton] - pair[1] * p[4 * axisLepton + 1] - pair[2] * p[4 * axisLepton + 2]
                - pair[3] * p[4 * axisLepton + 3]) / mX;
        Kinematics.toRest(p, axisLepton, pair[0], pair[1], pair[2], pair[3], mX, eRest, tmp);
        double axisMod = Math.sqrt(tmp[1] * tmp[1] + tmp[2] * tmp[2] + tmp[3] * tmp[3]);
        if (!(axisMod > 0)) {
            return 0;
        }
        double nx = tmp[1] / axisMod;
        double ny = tmp[2] / axisMod;
        double nz = tmp[3] / axisMod;
        basis(nx, ny, nz);
        double l = Math.log((2 + DECAY_EPSILON) / DECAY_EPSILON);
        double w = DECAY_EPSILON * Math.exp(x[6] * l);
        double oneMinusC = w - DECAY_EPSILON;
        if (!(oneMinusC >= 0 && oneMinusC <= 2)) {
            return 0;
        }
        double cos = 1 - oneMinusC;
        double sin = Math.sqrt(oneMinusC * (2 - oneMinusC));
        double phi = TWO_PI * x[7];
        double cp = sin * Math.cos(phi);
        double sp = sin * Math.sin(phi);
        double half = mX / 2;
        double kx = half * (cp * e1[0] + sp * e2[0] + cos * nx);
        double ky = half * (cp * e1[1] + sp * e2[1] + cos * ny);
        double kz = half * (cp * e1[2] + sp * e2[2] + cos * nz);
        int otherPhoton = peakedPhoton == 4 ? 5 : 4;
        Kinematics.set(p, peakedPhoton, half, kx, ky, kz);
        Kinematics.set(p, otherPhoton, half, -kx, -ky, -kz);
        Kinematics.boostFromRest(p, peakedPhoton, pair[0], pair[1], pair[2], pair[3], mX);
        Kinematics.boostFromRest(p, otherPhoton, pair[0], pair[1], pair[2], pair[3], mX);
        weight *= half / (16 * Math.PI * Math.PI * mX) * (w * l) * TWO_PI;
        return weight > 0 && Double.isFinite(weight) ? weight : 0;
    }

    /** Q (rest frame) -&gt; a b with a peaked along +z, written into p; returns the two-body weight. */
    private double coreDecay(double mq, double ma, double mb, double xc, double xphi, double[] p, int a, int b) {
        return coreDecayInto(mq, ma, mb, xc, xphi, p, a, p, b);
    }

    /** As above into arbitrary slots: first (mass m1) peaked along +z, second back to back. */
    private double coreDecayInto(double mq, double m1, double m2, double xc, double xphi, double[] out1, int slot1,
            double[] out2, int slot2) {
        double pq = Kinematics.twoBodyMomentum(mq, m1, m2);
        if (!(pq > 0)) {
            return 0;
        }
        double l = Math.log((2 + coreEpsilon) / coreEpsilon);
        double w = coreEpsilon * Math.exp(xc * l);
        double oneMinusC = w - coreEpsilon;
        if (!(oneMinusC >= 0 && oneMinusC <= 2)) {
            return 0;
        }
        double cos = 1 - oneMinusC;
        double sin = Math.sqrt(oneMinusC * (2 - oneMinusC));
        double phi = TWO_PI * xphi;
        double nx = sin * Math.cos(phi);
        double ny = sin * Math.sin(phi);
        Kinematics.set(out1, slot1, Math.sqrt(pq * pq + m1 * m1), pq * nx, pq * ny, pq * cos);
        Kinematics.set(out2, slot2, Math.sqrt(pq * pq + m2 * m2), -pq * nx, -pq * ny, -pq * cos);
        return pq / (16 * Math.PI * Math.PI * mq) * (w * l) * TWO_PI;
    }

    @Override
    public double inverse(double sqrtS, double[] p, double[] x) {
        double m = leptonMass;
        for (int c = 0; c < 4; c++) {
            pair[c] = p[16 + c] + p[20 + c];
        }
        double sX = pair[0] * pair[0] - pair[1] * pair[1] - pair[2] * pair[2] - pair[3] * pair[3];
        if (!(sX >= pairMass2Min && sX <= pairMass2Max)) {
            return 0;
        }
        double mX = Math.sqrt(sX);
        double lnPair = Math.log(pairMass2Max / pairMass2Min);
        x[0] = Math.log(sX / pairMass2Min) / lnPair;
        double weight = sX * lnPair / TWO_PI;
        if (origin == Origin.BEAMS) {
            double eMax = (sqrtS * sqrtS + sX - 4 * m * m) / (2 * sqrtS);
            double lnE = Math.log(eMax / mX);
            double e = pair[0];
            double mod = Math.sqrt(pair[1] * pair[1] + pair[2] * pair[2] + pair[3] * pair[3]);
            double beta = mod / e;
            if (!(e >= mX && e <= eMax && beta > 0)) {
                return 0;
            }
            double cos = pair[3] / mod;
            double uMax = atanh(beta);
            x[1] = Math.log(e / mX) / lnE;
            x[2] = (atanh(beta * cos) / uMax + 1) / 2;
            x[3] = azimuth(pair[1], pair[2]);
            double dcos = 2 * uMax * (1 - beta * beta * cos * cos) / beta;
            weight *= mod * (e * lnE) * dcos * TWO_PI / (16 * Math.PI * Math.PI * Math.PI);
            double qe = sqrtS - e;
            double qx = -pair[1];
            double qy = -pair[2];
            double qz = -pair[3];
            double mq2 = qe * qe - qx * qx - qy * qy - qz * qz;
            if (!(mq2 > 4 * m * m)) {
                return 0;
            }
            double mq = Math.sqrt(mq2);
            double eA = (qe * p[8] - qx * p[9] - qy * p[10] - qz * p[11]) / mq;
            Kinematics.toRest(p, A, qe, qx, qy, qz, mq, eA, tmp);
            double w = inverseCore(mq, m, m, tmp, x, 4);
            if (!(w > 0)) {
                return 0;
            }
            weight *= w;
        } else {
            int emitter = origin == Origin.LEPTON_A ? A : B;
            for (int c = 0; c < 4; c++) {
                cluster[c] = p[4 * emitter + c] + pair[c];
            }
            double sC = cluster[0] * cluster[0] - cluster[1] * cluster[1] - cluster[2] * cluster[2]
                    - cluster[3] * cluster[3];
            double mC = Math.sqrt(sC);
            double lo = (m + mX) * (m + mX) - m * m;
            double hi = (sqrtS - m) * (sqrtS - m) - m * m;
            double dsC = 2 * (p[4 * emitter] * pair[0] - p[4 * emitter + 1] * pair[1] - p[4 * emitter + 2] * pair[2]
                    - p[4 * emitter + 3] * pair[3]) + sX;
            if (!(dsC >= lo && dsC <= hi)) {
                return 0;
            }
            double lnC = Math.log(hi / lo);
            x[1] = Math.log(dsC / lo) / lnC;
            weight *= dsC * lnC / TWO_PI;
            // the particle peaked along +z is lepton a, or C when C contains a
            double w;
            if (emitter == A) {
                w = inverseCore(sqrtS, mC, m, cluster, x, 2);
            } else {
                System.arraycopy(p, 4 * A, tmp, 0, 4);
                w = inverseCore(sqrtS, m, mC, tmp, x, 2);
            }
            if (!(w > 0)) {
                return 0;
            }
            weight *= w;
            double q = Kinematics.twoBodyMomentum(mC, m, mX);
            if (!(q > 0)) {
                return 0;
            }
            double eRest = (cluster[0] * pair[0] - cluster[1] * pair[1] - cluster[2] * pair[2]
                    - cluster[3] * pair[3]) / mC;
            System.arraycopy(pair, 0, work, 0, 4);
            Kinematics.toRest(work, 0, cluster[0], cluster[1], cluster[2], cluster[3], mC, eRest, tmp);
            double mod = Math.sqrt(tmp[1] * tmp[1] + tmp[2] * tmp[2] + tmp[3] * tmp[3]);
            x[4] = (tmp[3] / mod + 1) / 2;
            x[5] = azimuth(tmp[1], tmp[2]);
            weight *= q / (16 * Math.PI * Math.PI * mC) * 2 * TWO_PI;
        }
        // pair decay: the axis lepton and the peaked photon in the X rest frame
        double eAxis = (pair[0] * p[4 * axisLepton] - pair[1] * p[4 * axisLepton + 1]
                - pair[2] * p[4 * axisLepton + 2] - pair[3] * p[4 * axisLepton + 3]) / mX;
        Kinematics.toRest(p, axisLepton, pair[0], pair[1], pair[2], pair[3], mX, eAxis, tmp);
        double axisMod = Math.sqrt(tmp[1] * tmp[1] + tmp[2] * tmp[2] + tmp[3] * tmp[3]);
        if (!(axisMod > 0)) {
            return 0;
        }
        double nx = tmp[1] / axisMod;
        double ny = tmp[2] / axisMod;
        double nz = tmp[3] / axisMod;
        double eK = (pair[0] * p[4 * peakedPhoton] - pair[1] * p[4 * peakedPhoton + 1]
                - pair[2] * p[4 * peakedPhoton + 2] - pair[3] * p[4 * peakedPhoton + 3]) / mX;
        Kinematics.toRest(p, peakedPhoton, pair[0], pair[1], pair[2], pair[3], mX, eK, tmp);
        double kMod = Math.sqrt(tmp[1] * tmp[1] + tmp[2] * tmp[2] + tmp[3] * tmp[3]);
        // 1 - cos* without cancellation: |k^ - n|^2 / 2
        double dx = tmp[1] / kMod - nx;
        double dy = tmp[2] / kMod - ny;
        double dz = tmp[3] / kMod - nz;
        double oneMinusC = (dx * dx + dy * dy + dz * dz) / 2;
        double l = Math.log((2 + DECAY_EPSILON) / DECAY_EPSILON);
        double w = oneMinusC + DECAY_EPSILON;
        x[6] = Math.log(w / DECAY_EPSILON) / l;
        basis(nx, ny, nz);
        double a = tmp[1] * e1[0] + tmp[2] * e1[1] + tmp[3] * e1[2];
        double b = tmp[1] * e2[0] + tmp[2] * e2[1] + tmp[3] * e2[2];
        x[7] = azimuth(a, b);
        weight *= (mX / 2) / (16 * Math.PI * Math.PI * mX) * (w * l) * TWO_PI;
        return weight > 0 && Double.isFinite(weight) ? weight : 0;
    }

    /**
     * Core angle coordinates (x[d], x[d + 1]) of the particle peaked along +z whose momentum in the decaying
     * system's rest frame is {@code first}; returns the two-body weight.
     */
    private double inverseCore(double mq, double m1, double m2, double[] first, double[] x, int d) {
        double pq = Kinematics.twoBodyMomentum(mq, m1, m2);
        if (!(pq > 0)) {
            return 0;
        }
        double pt2 = first[1] * first[1] + first[2] * first[2];
        double pz = first[3];
        double mod = Math.sqrt(pt2 + pz * pz);
        double oneMinusC = pz > 0 ? pt2 / (mod * (mod + pz)) : (mod - pz) / mod;
        double l = Math.log((2 + coreEpsilon) / coreEpsilon);
        double w = oneMinusC + coreEpsilon;
        x[d] = Math.log(w / coreEpsilon) / l;
        x[d + 1] = azimuth(first[1], first[2]);
        return pq / (16 * Math.PI * Math.PI * mq) * (w * l) * TWO_PI;
    }

    private static double atanh(double v) {
        return 0.5 * Math.log1p(2 * v / (1 - v));
    }

    private static double azimuth(double px, double py) {
        double phi = Math.atan2(py, px) / TWO_PI;
        return phi < 0 ? phi + 1 : phi;
    }

    private void basis(double nx, double ny, double nz) {
        Kinematics.perpendicularBasis(nx, ny, nz, e1, e2);
    }
}
