package org.alpwb.physics.phasespace;

import java.util.Arrays;

/**
 * Phase space of a 2 -> 2 "core" process (particles A and B, e.g. e- e+ of Bhabha or two photons)
 * with extra photons radiated either from the beams ("ISR-like": soft and collinear to the z axis)
 * or from a final particle of the core ("FSR-like": soft and collinear to A or B), for
 * e+e- -> e+e- gamma (gamma) and e+e- -> 3 gamma. All singular variables are mapped flat:
 * <ul>
 * <li>beam photon k: ln E_k (from {@code photonEnergyMin}), pseudorapidity eta_k (|eta| &lt;= etaMax,
 * so dcos = (1 - cos^2) deta flattens 1/(1-cos) + 1/(1+cos)), azimuth;</li>
 * <li>the rest Q = P - sum(beam photons) decays in its rest frame to the clusters A and B, the polar
 * angle of A peaked as 1/(1 - cos + eps) (t-channel, A forward) or flat in its pseudorapidity
 * (t- and u-channel, two photons);</li>
 * <li>a cluster = emitter + photons k_1..k_r (chain, innermost first) has masses
 * M_j^2 = M_{j-1}^2 + 2 A_{j-1}.k_j with ln(2 A_{j-1}.k_j) flat (collinear and soft propagator);
 * its decay A_j -&gt; A_{j-1} k_j in the A_j rest frame has t = 1 + beta cos* with ln t flat, which
 * is ln E_k flat in the Q frame (soft photon), azimuth flat.</li>
 * </ul>
 * dPhi = prod_beam d^3k/((2 pi)^3 2E) x dPhi_2(Q; A, B) x prod_cluster dM_j^2/(2 pi) dPhi_2(A_j; A_{j-1}, k_j)
 * with dPhi_2(M; m1, m2) = q/(16 pi^2 M) dcos dphi. The channel covers only photon energies above
 * {@code photonEnergyMin}, |eta| &lt;= etaMax and 2 A.k above {@code pairInvariantMin}: it must be
 * combined with a channel covering all of phase space (RAMBO) unless the cuts exclude the rest.
 * Coordinates: 3 per beam photon, 2 for the core, 3 per cluster photon (3n - 4 in total).
 */
public final class RadiativeChannel implements PhaseSpaceChannel {

    /** How the polar angle of cluster A in the Q rest frame is mapped. */
    public enum CoreAngle {
        /** 1/(1 - cos + eps): t-channel with A along +z (beam 0 direction). */
        FORWARD_PEAK,
        /** flat in pseudorapidity: 1/(1 - cos^2), t and u channel. */
        RAPIDITY
    }

    /**
     * Generation limits: photon energies from {@code photonEnergyMin} (GeV), beam photons and the core
     * within |eta| &lt;= {@code etaMax}, cluster invariants 2 A.k from {@code pairInvariantMin} (GeV^2), core
     * peak regulator {@code coreEpsilon}.
     */
    public record Limits(double photonEnergyMin, double etaMax, double pairInvariantMin, double coreEpsilon) {
        public Limits {
            if (!(photonEnergyMin > 0 && etaMax > 0 && pairInvariantMin > 0 && coreEpsilon > 0)) {
                throw new IllegalArgumentException("all limits must be positive");
            }
        }
    }

    private final double[] masses;
    private final int coreA;
    private final int coreB;
    private final int[] beamPhotons;
    private final int[] chainA;
    private final int[] chainB;
    private final CoreAngle coreAngle;
    private final Limits limits;
    private final int count;
    // scratch
    private final double[] q = new double[4];
    private final double[] tmp = new double[4];
    private final double[] cur = new double[4];
    private final double[] massA;
    private final double[] massB;
    private final double[] work;
    private final double[] clusterA = new double[4];
    private final double[] clusterB = new double[4];
    private final double[] rest = new double[4];

