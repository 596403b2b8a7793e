package org.alpwb.generators.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.Pdg;
import org.alpwb.api.generator.GeneratorCuts;
import org.alpwb.api.generator.ParameterInfo;
import org.alpwb.api.generator.ProcessInfo;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.physics.amplitude.MatrixElement;
import org.alpwb.physics.amplitude.MatrixElements;
import org.alpwb.physics.integration.ScatteringIntegrand;
import org.alpwb.physics.phasespace.ConversionChannel;
import org.alpwb.physics.phasespace.PeripheralChannel;
import org.alpwb.physics.phasespace.PhaseSpaceChannel;
import org.alpwb.physics.phasespace.PhotonPairChannel;
import org.alpwb.physics.phasespace.RadiativeChannel;
import org.alpwb.physics.phasespace.RamboChannel;
import org.alpwb.physics.phasespace.TwoBodyChannel;

/**
 * The processes of the workbench: matrix element (physics library), phase-space channels, narrow
 * decays, default cuts. The phase-space channels are chosen for the singularities of each process:
 * e+e- -> e+e- X uses two peripheral (double t-channel) parametrisations with the beams' roles
 * swapped plus a conversion (small m_ee) channel; Bhabha and gamma gamma add channels peaked at the
 * forward/backward poles; the radiative QED processes use {@link RadiativeChannel}s plus RAMBO, and
 * bhabha-2gamma with an M_gg window the {@link PhotonPairChannel}s (see README).
 */
final class ProcessCatalog {
    static final double ELECTRON_MASS_GEV = 0.51099895e-3;
    /** PDG 2024 branching fractions to two photons. */
    static final double BR_PI0_GG = 0.98823;
    static final double BR_ETA_GG = 0.3936;
    static final double BR_ETAPRIME_GG = 0.02307;

    private static final List<String> FUSION_LIKE = List.of("alp-fusion", "pi0-fusion", "eta-fusion", "etaprime-fusion");
    private static final List<String> GAMMA_MESON = List.of("pi0-gamma", "eta-gamma", "etaprime-gamma");
    private static final List<String> NEEDS_ANGULAR_CUT = List.of("bhabha", "diphoton", "triphoton", "bhabha-gamma",
            "bhabha-2gamma");

    private ProcessCatalog() {
    }

    static List<String> ids() {
        return MatrixElements.PROCESS_IDS;
    }

    static ProcessInfo info(String id) {
        List<ParameterInfo> params = new ArrayList<>();
        params.add(new ParameterInfo("sqrtSGeV", "centre-of-mass energy of symmetric beams, GeV", "10.5796", "> 0"));
        params.add(new ParameterInfo("isr", "collinear initial-state radiation (Kuraev-Fadin)", "false", "true, false"));
        boolean alp = id.startsWith("alp-");
        if (alp) {
            params.add(new ParameterInfo("massGeV", "ALP mass, GeV", "(required)", "0 < m < sqrt(s) - 2 m_e"));
            params.add(new ParameterInfo("couplingPerGeV", "g_a_gamma_gamma, GeV^-1 (sigma scales as g^2)", "0.001", "> 0"));
        }
        List<String> classes = List.of("");
        if (FUSION_LIKE.contains(id)) {
            params.add(new ParameterInfo("diagrams", "diagram classes included", "all", "all, fusion, conversion"));
            classes = List.of("fusion", "conversion");
        }
        return new ProcessInfo(id, label(id), finalState(id), params, GeneratorCuts.ALL, defaultCuts(id), classes);
    }

