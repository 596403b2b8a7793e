package org.alpwb.channel.eegg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel.Reconstruction;
import org.alpwb.api.channel.CutFlow;
import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.LorentzTransform;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.FourMomentum;
import org.alpwb.api.event.Pdg;
import org.alpwb.api.table.ColumnTable;
import org.alpwb.reco.fit.FitResult;
import org.alpwb.reco.fit.Helix;
import org.alpwb.reco.fit.KinematicFit4C;
import org.alpwb.reco.fit.ParticleFitType;
import org.alpwb.reco.fit.VertexFit;

/**
 * Decay reconstruction of e+e- -> e+e- a, a -> gamma gamma (thesis ch. 6): photon and lepton lists
 * with the Table 6.1 criteria, ALP candidates from photon pairs, full candidates with an e+e- pair,
 * best candidate by |M_eegg(before fit) - sqrt(s)|, 4C fit, e+e- vertex fit, the Table 7.1 features,
 * the eq. 7.3 proxies and the exact slides variables. One instance per thread (it reuses scratch).
 */
final class EeggReconstructor {
    static final double ELECTRON_MASS_GEV = 0.51099895e-3;
    // Table 6.1; CDC acceptance 17-150 deg from physics.md (basf2 inCDCAcceptance)
    static final double CDC_THETA_MIN_RAD = Math.toRadians(17);
    static final double CDC_THETA_MAX_RAD = Math.toRadians(150);
    static final double PHOTON_MIN_ENERGY_GEV = 0.1;
    static final double TIMING_ERROR_MAX_NS = 1e6;
    static final double DR_MAX_CM = 1;
    static final double DZ_MAX_CM = 3;
    static final double POSITRON_THETA_MIN_RAD = 0.52;
    static final double ELECTRON_THETA_MAX_RAD = 2.44;
    static final double ALP_PT_MIN_GEV = 0.1;
    static final double ALP_ENERGY_MIN_GEV = 0.5;
    static final double RECOIL_MASS2_MAX_GEV2 = 5;
    static final double SIMULTANEITY_NS = 5;
    static final int GOOD_TRACKS_MIN = 2;
    static final int GOOD_TRACKS_MAX = 3;
    /**
     * Below this p-value of the 4C fit the hypotheses "e+ (or e-) radiated an unmeasured photon along its
     * direction in the material before the tracker" (3C) are tried and the one with the largest p-value kept
     * (issue 10: bremsstrahlung in front of the tracker made 16 % of 5 GeV signal fits move M_gg up by &gt; 260 MeV).
     */
    static final double RADIATIVE_HYPOTHESIS_P_MAX = 0.01;
    /** The radiating leptons of the alternative hypotheses (fit index 0 = e+, 1 = e-): e+, e-, both (2C). */
    private static final int[][] RADIATING = {{0}, {1}, {0, 1}};

    static final List<String> CUTS = List.of("all events", "two photons (CDC acceptance, E > 0.1 GeV, timing fit)",
            "ALP candidate (pT > 0.1 GeV, E > 0.5 GeV)",
            "e+ and e- (dr < 1 cm, |dz| < 3 cm, cluster match, not backscattered)",
            "full candidate with M_recoil^2 < 5 GeV^2", "cluster simultaneity < 5 ns",
            "good tracks nCT in [2, 3]");

    private static final ParticleFitType[] FIT_TYPES = {ParticleFitType.TRACK, ParticleFitType.TRACK,
        ParticleFitType.PHOTON, ParticleFitType.PHOTON};
    private static final double[] FIT_MASSES = {ELECTRON_MASS_GEV, ELECTRON_MASS_GEV, 0, 0};

    private final BeamConditions beams;
    private final LorentzTransform labToCm;
    private final double[] beamLab;
    private final double sqrtS;
    private final KinematicFit4C kinematicFit = new KinematicFit4C();
    private final VertexFit vertexFit = new VertexFit();
    // scratch
    private int[] photons = new int[16];
    private int[] positrons = new int[8];
    private int[] electrons = new int[8];
    private int[] pairs = new int[64];
    private final double[] cm = new double[4];
    private final double[] row = new double[Columns.ALL.size()];

