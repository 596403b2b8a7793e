package org.alpwb.detector.belle2;

import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.LorentzTransform;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.RunCondition;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.alpwb.api.event.ParticleStatus;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One simulation call: a random stream, scratch buffers and the output builder. Per event: boost to
 * the lab, material effects, beam-background overlay, then tracks and clusters with truth links.
 */
final class SimulationRun {
    /** A brems photon closer than this to its electron's cluster is merged into it (~2 Moliere radii of CsI) [model]. */
    static final double BREM_MERGE_DISTANCE_CM = 8.0;
    /** Cluster seeds need 10 MeV (thesis sec. 5.1.2). */
    static final double CLUSTER_THRESHOLD_GEV = 0.010;
    /** Minimum-ionising deposit in the ECL: Gumbel mode and width (GeV) [model: ~5.6 MeV/cm in 30 cm CsI]. */
    static final double MIP_MODE_GEV = 0.17;
    static final double MIP_WIDTH_GEV = 0.015;
    /** Probability that a hadron showers in the ECL (0.9 interaction lengths of CsI) [model]. */
    static final double HADRON_SHOWER_PROBABILITY = 0.59;
    /** Beam-background photon energies: threshold plus an exponential of this mean (GeV) [model]. */
    static final double BACKGROUND_PHOTON_MEAN_GEV = 0.04;

    private final FastSimulation sim;
    private final SimulationOptions options;
    private final UniformRandomProvider rng;
    private final ContinuousSampler gauss;
    /** Per run condition of the mix (one unless the condition is the luminosity mix) its samplers and cumulative share. */
    private final DiscreteSampler[] photonSamplers;
    private final DiscreteSampler[] trackSamplers;
    private final double[] cumulativeShare;
    private DiscreteSampler backgroundPhotons;
    private DiscreteSampler backgroundTracks;
    private final ParticleBuffer particles = new ParticleBuffer();
    private final double[] four = new double[4];
    private final double[] helix = new double[5];
    private final double[] point = new double[3];
    private final List<RecoBlock.TrackDraft> tracks = new ArrayList<>();
    private final List<RecoBlock.ClusterDraft> clusters = new ArrayList<>();
    private int trackCount;
    private int clusterCount;
    // per staged track: ECL entry point (NaN if none) and its cluster; per staged cluster: its track, live flag
    private double[] entry = new double[3 * 16];
    private int[] trackCluster = new int[16];
    private int[] clusterTrack = new int[16];
    private int[] clusterParticle = new int[16];
    private boolean[] clusterLive = new boolean[16];
    private RecoBlock.Builder builder;

    /**
     * @param conditions the run condition, or the runs of a luminosity mix: each event then takes one of them
     *                   with probability proportional to its luminosity
     */
    SimulationRun(FastSimulation sim, List<RunCondition> conditions, SimulationOptions options, long[] seed) {
        this.sim = sim;
        this.options = options;
        this.rng = RandomSource.XO_SHI_RO_256_PP.create(seed.clone());
        this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = conditions.size();
        photonSamplers = new DiscreteSampler[n];
        trackSamplers = new DiscreteSampler[n];
        cumulativeShare = new double[n];
        double total = conditions.stream().mapToDouble(RunCondition::luminosityInvFb).sum();
        double acc = 0;
        for (int c = 0; c < n; c++) {
            RunCondition condition = conditions.get(c);
            double photonRate = condition.backgroundPhotonsPerEvent() * options.backgroundScale();
            double trackRate = condition.backgroundTracksPerEvent() * options.backgroundScale();
            photonSamplers[c] = photonRate > 0 ? PoissonSampler.of(rng, photonRate) : null;
            trackSamplers[c] = trackRate > 0 ? PoissonSampler.of(rng, trackRate) : null;
            acc += n == 1 ? 1 : condition.luminosityInvFb() / total;
            cumulativeShare[c] = acc;
        }
        backgroundPhotons = photonSamplers[0];
        backgroundTracks = trackSamplers[0];
    }