    private static String label(String id) {
        switch (id) {
            case "alp-fusion": return "e+e- -> e+e- a, a -> gamma gamma (photon fusion + internal conversion)";
            case "alp-strahlung": return "e+e- -> gamma a, a -> gamma gamma";
            case "pi0-fusion": return "e+e- -> e+e- pi0, pi0 -> gamma gamma";
            case "eta-fusion": return "e+e- -> e+e- eta, eta -> gamma gamma";
            case "etaprime-fusion": return "e+e- -> e+e- eta', eta' -> gamma gamma";
            case "bhabha": return "e+e- -> e+e- (Bhabha)";
            case "bhabha-gamma": return "e+e- -> e+e- gamma";
            case "bhabha-2gamma": return "e+e- -> e+e- gamma gamma";
            case "diphoton": return "e+e- -> gamma gamma";
            case "triphoton": return "e+e- -> gamma gamma gamma";
            case "mumu": return "e+e- -> mu+mu-";
            case "pi0-gamma": return "e+e- -> gamma pi0, pi0 -> gamma gamma (transition form factor at q^2 = s)";
            case "eta-gamma": return "e+e- -> gamma eta, eta -> gamma gamma (transition form factor at q^2 = s)";
            case "etaprime-gamma": return "e+e- -> gamma eta', eta' -> gamma gamma (transition form factor at q^2 = s)";
            default: return id;
        }
    }

    private static List<Integer> finalState(String id) {
        switch (id) {
            case "mumu": return List.of(Pdg.MUON, Pdg.ANTIMUON);
            case "bhabha": return List.of(Pdg.ELECTRON, Pdg.POSITRON);
            case "bhabha-gamma": return List.of(Pdg.ELECTRON, Pdg.POSITRON, Pdg.PHOTON);
            case "bhabha-2gamma": return List.of(Pdg.ELECTRON, Pdg.POSITRON, Pdg.PHOTON, Pdg.PHOTON);
            case "diphoton": return List.of(Pdg.PHOTON, Pdg.PHOTON);
            case "triphoton": return List.of(Pdg.PHOTON, Pdg.PHOTON, Pdg.PHOTON);
            case "alp-strahlung", "pi0-gamma", "eta-gamma", "etaprime-gamma":
                return List.of(Pdg.PHOTON, Pdg.PHOTON, Pdg.PHOTON);
            default: return List.of(Pdg.ELECTRON, Pdg.POSITRON, Pdg.PHOTON, Pdg.PHOTON);
        }
    }

    /** Cuts that make divergent QED cross sections finite: Belle II-like 10-170 deg and E > 0.15 GeV. */
    static Map<String, Double> defaultCuts(String id) {
        Map<String, Double> cuts = new LinkedHashMap<>();
        if (NEEDS_ANGULAR_CUT.contains(id)) {
            cuts.put(GeneratorCuts.THETA_MIN_DEG, 10.0);
            cuts.put(GeneratorCuts.THETA_MAX_DEG, 170.0);
            cuts.put(GeneratorCuts.E_MIN_GEV, 0.15);
        }
        if (id.equals("bhabha-2gamma") || id.equals("triphoton")) {
            cuts.put(GeneratorCuts.ANGLE_GG_MIN_DEG, 1.0);
        }
        if (id.equals("bhabha-gamma") || id.equals("bhabha-2gamma")) {
            cuts.put(GeneratorCuts.ANGLE_LG_MIN_DEG, 1.0);
        }
        return cuts;
    }