    private final boolean radiativeHypotheses;

    /** The channel as the study uses it: 4C fit only (see {@link #EeggReconstructor(BeamConditions, boolean)}). */
    EeggReconstructor(BeamConditions beams) {
        this(beams, false);
    }

    /**
     * @param radiativeHypotheses also fit the e+/e-/both-radiated hypotheses when the 4C p-value is below
     *                            {@link #RADIATIVE_HYPOTHESIS_P_MAX}. Validated (FitCoreWidthTest) but not yet the
     *                            default: the signal model's DSCB fits of the default study (ci profile) end with a
     *                            parameter at its bound on the narrower peak and its interpolation then fails
     *                            (issue 10 item 6; to switch on once bundles/strategy-cuts handles that state).
     */
    EeggReconstructor(BeamConditions beams, boolean radiativeHypotheses) {
        this.radiativeHypotheses = radiativeHypotheses;
        this.beams = beams;
        this.labToCm = beams.labToCm();
        FourMomentum total = beams.totalLab();
        this.beamLab = new double[] {total.e(), total.px(), total.py(), total.pz()};
        this.sqrtS = total.mass();
    }

    Reconstruction run(RecoBlock reco, EventBlock events) {
        if (events != null) {
            for (int s : reco.sourceEvent()) {
                if (s < 0 || s >= events.eventCount()) {
                    throw new InvalidInputException("reco block of detector " + reco.detectorId(), "sourceEvent", s,
                            "an event index of the generator block, 0.." + (events.eventCount() - 1));
                }
            }
        }
        ColumnTable.Builder table = ColumnTable.builder().columns(Columns.ALL);
        long[] counts = new long[CUTS.size()];
        double[] weights = new double[CUTS.size()];
        for (int i = 0; i < reco.eventCount(); i++) {
            int passed = event(reco, events, i, table);
            double w = reco.weightsPb()[i];
            for (int c = 0; c <= passed; c++) {
                counts[c]++;
                weights[c] += w;
            }
        }
        List<CutFlow.Step> steps = new ArrayList<>();
        for (int c = 0; c < CUTS.size(); c++) {
            steps.add(new CutFlow.Step(CUTS.get(c), counts[c], weights[c], true));
        }
        return new Reconstruction(table.build(), new CutFlow("eegg preselection (thesis Table 6.1)", steps));
    }