    /** Draws the event's run condition of a luminosity mix (no random number for a single condition). */
    private void chooseCondition() {
        if (cumulativeShare.length == 1) {
            return;
        }
        double u = rng.nextDouble() * cumulativeShare[cumulativeShare.length - 1];
        int c = 0;
        while (c < cumulativeShare.length - 1 && u >= cumulativeShare[c]) {
            c++;
        }
        backgroundPhotons = photonSamplers[c];
        backgroundTracks = trackSamplers[c];
    }

    RecoBlock run(EventBlock events, int from, int to) {
        builder = RecoBlock.builder(sim.detectorId, options.condition(), sim.beams.totalLab(),
                events.firstEventNumber());
        for (int i = from; i < to; i++) {
            simulateEvent(events, i);
        }
        return builder.build();
    }

    private void simulateEvent(EventBlock events, int i) {
        particles.clear();
        chooseCondition();
        LorentzTransform cmToLab = eventTransform();
        double bx = sim.parameters.beamSpotSigmaXCm() * gauss.sample();
        double by = sim.parameters.beamSpotSigmaYCm() * gauss.sample();
        double bz = sim.parameters.beamSpotSigmaZCm() * gauss.sample();
        int first = events.offsets()[i];
        int last = events.offsets()[i + 1];
        byte outgoing = (byte) ParticleStatus.OUTGOING.lheCode();
        for (int k = first; k < last; k++) {
            if (events.statusCodes()[k] != outgoing) {
                continue;
            }
            cmToLab.apply(events.energies()[k], events.px()[k], events.py()[k], events.pz()[k], four);
            particles.add(events.pdgIds()[k], k - first, TruthOrigin.PRIMARY, bx, by, bz, four[0], four[1], four[2],
                    four[3], 0);
        }
        if (options.materialEffects()) {
            applyMaterial();
        }
        overlayBackground();
        detect();
        writeEvent(i, events.weightsPb()[i]);
    }

    private LorentzTransform eventTransform() {
        if (!options.beamEnergySpread()) {
            return sim.nominalCmToLab;
        }
        // same beam directions, energies varied by their spreads; the generator's sqrt(s) is kept
        FourMomentum electron = sim.beams.electronLab();
        FourMomentum positron = sim.beams.positronLab();
        double scaleE = 1 + sim.beams.electronEnergySpreadGeV() * gauss.sample() / electron.e();
        double scaleP = 1 + sim.beams.positronEnergySpreadGeV() * gauss.sample() / positron.e();
        return BeamConditions.cmToLab(electron.times(scaleE), positron.times(scaleP));
    }

    // ---- material ---------------------------------------------------------------------------------

    private void applyMaterial() {
        int n = particles.size;
        for (int k = 0; k < n; k++) {
            int pdg = particles.pdg[k];
            if (pdg == 22) {
                convert(k);
            } else if (Math.abs(pdg) == 11) {
                radiate(k);
            }
        }
    }

    private void convert(int k) {
        double theta = particles.theta(k);
        int layer = Material.conversionLayer(theta, rng);
        if (layer < 0) {
            return;
        }
        double p = particles.p(k);
        double dx = particles.px[k] / p;
        double dy = particles.py[k] / p;
        double dz = particles.pz[k] / p;
        double pathCm = Material.LAYER_RADIUS_CM[layer] / Math.sin(theta);
        double x = particles.vx[k] + dx * pathCm;
        double y = particles.vy[k] + dy * pathCm;
        double z = particles.vz[k] + dz * pathCm;
        double energy = particles.e[k];
        double fraction = Material.pairEnergyFraction(rng);
        int truth = particles.truth[k];
        particles.pdg[k] = 0; // the photon is gone
        addLeg(11, truth, x, y, z, fraction * energy, dx, dy, dz, particles.t0[k]);
        addLeg(-11, truth, x, y, z, (1 - fraction) * energy, dx, dy, dz, particles.t0[k]);
    }

    private void addLeg(int pdg, int truth, double x, double y, double z, double energy, double dx, double dy,
            double dz, double t0) {
        double me = Belle2Geometry.ELECTRON_MASS_GEV;
        if (energy <= me) {
            return;
        }
        double p = Math.sqrt(energy * energy - me * me);
        particles.add(pdg, truth, TruthOrigin.CONVERSION, x, y, z, energy, p * dx, p * dy, p * dz, t0);
    }