    /**
     * Channels of the radiative QED processes (see {@link RadiativeChannel}): every photon either from the
     * beams or from one of the core particles (both orders for two photons from the same lepton), plus
     * RAMBO, which covers whatever the mapped channels leave out (their limits are set at half the cut
     * values, so with ISR boosts or without cuts the result stays correct, only slower).
     */
    static PhaseSpaceChannel[] radiativeChannels(String id, double[] masses, Map<String, Double> cuts, double sqrtS,
            boolean photonPairChannels) {
        double eMin = cuts.getOrDefault(GeneratorCuts.E_MIN_GEV, 0.0);
        double photonEMin = Math.max(eMin, cuts.getOrDefault(GeneratorCuts.PHOTON_E_MIN_GEV, 0.0));
        double leptonEMin = Math.max(eMin, cuts.getOrDefault(GeneratorCuts.LEPTON_E_MIN_GEV, 0.0));
        double thetaMin = Math.max(cuts.getOrDefault(GeneratorCuts.THETA_MIN_DEG, 0.0),
                180 - cuts.getOrDefault(GeneratorCuts.THETA_MAX_DEG, 180.0));
        double sepLg = cuts.getOrDefault(GeneratorCuts.ANGLE_LG_MIN_DEG, 0.0);
        // generation limits at half the cut values (floors keep the logarithms finite without cuts)
        double eGen = Math.max(photonEMin / 2, 1e-4 * sqrtS);
        double thetaGen = Math.toRadians(Math.max(thetaMin / 2, 0.05));
        double etaMax = -Math.log(Math.tan(thetaGen / 2));
        double pairMin = Math.max(0.5 * 2 * Math.max(leptonEMin, 1e-3) * eGen * (1 - Math.cos(Math.toRadians(sepLg))),
                1e-10 * sqrtS * sqrtS);
        double coreEps = (1 - Math.cos(Math.toRadians(Math.max(thetaMin, 0.1)))) / 4;
        RadiativeChannel.Limits limits = new RadiativeChannel.Limits(eGen, etaMax, pairMin, coreEps);
        List<PhaseSpaceChannel> list = new ArrayList<>();
        int[] none = {};
        switch (id) {
            case "triphoton":
                for (int radiated = 2; radiated <= 4; radiated++) {
                    int a = radiated == 2 ? 3 : 2;
                    int b = radiated == 4 ? 3 : 4;
                    list.add(new RadiativeChannel(masses, a, b, new int[] {radiated}, none, none,
                            RadiativeChannel.CoreAngle.RAPIDITY, limits));
                }
                break;
            case "bhabha-gamma":
                list.add(new RadiativeChannel(masses, 2, 3, new int[] {4}, none, none,
                        RadiativeChannel.CoreAngle.FORWARD_PEAK, limits));
                list.add(new RadiativeChannel(masses, 2, 3, none, new int[] {4}, none,
                        RadiativeChannel.CoreAngle.FORWARD_PEAK, limits));
                list.add(new RadiativeChannel(masses, 2, 3, none, none, new int[] {4},
                        RadiativeChannel.CoreAngle.FORWARD_PEAK, limits));
                break;
            case "bhabha-2gamma":
                // origin of photons 4 and 5: 0 = beams, 1 = e- (2), 2 = e+ (3)
                for (int o4 = 0; o4 < 3; o4++) {
                    for (int o5 = 0; o5 < 3; o5++) {
                        int[][] lists = {new int[0], new int[0], new int[0]};
                        lists[o4] = append(lists[o4], 4);
                        lists[o5] = append(lists[o5], 5);
                        list.add(new RadiativeChannel(masses, 2, 3, lists[0], lists[1], lists[2],
                                RadiativeChannel.CoreAngle.FORWARD_PEAK, limits));
                        if (o4 == o5 && o4 > 0) {
                            // the other order of the chain (5 innermost)
                            lists[o4] = new int[] {5, 4};
                            list.add(new RadiativeChannel(masses, 2, 3, lists[0], lists[1], lists[2],
                                    RadiativeChannel.CoreAngle.FORWARD_PEAK, limits));
                        }
                    }
                }
                break;
            default:
                throw new IllegalArgumentException("no radiative channels for " + id);
        }
        if (photonPairChannels && id.equals("bhabha-2gamma") && addPhotonPairChannels(list, cuts, sqrtS, coreEps)) {
            // each photon-pair channel covers the whole window: the radiative channels and RAMBO would only
            // add channel-weight floors and inverse mappings (measured: they adapt to the floor)
            return list.subList(list.size() - 12, list.size()).toArray(new PhaseSpaceChannel[0]);
        }
        list.add(new RamboChannel(masses));
        return list.toArray(new PhaseSpaceChannel[0]);
    }

    /**
     * With a photon-pair mass window (m_gg_min_gev &gt; 0): the twelve {@link PhotonPairChannel}s, which have
     * M_gg^2 as a variable, so that the window is sampled directly instead of as a thin slice of the
     * radiative channels' phase space (issue 10: those gave an unweighting efficiency of ~1e-6 there).
     */
    private static boolean addPhotonPairChannels(List<PhaseSpaceChannel> list, Map<String, Double> cuts, double sqrtS,
            double coreEps) {
        double mMin = cuts.getOrDefault(GeneratorCuts.M_GG_MIN_GEV, 0.0);
        double mMax = Math.min(cuts.getOrDefault(GeneratorCuts.M_GG_MAX_GEV, sqrtS), sqrtS);
        if (!(mMin > 0 && mMax > mMin)) {
            return false;
        }
        for (PhotonPairChannel.Origin origin : PhotonPairChannel.Origin.values()) {
            for (int axis = 2; axis <= 3; axis++) {
                for (int photon = 4; photon <= 5; photon++) {
                    list.add(new PhotonPairChannel(ELECTRON_MASS_GEV, origin, axis, photon, mMin, mMax, coreEps));
                }
            }
        }
        return true;
    }