    /**
     * @param massesGeV all masses, beams first
     * @param coreA index of the core particle A (the one peaked forward for {@link CoreAngle#FORWARD_PEAK})
     * @param coreB index of the other core particle
     * @param beamPhotons photons radiated by the beams
     * @param clusterA photons radiated by A, innermost (most collinear) first
     * @param clusterB photons radiated by B, innermost first
     */
    public RadiativeChannel(double[] massesGeV, int coreA, int coreB, int[] beamPhotons, int[] clusterA,
            int[] clusterB, CoreAngle coreAngle, Limits limits) {
        this.masses = massesGeV.clone();
        this.coreA = coreA;
        this.coreB = coreB;
        this.beamPhotons = beamPhotons.clone();
        this.chainA = clusterA.clone();
        this.chainB = clusterB.clone();
        this.coreAngle = coreAngle;
        this.limits = limits;
        this.count = massesGeV.length;
        boolean[] seen = new boolean[count];
        int used = 2;
        for (int[] list : new int[][] {{coreA, coreB}, beamPhotons, clusterA, clusterB}) {
            for (int k : list) {
                if (k < 2 || k >= count || seen[k]) {
                    throw new IllegalArgumentException("particle " + k + " listed twice or out of range");
                }
                seen[k] = true;
                used++;
            }
        }
        if (used != count) {
            throw new IllegalArgumentException("every final particle must be assigned exactly once");
        }
        for (int[] list : new int[][] {beamPhotons, clusterA, clusterB}) {
            for (int k : list) {
                if (massesGeV[k] != 0) {
                    throw new IllegalArgumentException("radiated particle " + k + " must be massless");
                }
            }
        }
        this.massA = new double[clusterA.length + 1];
        this.massB = new double[clusterB.length + 1];
        this.work = new double[4 * count];
    }

    @Override
    public String name() {
        return "radiative(core " + coreA + "," + coreB + " " + coreAngle + "; beam " + Arrays.toString(beamPhotons)
                + ", from " + coreA + " " + Arrays.toString(chainA) + ", from " + coreB + " " + Arrays.toString(chainB)
                + ")";
    }

    @Override
    public int dimensions() {
        return 3 * (count - 2) - 4;
    }

    @Override
    public int particleCount() {
        return count;
    }

    private static final double TWO_PI = 2 * Math.PI;