    private void radiate(int k) {
        double theta = particles.theta(k);
        double kept = Material.bremsstrahlungSurvivingFraction(Material.totalX0(theta), rng);
        double me = Belle2Geometry.ELECTRON_MASS_GEV;
        double energy = particles.e[k];
        double newEnergy = Math.max(kept * energy, 1.001 * me);
        double photonEnergy = energy - newEnergy;
        if (photonEnergy < 1e-3) {
            return;
        }
        double p = particles.p(k);
        double dx = particles.px[k] / p;
        double dy = particles.py[k] / p;
        double dz = particles.pz[k] / p;
        double newP = Math.sqrt(newEnergy * newEnergy - me * me);
        particles.e[k] = newEnergy;
        particles.px[k] = newP * dx;
        particles.py[k] = newP * dy;
        particles.pz[k] = newP * dz;
        particles.add(22, particles.truth[k], TruthOrigin.BREMSSTRAHLUNG, particles.vx[k], particles.vy[k],
                particles.vz[k], photonEnergy, photonEnergy * dx, photonEnergy * dy, photonEnergy * dz,
                particles.t0[k]);
    }

    // ---- beam background --------------------------------------------------------------------------

    private void overlayBackground() {
        double window = sim.parameters.backgroundTimeWindowNs();
        int photons = backgroundPhotons == null ? 0 : backgroundPhotons.sample();
        for (int j = 0; j < photons; j++) {
            double theta;
            do { // uniform in cos(theta) over the ECL acceptance: rates count clusters in the ECL
                theta = Math.acos(2 * rng.nextDouble() - 1);
            } while (!sim.inEclAcceptance(theta));
            double phi = 2 * Math.PI * rng.nextDouble();
            double energy = CLUSTER_THRESHOLD_GEV - BACKGROUND_PHOTON_MEAN_GEV * Math.log(1 - rng.nextDouble());
            double t0 = window * (2 * rng.nextDouble() - 1);
            double s = Math.sin(theta);
            particles.add(22, -1, TruthOrigin.BEAM_BACKGROUND, 0, 0, 0, energy, energy * s * Math.cos(phi),
                    energy * s * Math.sin(phi), energy * Math.cos(theta), t0);
        }
        int tracksToAdd = backgroundTracks == null ? 0 : backgroundTracks.sample();
        for (int j = 0; j < tracksToAdd; j++) {
            // low-momentum e+- from beam-gas and Touschek showers, produced away from the IP [model]
            double pt = 0.05 + 0.15 * -Math.log(1 - rng.nextDouble());
            double cosTheta = 2 * rng.nextDouble() - 1;
            double phi = 2 * Math.PI * rng.nextDouble();
            double pz = pt * cosTheta / Math.sqrt(1 - cosTheta * cosTheta);
            double me = Belle2Geometry.ELECTRON_MASS_GEV;
            double energy = Math.sqrt(pt * pt + pz * pz + me * me);
            int pdg = rng.nextBoolean() ? 11 : -11;
            particles.add(pdg, -1, TruthOrigin.BEAM_BACKGROUND, 3 * gauss.sample(), 3 * gauss.sample(),
                    30 * (2 * rng.nextDouble() - 1), energy, pt * Math.cos(phi), pt * Math.sin(phi), pz,
                    window * (2 * rng.nextDouble() - 1));
        }
    }

    // ---- detector response ------------------------------------------------------------------------

    private void detect() {
        trackCount = 0;
        clusterCount = 0;
        for (int k = 0; k < particles.size; k++) {
            int pdg = particles.pdg[k];
            if (pdg == 22) {
                detectPhoton(k);
            } else if (FastSimulation.charge(pdg) != 0) {
                detectCharged(k);
            }
            // other neutrals (neutrinos, pi0 if undecayed, K_L, n) leave nothing in this model
        }
        mergeBremsstrahlung();
    }

    private void detectPhoton(int k) {
        double theta = particles.theta(k);
        if (!sim.inEclAcceptance(theta)) {
            return;
        }
        double phi = Math.atan2(particles.py[k], particles.px[k]);
        double energy = smearEnergy(particles.e[k]);
        stageCluster(k, energy, theta, phi, -1);
    }