    private static int[] append(int[] a, int v) {
        int[] r = java.util.Arrays.copyOf(a, a.length + 1);
        r[a.length] = v;
        return r;
    }

    static Map<String, Double> appliedCuts(ProcessRequest request) {
        Map<String, Double> cuts = new LinkedHashMap<>(defaultCuts(request.processId()));
        cuts.putAll(request.cuts());
        return cuts;
    }

    /** Validates the request and builds its integrand. */
    static ScatteringIntegrand integrand(ProcessRequest request, String source) {
        return integrand(request, source, false);
    }

    /** As above; {@code flatOnly} replaces the radiative channels by RAMBO alone (for before/after comparisons). */
    static ScatteringIntegrand integrand(ProcessRequest request, String source, boolean flatOnly) {
        return integrand(request, source, flatOnly ? ChannelSet.FLAT : ChannelSet.MAPPED);
    }

    /** Phase-space channels of the radiative QED processes, for comparisons of independent mappings. */
    enum ChannelSet {
        /** the best channels for the cuts: photon-pair channels with an M_gg window, else radiative + RAMBO */
        MAPPED,
        /** radiative channels + RAMBO, whatever the cuts */
        RADIATIVE,
        /** RAMBO alone */
        FLAT
    }

    static ScatteringIntegrand integrand(ProcessRequest request, String source, ChannelSet channelSet) {
        boolean flatOnly = channelSet == ChannelSet.FLAT;
        String id = request.processId();
        if (!ids().contains(id)) {
            throw new InvalidInputException(source, "process", id, String.join(", ", ids()));
        }
        double sqrtS = request.sqrtSGeV();
        if (!(sqrtS > 2 * 0.1057 && sqrtS <= 1000)) {
            throw new InvalidInputException(source, "sqrtSGeV", sqrtS, "a CM energy in (0.212, 1000] GeV");
        }
        if (!(request.relativePrecision() >= 1e-4 && request.relativePrecision() <= 0.5)) {
            throw new InvalidInputException(source, "precision", request.relativePrecision(), "a relative error in [1e-4, 0.5]");
        }
        if (!List.of("all", "fusion", "conversion").contains(request.diagrams())) {
            throw new InvalidInputException(source, "diagrams", request.diagrams(), "all, fusion, conversion");
        }
        Map<String, Double> params = new LinkedHashMap<>();
        if (id.startsWith("alp-")) {
            double m = request.massGeV();
            double limit = id.equals("alp-fusion") ? sqrtS - 2 * ELECTRON_MASS_GEV : sqrtS;
            if (Double.isNaN(m)) {
                throw new InvalidInputException(source, "massGeV", "(missing)", "an ALP mass in (0, " + limit
                        + ") GeV (required for " + id + "; --mass on the command line)");
            }
            if (!(m > 0 && m < limit)) {
                throw new InvalidInputException(source, "massGeV", m, "an ALP mass in (0, " + limit + ") GeV");
            }
            if (!(request.couplingPerGeV() > 0 && Double.isFinite(request.couplingPerGeV()))) {
                throw new InvalidInputException(source, "couplingPerGeV", request.couplingPerGeV(), "a coupling > 0 in GeV^-1");
            }
            params.put("massGeV", m);
            params.put("couplingPerGeV", request.couplingPerGeV());
        }
        if (!id.startsWith("alp-") && !Double.isNaN(request.massGeV())) {
            // a mass that does not apply would be echoed as if it had been used
            throw new InvalidInputException(source, "massGeV", request.massGeV(), "no mass: only the ALP processes ("
                    + String.join(", ", ids().stream().filter(p -> p.startsWith("alp-")).toList()) + ") take one, "
                    + id + " has fixed masses");
        }
        if (GAMMA_MESON.contains(id)) {
            params.put("sqrtSGeV", sqrtS); // the transition form factor is taken at q^2 = s
        }
        Map<String, Double> cuts = appliedCuts(request);
        if (NEEDS_ANGULAR_CUT.contains(id)) {
            double thetaMin = cuts.getOrDefault(GeneratorCuts.THETA_MIN_DEG, 0.0);
            double thetaMax = cuts.getOrDefault(GeneratorCuts.THETA_MAX_DEG, 180.0);
            if (!(thetaMin >= 0.5 && thetaMax <= 179.5)) {
                throw new InvalidInputException(source, "cut theta_min_deg/theta_max_deg", thetaMin + "/" + thetaMax,
                        "theta_min_deg >= 0.5 and theta_max_deg <= 179.5 (the " + id + " cross section diverges at the beams)");
            }
        }
        NamedCuts cut = new NamedCuts(cuts, source);
        MatrixElement me = MatrixElements.create(id, params, FUSION_LIKE.contains(id) ? request.diagrams() : "all");
        double[] masses = me.massesGeV();
        if (masses[masses.length - 1] >= sqrtS) {
            throw new InvalidInputException(source, "sqrtSGeV", sqrtS, "above the production threshold of " + id);
        }
        PhaseSpaceChannel[] channels;
        int[] decays = new int[0];
        double branching = 1;
        switch (id) {
            case "mumu":
                channels = new PhaseSpaceChannel[] {TwoBodyChannel.flat(masses)};
                break;
            case "bhabha":
                channels = new PhaseSpaceChannel[] {TwoBodyChannel.flat(masses), TwoBodyChannel.peaked(masses, 1, 1e-3)};
                break;
            case "diphoton":
                channels = new PhaseSpaceChannel[] {TwoBodyChannel.flat(masses), TwoBodyChannel.peaked(masses, 1, 1e-3),
                    TwoBodyChannel.peaked(masses, -1, 1e-3)};
                break;
            case "alp-strahlung":
                channels = new PhaseSpaceChannel[] {TwoBodyChannel.flat(masses)};
                decays = new int[] {3};
                break;
            case "pi0-gamma":
            case "eta-gamma":
            case "etaprime-gamma":
                channels = new PhaseSpaceChannel[] {TwoBodyChannel.flat(masses)};
                decays = new int[] {3};
                branching = id.equals("pi0-gamma") ? BR_PI0_GG : id.equals("eta-gamma") ? BR_ETA_GG : BR_ETAPRIME_GG;
                break;
            case "alp-fusion":
            case "pi0-fusion":
            case "eta-fusion":
            case "etaprime-fusion":
                double mX = masses[4];
                channels = new PhaseSpaceChannel[] {new PeripheralChannel(0, 2, 3, 4, ELECTRON_MASS_GEV, mX),
                    new PeripheralChannel(1, 3, 2, 4, ELECTRON_MASS_GEV, mX),
                    new ConversionChannel(2, 3, 4, ELECTRON_MASS_GEV, mX)};
                decays = new int[] {4};
                branching = id.equals("pi0-fusion") ? BR_PI0_GG : id.equals("eta-fusion") ? BR_ETA_GG
                        : id.equals("etaprime-fusion") ? BR_ETAPRIME_GG : 1;
                break;
            default:
                channels = flatOnly ? new PhaseSpaceChannel[] {new RamboChannel(masses)}
                        : radiativeChannels(id, masses, cuts, sqrtS, channelSet == ChannelSet.MAPPED);
        }
        int[][] daughters = new int[decays.length][];
        double[][] daughterMasses = new double[decays.length][];
        for (int k = 0; k < decays.length; k++) {
            daughters[k] = new int[] {Pdg.PHOTON, Pdg.PHOTON};
            daughterMasses[k] = new double[] {0, 0};
        }
        return new ScatteringIntegrand(me, channels, sqrtS, request.isr(), decays, daughters, daughterMasses, branching,
                cut);
    }
}