    @Override
    public double generate(double sqrtS, double[] x, double[] p) {
        Kinematics.beams(sqrtS, masses[0], masses[1], p);
        int d = 0;
        double weight = 1;
        double eMax = sqrtS / 2;
        double lnE = Math.log(eMax / limits.photonEnergyMin());
        double etaMax = limits.etaMax();
        // Q = P - sum of beam photons (CM frame)
        q[0] = sqrtS;
        q[1] = 0;
        q[2] = 0;
        q[3] = 0;
        for (int k : beamPhotons) {
            double e = limits.photonEnergyMin() * Math.exp(x[d] * lnE);
            double eta = etaMax * (2 * x[d + 1] - 1);
            double phi = TWO_PI * x[d + 2];
            d += 3;
            double c = Math.tanh(eta);
            double s = 1 / Math.cosh(eta);
            Kinematics.set(p, k, e, e * s * Math.cos(phi), e * s * Math.sin(phi), e * c);
            // d^3k/((2pi)^3 2E) = E dE dcos dphi / (16 pi^3)
            weight *= e * (e * lnE) * (s * s * 2 * etaMax) * TWO_PI / (16 * Math.PI * Math.PI * Math.PI);
            for (int c4 = 0; c4 < 4; c4++) {
                q[c4] -= p[4 * k + c4];
            }
        }
        double mq2 = q[0] * q[0] - q[1] * q[1] - q[2] * q[2] - q[3] * q[3];
        if (!(q[0] > 0 && mq2 > 0)) {
            return 0;
        }
        double mq = Math.sqrt(mq2);
        // cluster masses: A first (upper bound from the lightest B), then B
        double delta = limits.pairInvariantMin();
        double mA = masses[coreA];
        double mB = masses[coreB];
        massA[0] = mA * mA;
        double upperA = (mq - mB) * (mq - mB);
        for (int j = 1; j < massA.length; j++) {
            double range = upperA - massA[j - 1];
            if (!(range > delta)) {
                return 0;
            }
            double l = Math.log(range / delta);
            double dm2 = delta * Math.exp(x[d++] * l);
            massA[j] = massA[j - 1] + dm2;
            weight *= dm2 * l / TWO_PI;
        }
        double clusterMassA = Math.sqrt(massA[massA.length - 1]);
        massB[0] = mB * mB;
        double upperB = (mq - clusterMassA) * (mq - clusterMassA);
        for (int j = 1; j < massB.length; j++) {
            double range = upperB - massB[j - 1];
            if (!(range > delta)) {
                return 0;
            }
            double l = Math.log(range / delta);
            double dm2 = delta * Math.exp(x[d++] * l);
            massB[j] = massB[j - 1] + dm2;
            weight *= dm2 * l / TWO_PI;
        }
        double clusterMassB = Math.sqrt(massB[massB.length - 1]);
        if (!(clusterMassA + clusterMassB < mq)) {
            return 0;
        }
        // core two-body decay of Q in its rest frame
        double pq = Kinematics.twoBodyMomentum(mq, clusterMassA, clusterMassB);
        double oneMinusC;
        double dcos;
        if (coreAngle == CoreAngle.FORWARD_PEAK) {
            double eps = limits.coreEpsilon();
            double l = Math.log((2 + eps) / eps);
            double w = eps * Math.exp(x[d] * l);
            oneMinusC = w - eps;
            dcos = w * l;
        } else {
            double eta = etaMax * (2 * x[d] - 1);
            // 1 - tanh(eta) = 2/(1 + e^(2 eta))
            oneMinusC = 2 / (1 + Math.exp(2 * eta));
            double s = 1 / Math.cosh(eta);
            dcos = s * s * 2 * etaMax;
        }
        if (!(oneMinusC >= 0 && oneMinusC <= 2)) {
            return 0;
        }
        double phi = TWO_PI * x[d + 1];
        d += 2;
        double sin = Math.sqrt(oneMinusC * (2 - oneMinusC));
        double cos = 1 - oneMinusC;
        weight *= pq / (16 * Math.PI * Math.PI * mq) * dcos * TWO_PI;
        double nx = sin * Math.cos(phi);
        double ny = sin * Math.sin(phi);
        double nz = cos;
        int clusterEndA = chainA.length == 0 ? coreA : chainA[chainA.length - 1];
        int clusterEndB = chainB.length == 0 ? coreB : chainB[chainB.length - 1];
        // the clusters, in the Q rest frame, in work
        Kinematics.set(work, 0, Math.sqrt(pq * pq + massA[massA.length - 1]), pq * nx, pq * ny, pq * nz);
        Kinematics.set(work, 1, Math.sqrt(pq * pq + massB[massB.length - 1]), -pq * nx, -pq * ny, -pq * nz);
        double wa = decayChain(work, 0, chainA, massA, coreA, x, d, p);
        if (!(wa > 0)) {
            return 0;
        }
        d += 2 * chainA.length;
        Kinematics.set(work, 1, Math.sqrt(pq * pq + massB[massB.length - 1]), -pq * nx, -pq * ny, -pq * nz);
        double wb = decayChain(work, 1, chainB, massB, coreB, x, d, p);
        if (!(wb > 0)) {
            return 0;
        }
        weight *= wa * wb;
        // boost the clusters' particles from the Q rest frame to the CM frame
        if (beamPhotons.length > 0) {
            boostCluster(p, coreA, chainA, mq);
            boostCluster(p, coreB, chainB, mq);
        }
        return weight > 0 && Double.isFinite(weight) ? weight : 0;
    }

    private void boostCluster(double[] p, int core, int[] chain, double mq) {
        Kinematics.boostFromRest(p, core, q[0], q[1], q[2], q[3], mq);
        for (int k : chain) {
            Kinematics.boostFromRest(p, k, q[0], q[1], q[2], q[3], mq);
        }
    }