    private void detectCharged(int k) {
        int pdg = particles.pdg[k];
        int q = FastSimulation.charge(pdg);
        double px = particles.px[k];
        double py = particles.py[k];
        double pz = particles.pz[k];
        double pt = Math.hypot(px, py);
        if (pt == 0) {
            return;
        }
        boolean reaches = Helix.eclEntry(q, particles.vx[k], particles.vy[k], particles.vz[k], px, py, pz,
                sim.forwardEndcapInnerRadiusCm(), sim.backwardEndcapInnerRadiusCm(), point);
        int track = -1;
        double theta = Math.atan2(pt, pz);
        if (sim.inTrackAcceptance(theta) && pt > sim.parameters.trackPtMinGeV()
                && rng.nextDouble() < sim.parameters.trackingEfficiency()) {
            track = stageTrack(k, q, reaches);
        }
        if (!reaches) {
            return;
        }
        double entryTheta = Math.atan2(Math.hypot(point[0], point[1]), point[2]);
        if (!sim.inEclAcceptance(entryTheta)) {
            return;
        }
        double entryPhi = Math.atan2(point[1], point[0]);
        double deposit = depositedEnergy(pdg, particles.e[k]);
        stageCluster(k, deposit, entryTheta, entryPhi, track);
    }

    private double depositedEnergy(int pdg, double energy) {
        int a = Math.abs(pdg);
        if (a == 11) {
            return smearEnergy(energy);
        }
        double kinetic = energy - FastSimulation.mass(pdg);
        double mip = MIP_MODE_GEV - MIP_WIDTH_GEV * Math.log(-Math.log(rng.nextDouble()));
        if (a != 13 && rng.nextDouble() < HADRON_SHOWER_PROBABILITY) {
            mip = rng.nextDouble() * kinetic;
        }
        return Math.max(0, Math.min(mip, kinetic));
    }

    private double smearEnergy(double energy) {
        if (!options.resolution()) {
            return energy;
        }
        double sigma = energy * Resolution.eclRelativeEnergy(energy);
        double measured;
        do {
            measured = energy + sigma * gauss.sample();
        } while (measured <= 0);
        return measured;
    }