    /** Reconstructs event i; adds a row if it passes; returns the index of the last cut passed. */
    private int event(RecoBlock reco, EventBlock events, int i, ColumnTable.Builder table) {
        int t0 = reco.trackOffsets()[i];
        int t1 = reco.trackOffsets()[i + 1];
        int c0 = reco.clusterOffsets()[i];
        int c1 = reco.clusterOffsets()[i + 1];
        double[] energy = reco.clusterEnergy();
        double[] theta = reco.clusterTheta();
        double[] phi = reco.clusterPhi();
        int nPhotons = 0;
        for (int c = c0; c < c1; c++) {
            double timeError = reco.clusterTimeError()[c];
            if (reco.matchedTrack()[c] < 0 && theta[c] >= CDC_THETA_MIN_RAD && theta[c] <= CDC_THETA_MAX_RAD
                    && energy[c] > PHOTON_MIN_ENERGY_GEV && timeError < TIMING_ERROR_MAX_NS) {
                photons = grow(photons, nPhotons);
                photons[nPhotons++] = c;
            }
        }
        if (nPhotons < 2) {
            return 0;
        }
        int nPairs = 0;
        for (int a = 0; a < nPhotons; a++) {
            for (int b = a + 1; b < nPhotons; b++) {
                int ca = photons[a];
                int cb = photons[b];
                double px = photonP(energy[ca], theta[ca], phi[ca], 1) + photonP(energy[cb], theta[cb], phi[cb], 1);
                double py = photonP(energy[ca], theta[ca], phi[ca], 2) + photonP(energy[cb], theta[cb], phi[cb], 2);
                if (Math.hypot(px, py) > ALP_PT_MIN_GEV && energy[ca] + energy[cb] > ALP_ENERGY_MIN_GEV) {
                    pairs = grow(pairs, 2 * nPairs + 1);
                    pairs[2 * nPairs] = ca;
                    pairs[2 * nPairs + 1] = cb;
                    nPairs++;
                }
            }
        }
        if (nPairs == 0) {
            return 1;
        }
        int nPositrons = 0;
        int nElectrons = 0;
        int goodTracks = 0;
        for (int k = t0; k < t1; k++) {
            if (!(Math.abs(reco.dr(k)) < DR_MAX_CM && Math.abs(reco.dz(k)) < DZ_MAX_CM)) {
                continue;
            }
            goodTracks++;
            if (reco.matchedCluster()[k] < 0) {
                continue;
            }
            double trackTheta = Math.atan2(Math.hypot(reco.trackPx()[k], reco.trackPy()[k]), reco.trackPz()[k]);
            if (reco.charge()[k] > 0 && trackTheta > POSITRON_THETA_MIN_RAD) {
                positrons = grow(positrons, nPositrons);
                positrons[nPositrons++] = k;
            } else if (reco.charge()[k] < 0 && trackTheta < ELECTRON_THETA_MAX_RAD) {
                electrons = grow(electrons, nElectrons);
                electrons[nElectrons++] = k;
            }
        }
        if (nPositrons == 0 || nElectrons == 0) {
            return 2;
        }
        int stage = 3;
        int bestP = -1;
        int bestE = -1;
        int bestPair = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        int candidates = 0;
        double[] sum = new double[4];
        for (int p = 0; p < nPositrons; p++) {
            for (int e = 0; e < nElectrons; e++) {
                for (int q = 0; q < nPairs; q++) {
                    int kp = positrons[p];
                    int ke = electrons[e];
                    int ga = pairs[2 * q];
                    int gb = pairs[2 * q + 1];
                    fourSum(reco, kp, ke, ga, gb, sum);
                    double re = beamLab[0] - sum[0];
                    double rx = beamLab[1] - sum[1];
                    double ry = beamLab[2] - sum[2];
                    double rz = beamLab[3] - sum[3];
                    if (!(re * re - rx * rx - ry * ry - rz * rz < RECOIL_MASS2_MAX_GEV2)) {
                        continue;
                    }
                    stage = Math.max(stage, 4);
                    if (!(timeSpread(reco, kp, ke, ga, gb) < SIMULTANEITY_NS)) {
                        continue;
                    }
                    stage = 5;
                    candidates++;
                    double m = Math.sqrt(Math.max(0, sum[0] * sum[0] - sum[1] * sum[1] - sum[2] * sum[2] - sum[3] * sum[3]));
                    double distance = Math.abs(m - sqrtS);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        bestP = kp;
                        bestE = ke;
                        bestPair = q;
                    }
                }
            }
        }
        if (stage < 5) {
            return stage;
        }
        if (goodTracks < GOOD_TRACKS_MIN || goodTracks > GOOD_TRACKS_MAX) {
            return 5;
        }
        candidateRow(reco, events, i, bestP, bestE, pairs[2 * bestPair], pairs[2 * bestPair + 1], goodTracks,
                candidates);
        table.row(row);
        return 6;
    }

    private void candidateRow(RecoBlock reco, EventBlock events, int i, int kp, int ke, int ga, int gb,
            int goodTracks, int candidates) {
        double[] energy = reco.clusterEnergy();
        // gamma L / H by measured cluster energy
        int gl = energy[ga] <= energy[gb] ? ga : gb;
        int gh = gl == ga ? gb : ga;
        double[] measured = new double[12];
        double[][][] cov = new double[4][3][3];
        trackParameters(reco, kp, measured, 0, cov[0]);
        trackParameters(reco, ke, measured, 3, cov[1]);
        photonParameters(reco, gl, measured, 6, cov[2]);
        photonParameters(reco, gh, measured, 9, cov[3]);
        double[][] before = new double[4][4];
        for (int j = 0; j < 4; j++) {
            FIT_TYPES[j].fourMomentum(measured, 3 * j, FIT_MASSES[j], before[j], null, 0);
        }
        KinematicFit4C.Result fit = kinematicFit.fit(FIT_TYPES, FIT_MASSES, measured, cov, beamLab);
        int hypothesis = 0;
        boolean usable = usable(fit);
        if (radiativeHypotheses && (!usable || fit.fit().pValue() < RADIATIVE_HYPOTHESIS_P_MAX)) {
            for (int h = 0; h < RADIATING.length; h++) {
                KinematicFit4C.Result alternative = kinematicFit.fit(FIT_TYPES, FIT_MASSES, measured, cov, beamLab,
                        RADIATING[h]);
                if (usable(alternative) && (!usable || alternative.fit().pValue() > fit.fit().pValue())) {
                    fit = alternative;
                    usable = true;
                    hypothesis = h + 1;
                }
            }
        }
        FitResult f = fit.fit();
        // after-fit momenta where the fit is usable, else the measured ones (flagged by fitConverged)
        double[][] after = new double[4][4];
        for (int j = 0; j < 4; j++) {
            for (int c = 0; c < 4; c++) {
                after[j][c] = usable ? fit.component(j, c) : before[j][c];
            }
        }
        VertexFit.Result vertex = vertexFit.fit(Arrays.copyOfRange(reco.helix(), 5 * kp, 5 * kp + 5),
                Helix.unpackCovariance(reco.helixCovariance(), 15 * kp),
                Arrays.copyOfRange(reco.helix(), 5 * ke, 5 * ke + 5),
                Helix.unpackCovariance(reco.helixCovariance(), 15 * ke), new double[3]);
        Arrays.fill(row, Double.NaN);
        double[] alp = add(after[2], after[3]);
        set(Columns.ALP_ENERGY, alp[0]);
        set(Columns.ALP_PT, Math.hypot(alp[1], alp[2]));
        set(Columns.ALP_PZ, alp[3]);
        set(Columns.GAMMA_LOW_ENERGY, after[2][0]);
        set(Columns.GAMMA_HIGH_ENERGY, after[3][0]);
        set(Columns.E_PLUS_ENERGY, after[0][0]);
        set(Columns.E_MINUS_ENERGY, after[1][0]);
        // eq. 7.1 with H/L by energy; absolute value so that the fit's reordering cannot make it negative
        set(Columns.ENERGY_SIMILARITY, Math.abs(after[3][0] - after[2][0]) / (after[3][0] + after[2][0]));
        double[] ecl = new double[8]; // theta, phi of e+, e-, gL, gH at the ECL
        eclDirection(reco, kp, ecl, 0);
        eclDirection(reco, ke, ecl, 2);
        ecl[4] = reco.clusterTheta()[gl];
        ecl[5] = reco.clusterPhi()[gl];
        ecl[6] = reco.clusterTheta()[gh];
        ecl[7] = reco.clusterPhi()[gh];
        double[] trk = {measured[1], measured[2], measured[4], measured[5]}; // track theta, phi of e+, e-
        set(Columns.ECL_EP_EM, Angles.opening(ecl[0], ecl[1], ecl[2], ecl[3]));
        set(Columns.TRACK_EP_EM, Angles.opening(trk[0], trk[1], trk[2], trk[3]));
        set(Columns.ECL_EP_GH, Angles.opening(ecl[0], ecl[1], ecl[6], ecl[7]));
        set(Columns.TRACK_EP_GH, Angles.opening(trk[0], trk[1], ecl[6], ecl[7]));
        set(Columns.ECL_EP_GL, Angles.opening(ecl[0], ecl[1], ecl[4], ecl[5]));
        set(Columns.TRACK_EP_GL, Angles.opening(trk[0], trk[1], ecl[4], ecl[5]));
        set(Columns.ECL_EM_GH, Angles.opening(ecl[2], ecl[3], ecl[6], ecl[7]));
        set(Columns.TRACK_EM_GH, Angles.opening(trk[2], trk[3], ecl[6], ecl[7]));
        set(Columns.ECL_EM_GL, Angles.opening(ecl[2], ecl[3], ecl[4], ecl[5]));
        set(Columns.TRACK_EM_GL, Angles.opening(trk[2], trk[3], ecl[4], ecl[5]));
        set(Columns.ECL_GL_GH, Angles.opening(ecl[4], ecl[5], ecl[6], ecl[7]));
        set(Columns.E_OVER_P_EM, reco.eOverP()[ke]);
        set(Columns.E_OVER_P_EP, reco.eOverP()[kp]);
        // eq. 7.3 proxies from CM-frame energies and polar angles of the fitted leptons
        double[] starP = new double[2];
        double[] starE = new double[2];
        cmEnergyTheta(after[0], starP);
        cmEnergyTheta(after[1], starE);
        set(Columns.S_EM, sqrtS - 2 * starE[0]);
        set(Columns.S_EP, sqrtS - 2 * starP[0]);
        set(Columns.T_PLUS_EM, starE[0] * (1 + Math.cos(starE[1])));
        set(Columns.T_MINUS_EM, starE[0] * (1 - Math.cos(starE[1])));
        set(Columns.T_PLUS_EP, starP[0] * (1 + Math.cos(starP[1])));
        set(Columns.T_MINUS_EP, starP[0] * (1 - Math.cos(starP[1])));
        // masses and fit quality
        set(Columns.M_GG_FIT, mass(alp));
        set(Columns.M_GG_BF, mass(add(before[2], before[3])));
        double[] all = add(add(before[0], before[1]), add(before[2], before[3]));
        set(Columns.M_EEGG_BF, mass(all));
        set(Columns.M_EE, mass(add(after[0], after[1])));
        double[] recoil = {beamLab[0] - all[0], beamLab[1] - all[1], beamLab[2] - all[2], beamLab[3] - all[3]};
        set(Columns.RECOIL_M2, dot(recoil, recoil));
        set(Columns.FIT_CHI2, f.chi2());
        set(Columns.FIT_PVALUE, usable ? f.pValue() : Double.NaN);
        set(Columns.FIT_CONVERGED, usable ? 1 : 0);
        set(Columns.FIT_ITERATIONS, f.iterations());
        // 0: 4C fit; 1: e+ radiated; 2: e- radiated (3C); 3: both (2C); with the fitted photon energies
        set(Columns.FIT_HYPOTHESIS, hypothesis);
        double radiated = 0;
        for (int u = 0; u < fit.radiatedPhotons(); u++) {
            radiated += fit.radiatedEnergy(u);
        }
        set(Columns.FIT_RADIATED_ENERGY, radiated);
        set(Columns.VERTEX_D, vertex.displacementCm());
        set(Columns.VERTEX_D_ERROR, vertex.displacementErrorCm());
        set(Columns.VERTEX_CHI2, vertex.chi2());
        set(Columns.VERTEX_CONVERGED, vertex.converged() ? 1 : 0);
        set(Columns.EID_EP, reco.electronId()[kp]);
        set(Columns.EID_EM, reco.electronId()[ke]);
        set(Columns.DIST_TRACK_GL, reco.distanceToTrack()[gl]);
        set(Columns.BB_SCORE_GL, reco.beamBackgroundScore()[gl]);
        set(Columns.BB_SCORE_GH, reco.beamBackgroundScore()[gh]);
        set(Columns.TIME_SPREAD, timeSpread(reco, kp, ke, ga, gb));
        set(Columns.GOOD_TRACKS, goodTracks);
        set(Columns.CANDIDATES, candidates);
        // slides: exact invariants with the nominal lab beams (frame independent)
        double[] inP = vector(beams.positronLab());
        double[] inE = vector(beams.electronLab());
        double[] inSum = add(inP, inE);
        set(Columns.T_PLUS, square(inP, after[0], -1));
        set(Columns.T_MINUS, square(inE, after[1], -1));
        set(Columns.S_MINUS, square(inSum, after[0], -1));
        set(Columns.S_PLUS, square(inSum, after[1], -1));
        double minE = Double.POSITIVE_INFINITY;
        double minTheta = Double.POSITIVE_INFINITY;
        double maxTheta = Double.NEGATIVE_INFINITY;
        double[] star = new double[2];
        for (int j = 0; j < 4; j++) {
            cmEnergyTheta(after[j], star);
            minE = Math.min(minE, star[0]);
            minTheta = Math.min(minTheta, star[1]);
            maxTheta = Math.max(maxTheta, star[1]);
        }
        set(Columns.E_STAR_MIN, minE);
        set(Columns.THETA_STAR_MIN, minTheta);
        set(Columns.THETA_STAR_MAX, maxTheta);
        // slides separations for gamma-gamma and gamma-e pairs, lab-frame ECL directions
        double separation = Angles.separation(ecl[4], ecl[5], ecl[6], ecl[7]);
        for (int l = 0; l < 2; l++) {
            for (int g = 2; g < 4; g++) {
                separation = Math.min(separation,
                        Angles.separation(ecl[2 * l], ecl[2 * l + 1], ecl[2 * g], ecl[2 * g + 1]));
            }
        }
        set(Columns.MIN_SEPARATION, separation);
        Truth.fill(reco, events, i, kp, ke, gl, gh, row);
        set(Columns.EVENT, reco.firstEventNumber() + reco.sourceEvent()[i]);
        set(Columns.WEIGHT, reco.weightsPb()[i]);
    }

    /**
     * A converged fit whose every fitted energy is positive (a fit that moved an energy below zero gave negative
     * M_gamma gamma), and every radiated photon energy of the hypothesis non-negative.
     */
    private static boolean usable(KinematicFit4C.Result fit) {
        if (!fit.fit().converged()) {
            return false;
        }
        for (int u = 0; u < fit.radiatedPhotons(); u++) {
            if (!(fit.radiatedEnergy(u) >= 0)) {
                return false;
            }
        }
        for (int j = 0; j < 4; j++) {
            if (!(fit.component(j, 0) > 0)) {
                return false;
            }
        }
        return true;
    }

    private void set(String column, double value) {
        row[Columns.index(column)] = value;
    }

    /** (1/pT, theta, phi) of a track and its covariance from the (p, theta, phi) covariance. */
    private static void trackParameters(RecoBlock reco, int k, double[] out, int offset, double[][] cov) {
        double px = reco.trackPx()[k];
        double py = reco.trackPy()[k];
        double pz = reco.trackPz()[k];
        ParticleFitType.TRACK.parametersOf(px, py, pz, 0, out, offset);
        double p = Math.sqrt(px * px + py * py + pz * pz);
        double kappa = out[offset];
        double theta = out[offset + 1];
        // d(1/pT)/dp = -kappa/p, d(1/pT)/dtheta = -kappa cot(theta) for 1/pT = 1/(p sin theta)
        double[][] j = {{-kappa / p, -kappa * Math.cos(theta) / Math.sin(theta), 0}, {0, 1, 0}, {0, 0, 1}};
        double[][] c = reco.momentumCovarianceMatrix(k);
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double s = 0;
                for (int x = 0; x < 3; x++) {
                    for (int y = 0; y < 3; y++) {
                        s += j[a][x] * c[x][y] * j[b][y];
                    }
                }
                cov[a][b] = s;
            }
        }
    }

    private static void photonParameters(RecoBlock reco, int c, double[] out, int offset, double[][] cov) {
        out[offset] = reco.clusterEnergy()[c];
        out[offset + 1] = reco.clusterTheta()[c];
        out[offset + 2] = reco.clusterPhi()[c];
        PhotonResolution.covariance(out[offset], cov);
    }

    /** Lepton direction at the ECL: the helix entry point, else the matched cluster's position. */
    private static void eclDirection(RecoBlock reco, int k, double[] out, int offset) {
        double theta = reco.eclEntryTheta()[k];
        double phi = reco.eclEntryPhi()[k];
        int c = reco.matchedCluster()[k];
        if (!(Double.isFinite(theta) && Double.isFinite(phi)) && c >= 0) {
            theta = reco.clusterTheta()[c];
            phi = reco.clusterPhi()[c];
        }
        out[offset] = theta;
        out[offset + 1] = phi;
    }

    private void cmEnergyTheta(double[] lab, double[] out) {
        labToCm.apply(lab[0], lab[1], lab[2], lab[3], cm);
        out[0] = cm[0];
        out[1] = Math.atan2(Math.hypot(cm[1], cm[2]), cm[3]);
    }

    private static double timeSpread(RecoBlock reco, int kp, int ke, int ga, int gb) {
        double[] time = reco.clusterTime();
        double t1 = time[reco.matchedCluster()[kp]];
        double t2 = time[reco.matchedCluster()[ke]];
        double t3 = time[ga];
        double t4 = time[gb];
        double mean = (t1 + t2 + t3 + t4) / 4;
        return Math.max(Math.max(Math.abs(t1 - mean), Math.abs(t2 - mean)),
                Math.max(Math.abs(t3 - mean), Math.abs(t4 - mean)));
    }

    /** Sum of the measured four-momenta of the candidate (electron mass for tracks, massless photons). */
    private static void fourSum(RecoBlock reco, int kp, int ke, int ga, int gb, double[] out) {
        Arrays.fill(out, 0);
        for (int k : new int[] {kp, ke}) {
            double px = reco.trackPx()[k];
            double py = reco.trackPy()[k];
            double pz = reco.trackPz()[k];
            out[0] += Math.sqrt(px * px + py * py + pz * pz + ELECTRON_MASS_GEV * ELECTRON_MASS_GEV);
            out[1] += px;
            out[2] += py;
            out[3] += pz;
        }
        for (int c : new int[] {ga, gb}) {
            double e = reco.clusterEnergy()[c];
            double t = reco.clusterTheta()[c];
            double f = reco.clusterPhi()[c];
            out[0] += e;
            out[1] += e * Math.sin(t) * Math.cos(f);
            out[2] += e * Math.sin(t) * Math.sin(f);
            out[3] += e * Math.cos(t);
        }
    }

    private static double photonP(double e, double theta, double phi, int component) {
        return component == 1 ? e * Math.sin(theta) * Math.cos(phi) : e * Math.sin(theta) * Math.sin(phi);
    }

    private static double[] vector(FourMomentum p) {
        return new double[] {p.e(), p.px(), p.py(), p.pz()};
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3];
    }

    /** (a + sign b)^2. */
    private static double square(double[] a, double[] b, double sign) {
        double[] d = {a[0] + sign * b[0], a[1] + sign * b[1], a[2] + sign * b[2], a[3] + sign * b[3]};
        return dot(d, d);
    }

    private static double mass(double[] p) {
        double m2 = dot(p, p);
        return m2 >= 0 ? Math.sqrt(m2) : -Math.sqrt(-m2);
    }

    private static int[] grow(int[] array, int index) {
        return index < array.length ? array : Arrays.copyOf(array, 2 * array.length + 2 * index);
    }
}