    /**
     * Decays the cluster in work slot {@code slot} (Q frame) through its chain, outermost photon first,
     * writing the photons and finally the emitter into p (Q frame). Returns the weight factor of the
     * decay angles (the mass factors are already counted).
     */
    private double decayChain(double[] w, int slot, int[] chain, double[] m2, int emitter, double[] x, int d,
            double[] p) {
        System.arraycopy(w, 4 * slot, cur, 0, 4);
        double weight = 1;
        for (int j = chain.length; j >= 1; j--) {
            int k = chain[j - 1];
            double mj2 = m2[j];
            double mj = Math.sqrt(mj2);
            double dm2 = mj2 - m2[j - 1];
            double pc = Math.sqrt(cur[1] * cur[1] + cur[2] * cur[2] + cur[3] * cur[3]);
            if (!(pc > 0)) {
                return 0;
            }
            double ec = cur[0];
            double beta = pc / ec;
            double oneMinusBeta = mj2 / (ec * (ec + pc));
            double l = Math.log1p(2 * beta / oneMinusBeta);
            double t = oneMinusBeta * Math.exp(x[d] * l);
            // 1 + cos* = (t - (1 - beta))/beta, cos* = (t - 1)/beta
            double onePlusCos = (t - oneMinusBeta) / beta;
            double cosStar = onePlusCos - 1;
            if (!(onePlusCos >= 0 && onePlusCos <= 2)) {
                return 0;
            }
            double sinStar = Math.sqrt(onePlusCos * (2 - onePlusCos));
            double phiStar = TWO_PI * x[d + 1];
            d += 2;
            double wStar = dm2 / (2 * mj);
            // dPhi_2 = q*/(16 pi^2 M) dcos* dphi*, dcos*/dx = t l / beta
            weight *= wStar / (16 * Math.PI * Math.PI * mj) * (t * l / beta) * TWO_PI;
            double nx = cur[1] / pc;
            double ny = cur[2] / pc;
            double nz = cur[3] / pc;
            basis(nx, ny, nz, tmp);
            double cp = Math.cos(phiStar) * sinStar;
            double sp = Math.sin(phiStar) * sinStar;
            double kx = wStar * (cp * tmp[0] + sp * e2x + cosStar * nx);
            double ky = wStar * (cp * tmp[1] + sp * e2y + cosStar * ny);
            double kz = wStar * (cp * tmp[2] + sp * e2z + cosStar * nz);
            Kinematics.set(p, k, wStar, kx, ky, kz);
            double innerE = Math.sqrt(wStar * wStar + m2[j - 1]);
            int innerSlot = 2;
            Kinematics.set(w, innerSlot, innerE, -kx, -ky, -kz);
            Kinematics.boostFromRest(p, k, cur[0], cur[1], cur[2], cur[3], mj);
            Kinematics.boostFromRest(w, innerSlot, cur[0], cur[1], cur[2], cur[3], mj);
            System.arraycopy(w, 4 * innerSlot, cur, 0, 4);
        }
        // remaining d consumed for the chain: 3 per photon, the mass coordinate was read before
        Kinematics.set(p, emitter, cur[0], cur[1], cur[2], cur[3]);
        return weight;
    }

    private double e2x;
    private double e2y;
    private double e2z;

    private final double[] e2 = new double[3];

    /** Orthonormal e1 (into out[0..2]) and e2 (fields) perpendicular to n, a fixed function of n. */
    private void basis(double nx, double ny, double nz, double[] out) {
        Kinematics.perpendicularBasis(nx, ny, nz, out, e2);
        e2x = e2[0];
        e2y = e2[1];
        e2z = e2[2];
    }