    private int stageTrack(int k, int q, boolean reaches) {
        Helix.perigee(q, particles.vx[k], particles.vy[k], particles.vz[k], particles.px[k], particles.py[k],
                particles.pz[k], helix);
        double pt = Math.abs(1 / (helix[Helix.OMEGA] * Belle2Geometry.CM_PER_GEV));
        double theta = Math.atan2(1, helix[Helix.TAN_LAMBDA]);
        double sinTheta = Math.sin(theta);
        double p = pt / sinTheta;
        double beta = p / particles.e[k];
        double sigmaPt = pt * Resolution.relativePt(pt, beta);
        double sigmaAngle = Resolution.TRACK_ANGLE_RAD;
        double sigmaDr = Resolution.drCm(p, beta, sinTheta);
        double sigmaDz = Resolution.dzCm(p, beta, sinTheta);
        double ptM = pt;
        double thetaM = theta;
        double phiM = helix[Helix.PHI0];
        double d0M = helix[Helix.D0];
        double z0M = helix[Helix.Z0];
        if (options.resolution()) {
            do {
                ptM = pt + sigmaPt * gauss.sample();
            } while (ptM <= 0);
            do {
                thetaM = theta + sigmaAngle * gauss.sample();
            } while (thetaM <= 0 || thetaM >= Math.PI);
            phiM = Helix.wrap(phiM + sigmaAngle * gauss.sample());
            d0M += sigmaDr * gauss.sample();
            z0M += sigmaDz * gauss.sample();
        }
        RecoBlock.TrackDraft d = track(trackCount);
        double sinM = Math.sin(thetaM);
        double tanLambda = Math.cos(thetaM) / sinM;
        double pM = ptM / sinM;
        d.charge = q;
        d.px = ptM * Math.cos(phiM);
        d.py = ptM * Math.sin(phiM);
        d.pz = ptM * tanLambda;
        d.helix[0] = d0M;
        d.helix[1] = phiM;
        d.helix[2] = q / Helix.radiusCm(ptM);
        d.helix[3] = z0M;
        d.helix[4] = tanLambda;
        // diagonal helix covariance: the parameters are smeared independently [model]
        java.util.Arrays.fill(d.helixCovariance, 0);
        double sigmaOmega = Math.abs(d.helix[2]) * sigmaPt / pt;
        double sigmaTanLambda = sigmaAngle / (sinM * sinM);
        d.helixCovariance[0] = sigmaDr * sigmaDr;
        d.helixCovariance[5] = sigmaAngle * sigmaAngle;
        d.helixCovariance[9] = sigmaOmega * sigmaOmega;
        d.helixCovariance[12] = sigmaDz * sigmaDz;
        d.helixCovariance[14] = sigmaTanLambda * sigmaTanLambda;
        // (p, theta, phi) from (pT, theta, phi) with p = pT / sin(theta): dp/dpT = 1/sin, dp/dtheta = -p cot
        double sigmaPtM = ptM * sigmaPt / pt;
        double cot = Math.cos(thetaM) / sinM;
        double dpdTheta = -pM * cot;
        d.momentumCovariance[0] = sigmaPtM * sigmaPtM / (sinM * sinM) + dpdTheta * dpdTheta * sigmaAngle * sigmaAngle;
        d.momentumCovariance[1] = dpdTheta * sigmaAngle * sigmaAngle;
        d.momentumCovariance[2] = 0;
        d.momentumCovariance[3] = sigmaAngle * sigmaAngle;
        d.momentumCovariance[4] = 0;
        d.momentumCovariance[5] = sigmaAngle * sigmaAngle;
        d.electronId = sim.electronId.score(particles.pdg[k], rng);
        d.eOverP = Double.NaN;
        d.reachesEcl = reaches;
        d.eclEntryTheta = reaches ? Math.atan2(Math.hypot(point[0], point[1]), point[2]) : Double.NaN;
        d.eclEntryPhi = reaches ? Math.atan2(point[1], point[0]) : Double.NaN;
        d.truthIndex = particles.truth[k];
        d.truthPdg = particles.pdg[k];
        d.origin = particles.origin[k];
        ensureTrackCapacity(trackCount + 1);
        entry[3 * trackCount] = reaches ? point[0] : Double.NaN;
        entry[3 * trackCount + 1] = reaches ? point[1] : Double.NaN;
        entry[3 * trackCount + 2] = reaches ? point[2] : Double.NaN;
        trackCluster[trackCount] = -1;
        return trackCount++;
    }

    private void stageCluster(int k, double energy, double theta, double phi, int track) {
        if (energy < CLUSTER_THRESHOLD_GEV) {
            return;
        }
        double thetaM = theta;
        double phiM = phi;
        if (options.resolution()) {
            double sigma = Resolution.eclAngle(energy);
            thetaM = Math.min(Math.PI, Math.abs(theta + sigma * gauss.sample()));
            phiM = Helix.wrap(phi + sigma * gauss.sample());
        }
        double sigmaT = Resolution.clusterTimeNs(energy);
        double time = particles.t0[k] + (options.resolution() ? sigmaT * gauss.sample() : 0);
        RecoBlock.ClusterDraft c = cluster(clusterCount);
        c.energyGeV = energy;
        c.theta = thetaM;
        c.phi = phiM;
        FastSimulation.surfacePoint(thetaM, phiM, point);
        c.xCm = point[0];
        c.yCm = point[1];
        c.zCm = point[2];
        c.timeNs = time;
        c.timeErrorNs = sigmaT;
        c.distanceToTrackCm = Double.NaN;
        c.truthIndex = particles.truth[k];
        c.truthPdg = particles.pdg[k];
        c.origin = particles.origin[k];
        ensureClusterCapacity(clusterCount + 1);
        clusterTrack[clusterCount] = track;
        clusterParticle[clusterCount] = k;
        clusterLive[clusterCount] = true;
        if (track >= 0) {
            trackCluster[track] = clusterCount;
        }
        clusterCount++;
    }