    @Override
    public double inverse(double sqrtS, double[] p, double[] x) {
        int d = 0;
        double weight = 1;
        double eMax = sqrtS / 2;
        double lnE = Math.log(eMax / limits.photonEnergyMin());
        double etaMax = limits.etaMax();
        q[0] = sqrtS;
        q[1] = 0;
        q[2] = 0;
        q[3] = 0;
        for (int k : beamPhotons) {
            double e = p[4 * k];
            double mod = Kinematics.momentum(p, k);
            double pz = p[4 * k + 3];
            if (!(e >= limits.photonEnergyMin() && e <= eMax && mod > 0)) {
                return 0;
            }
            double eta = 0.5 * Math.log((mod + pz) / (mod - pz));
            if (!(Math.abs(eta) <= etaMax)) {
                return 0;
            }
            double s = 1 / Math.cosh(eta);
            x[d] = Math.log(e / limits.photonEnergyMin()) / lnE;
            x[d + 1] = (eta / etaMax + 1) / 2;
            x[d + 2] = azimuth(p[4 * k + 1], p[4 * k + 2]);
            d += 3;
            weight *= e * (e * lnE) * (s * s * 2 * etaMax) * TWO_PI / (16 * Math.PI * Math.PI * Math.PI);
            for (int c4 = 0; c4 < 4; c4++) {
                q[c4] -= p[4 * k + c4];
            }
        }
        double mq2 = q[0] * q[0] - q[1] * q[1] - q[2] * q[2] - q[3] * q[3];
        if (!(mq2 > 0)) {
            return 0;
        }
        double mq = Math.sqrt(mq2);
        // all cluster particles into the Q rest frame (work); photons keep their index
        System.arraycopy(p, 0, work, 0, work.length);
        if (beamPhotons.length > 0) {
            toQRest(p, coreA, mq);
            toQRest(p, coreB, mq);
            for (int k : chainA) {
                toQRest(p, k, mq);
            }
            for (int k : chainB) {
                toQRest(p, k, mq);
            }
        }
        double delta = limits.pairInvariantMin();
        double mB = masses[coreB];
        // chain masses from invariants: dM_j^2 = 2 A_{j-1}.k_j
        double factorA = invertChain(coreA, chainA, massA, clusterA, (mq - mB) * (mq - mB), delta, x, d);
        if (factorA == 0) {
            return 0;
        }
        weight *= factorA;
        d += massA.length - 1;
        double clusterMassA = Math.sqrt(massA[massA.length - 1]);
        double factorB = invertChain(coreB, chainB, massB, clusterB, (mq - clusterMassA) * (mq - clusterMassA), delta,
                x, d);
        if (factorB == 0) {
            return 0;
        }
        weight *= factorB;
        d += massB.length - 1;
        double clusterMassB = Math.sqrt(massB[massB.length - 1]);
        if (!(clusterMassA + clusterMassB < mq)) {
            return 0;
        }
        double pq = Kinematics.twoBodyMomentum(mq, clusterMassA, clusterMassB);
        // core angle of cluster A in the Q frame
        double pt2 = clusterA[1] * clusterA[1] + clusterA[2] * clusterA[2];
        double pz = clusterA[3];
        double mod = Math.sqrt(pt2 + pz * pz);
        if (!(mod > 0)) {
            return 0;
        }
        double oneMinusC = pz > 0 ? pt2 / (mod * (mod + pz)) : (mod - pz) / mod;
        double dcos;
        if (coreAngle == CoreAngle.FORWARD_PEAK) {
            double eps = limits.coreEpsilon();
            double l = Math.log((2 + eps) / eps);
            double w = oneMinusC + eps;
            x[d] = Math.log(w / eps) / l;
            dcos = w * l;
        } else {
            double onePlusC = 2 - oneMinusC;
            if (!(oneMinusC > 0 && onePlusC > 0)) {
                return 0;
            }
            double eta = 0.5 * Math.log(onePlusC / oneMinusC);
            if (!(Math.abs(eta) <= etaMax)) {
                return 0;
            }
            x[d] = (eta / etaMax + 1) / 2;
            double s = 1 / Math.cosh(eta);
            dcos = s * s * 2 * etaMax;
        }
        x[d + 1] = azimuth(clusterA[1], clusterA[2]);
        d += 2;
        weight *= pq / (16 * Math.PI * Math.PI * mq) * dcos * TWO_PI;
        double wa = inverseChain(clusterA, chainA, massA, x, d);
        d += 2 * chainA.length;
        double wb = inverseChain(clusterB, chainB, massB, x, d);
        weight *= wa * wb;
        return weight > 0 && Double.isFinite(weight) ? weight : 0;
    }

    private void toQRest(double[] p, int k, double mq) {
        double eRest = (q[0] * p[4 * k] - q[1] * p[4 * k + 1] - q[2] * p[4 * k + 2] - q[3] * p[4 * k + 3]) / mq;
        Kinematics.toRest(p, k, q[0], q[1], q[2], q[3], mq, eRest, tmp);
        System.arraycopy(tmp, 0, work, 4 * k, 4);
    }

    private static double dot(double[] a, double[] w, int k) {
        int i = 4 * k;
        return a[0] * w[i] - a[1] * w[i + 1] - a[2] * w[i + 2] - a[3] * w[i + 3];
    }

    /** Decay angles of a chain whose full 4-momentum (Q frame) is {@code cluster}; photons in work. */
    private double inverseChain(double[] cluster, int[] chain, double[] m2, double[] x, int d) {
        System.arraycopy(cluster, 0, cur, 0, 4);
        double weight = 1;
        for (int j = chain.length; j >= 1; j--) {
            int k = chain[j - 1];
            double mj2 = m2[j];
            double mj = Math.sqrt(mj2);
            double dm2 = mj2 - m2[j - 1];
            double pc = Math.sqrt(cur[1] * cur[1] + cur[2] * cur[2] + cur[3] * cur[3]);
            if (!(pc > 0)) {
                return 0;
            }
            double ec = cur[0];
            double beta = pc / ec;
            double oneMinusBeta = mj2 / (ec * (ec + pc));
            double l = Math.log1p(2 * beta / oneMinusBeta);
            double wStar = dm2 / (2 * mj);
            // t = E_k / (gamma w*) without cancellation
            double t = work[4 * k] * mj / (ec * wStar);
            double u = Math.log(t / oneMinusBeta) / l;
            if (!(u >= 0 && u <= 1)) {
                return 0;
            }
            x[d] = u;
            // azimuth of k in the rest frame of cur around the direction of cur
            double eRest = dot(cur, work, k) / mj;
            Kinematics.toRest(work, k, cur[0], cur[1], cur[2], cur[3], mj, eRest, rest);
            double nx = cur[1] / pc;
            double ny = cur[2] / pc;
            double nz = cur[3] / pc;
            basis(nx, ny, nz, tmp);
            double a = rest[1] * tmp[0] + rest[2] * tmp[1] + rest[3] * tmp[2];
            double b = rest[1] * e2x + rest[2] * e2y + rest[3] * e2z;
            x[d + 1] = azimuth(a, b);
            d += 2;
            weight *= wStar / (16 * Math.PI * Math.PI * mj) * (t * l / beta) * TWO_PI;
            for (int c4 = 0; c4 < 4; c4++) {
                cur[c4] -= work[4 * k + c4];
            }
        }
        return weight;
    }

    private static double azimuth(double px, double py) {
        double phi = Math.atan2(py, px) / TWO_PI;
        return phi < 0 ? phi + 1 : phi;
    }

    @Override
    public PhaseSpaceChannel copy() {
        return new RadiativeChannel(masses, coreA, coreB, beamPhotons, chainA, chainB, coreAngle, limits);
    }

    /**
     * Inverse of one emission chain (core particle plus photons in {@code chain}, in the Q rest frame in
     * {@code work}): fills {@code x[d..]} with one coordinate per photon and returns the chain's weight factor,
     * or 0 if a cluster invariant lies outside the mapped range [delta, upper - M^2].
     */
    private double invertChain(int core, int[] chain, double[] mass, double[] cluster, double upper, double delta,
            double[] x, int d) {
        double factor = 1;
        mass[0] = masses[core] * masses[core];
        System.arraycopy(work, 4 * core, cluster, 0, 4);
        for (int j = 1; j < mass.length; j++) {
            int k = chain[j - 1];
            double dm2 = 2 * dot(cluster, work, k);
            double range = upper - mass[j - 1];
            if (!(dm2 >= delta && dm2 <= range)) {
                return 0;
            }
            double l = Math.log(range / delta);
            x[d + j - 1] = Math.log(dm2 / delta) / l;
            factor *= dm2 * l / TWO_PI;
            mass[j] = mass[j - 1] + dm2;
            for (int c4 = 0; c4 < 4; c4++) {
                cluster[c4] += work[4 * k + c4];
            }
        }
        return factor;
    }
}