    /** Folds brems photons that shower next to their electron's cluster into it (they are not resolved). */
    private void mergeBremsstrahlung() {
        for (int c = 0; c < clusterCount; c++) {
            RecoBlock.ClusterDraft brem = clusters.get(c);
            if (brem.origin != TruthOrigin.BREMSSTRAHLUNG) {
                continue;
            }
            for (int e = 0; e < clusterCount; e++) {
                RecoBlock.ClusterDraft parent = clusters.get(e);
                if (e != c && clusterLive[e] && parent.origin == TruthOrigin.PRIMARY
                        && parent.truthIndex == brem.truthIndex && Math.abs(parent.truthPdg) == 11
                        && distance(brem, parent) < BREM_MERGE_DISTANCE_CM) {
                    parent.energyGeV += brem.energyGeV;
                    clusterLive[c] = false;
                    break;
                }
            }
        }
    }

    private static double distance(RecoBlock.ClusterDraft a, RecoBlock.ClusterDraft b) {
        double dx = a.xCm - b.xCm;
        double dy = a.yCm - b.yCm;
        double dz = a.zCm - b.zCm;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    // ---- output -----------------------------------------------------------------------------------

    private void writeEvent(int sourceIndex, double weightPb) {
        int[] globalCluster = new int[clusterCount];
        for (int c = 0; c < clusterCount; c++) {
            if (!clusterLive[c]) {
                globalCluster[c] = -1;
                continue;
            }
            RecoBlock.ClusterDraft d = clusters.get(c);
            d.distanceToTrackCm = nearestTrackDistance(d);
            d.beamBackgroundScore = beamBackgroundScore(d.energyGeV, d.timeNs, d.timeErrorNs);
            globalCluster[c] = builder.addCluster(d);
        }
        for (int t = 0; t < trackCount; t++) {
            int k = builder.addTrack(tracks.get(t));
            int c = trackCluster[t];
            if (c >= 0 && globalCluster[c] >= 0) {
                builder.link(k, globalCluster[c]);
            }
        }
        builder.endEvent(sourceIndex, weightPb);
    }

    private double nearestTrackDistance(RecoBlock.ClusterDraft d) {
        double best = Double.NaN;
        for (int t = 0; t < trackCount; t++) {
            double ex = entry[3 * t];
            if (Double.isNaN(ex)) {
                continue;
            }
            double dx = d.xCm - ex;
            double dy = d.yCm - entry[3 * t + 1];
            double dz = d.zCm - entry[3 * t + 2];
            double dist = Math.sqrt(dx * dx + dy * dy + dz * dz);
            if (!(dist >= best)) {
                best = dist;
            }
        }
        return best;
    }

    /**
     * Stand-in for the basf2 beam-background MVA from the cluster's own measured properties: low energy
     * and a time far from the collision (in units of its error) both signal beam background [model].
     */
    static double beamBackgroundScore(double energyGeV, double timeNs, double timeErrorNs) {
        double pull = Math.abs(timeNs) / timeErrorNs;
        double z = 1.0 + 2.0 * Math.log(energyGeV / 0.1) - 0.5 * Math.max(0, pull - 3);
        return 1 / (1 + Math.exp(-z));
    }

    private RecoBlock.TrackDraft track(int index) {
        while (tracks.size() <= index) {
            tracks.add(new RecoBlock.TrackDraft());
        }
        return tracks.get(index);
    }

    private RecoBlock.ClusterDraft cluster(int index) {
        while (clusters.size() <= index) {
            clusters.add(new RecoBlock.ClusterDraft());
        }
        return clusters.get(index);
    }

    private void ensureTrackCapacity(int n) {
        if (n > trackCluster.length) {
            trackCluster = java.util.Arrays.copyOf(trackCluster, 2 * n);
            entry = java.util.Arrays.copyOf(entry, 6 * n);
        }
    }

    private void ensureClusterCapacity(int n) {
        if (n > clusterTrack.length) {
            clusterTrack = java.util.Arrays.copyOf(clusterTrack, 2 * n);
            clusterParticle = java.util.Arrays.copyOf(clusterParticle, 2 * n);
            clusterLive = java.util.Arrays.copyOf(clusterLive, 2 * n);
        }
    }
}
