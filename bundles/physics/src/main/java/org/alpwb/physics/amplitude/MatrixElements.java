package org.alpwb.physics.amplitude;

import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;

/**
 * Creates the matrix elements of the workbench by process id. Particle order (after e-(p1) e+(p2)):
 * <pre>
 * mumu            mu-  mu+
 * bhabha          e-   e+
 * bhabha-gamma    e-   e+   gamma
 * bhabha-2gamma   e-   e+   gamma gamma
 * diphoton        gamma gamma
 * triphoton       gamma gamma gamma
 * alp-strahlung   gamma a
 * alp-fusion      e-   e+   a            (diagrams = all | fusion | conversion)
 * pi0-fusion, eta-fusion, etaprime-fusion   e- e+ P
 * pi0-gamma, eta-gamma, etaprime-gamma      gamma P   (sqrtSGeV, default 10.58: form factor at q^2 = s)
 * </pre>
 * Parameters: {@code massGeV} and {@code couplingPerGeV} (default 1e-3 GeV^-1) for the ALP;
 * {@code diagrams} as a number (0 = all, 1 = fusion, 2 = conversion) in the map, or use
 * {@link #create(String, Map, String)}. Mesons take their PDG mass and g_P^2 = 64 pi Gamma_gg / m^3.
 *
 * <p>|M|^2 contains no symmetry factor for identical final photons: the integrator applies 1/n!.
 */
public final class MatrixElements {

    /** Default ALP coupling of the thesis, g = 1e-3 GeV^-1. */
    public static final double DEFAULT_COUPLING_PER_GEV = 1e-3;

    /** The process ids {@link #create} accepts. */
    public static final List<String> PROCESS_IDS = List.of("mumu", "bhabha", "diphoton", "triphoton", "bhabha-gamma",
            "bhabha-2gamma", "alp-strahlung", "alp-fusion", "pi0-fusion", "eta-fusion", "etaprime-fusion", "pi0-gamma",
            "eta-gamma", "etaprime-gamma");

    private MatrixElements() {
    }

    /** Point-like two-photon coupling of a pseudoscalar meson: g = sqrt(64 pi Gamma_gg / m^3). */
    public static double mesonCouplingPerGeV(double widthGammaGammaGeV, double massGeV) {
        return Math.sqrt(64 * Math.PI * widthGammaGammaGeV / (massGeV * massGeV * massGeV));
    }

    public static MatrixElement create(String processId, Map<String, Double> params) {
        Double d = params.get("diagrams");
        String diagrams = d == null ? "all" : d.intValue() == 1 ? "fusion" : d.intValue() == 2 ? "conversion" : "all";
        return create(processId, params, diagrams);
    }

    public static MatrixElement create(String processId, Map<String, Double> params, String diagrams) {
        PseudoscalarFusion.Diagrams which;
        switch (diagrams == null ? "all" : diagrams) {
            case "all": which = PseudoscalarFusion.Diagrams.ALL; break;
            case "fusion": which = PseudoscalarFusion.Diagrams.FUSION; break;
            case "conversion": which = PseudoscalarFusion.Diagrams.CONVERSION; break;
            default:
                throw new InvalidInputException("matrix element", "diagrams", diagrams, "all, fusion or conversion");
        }
        double g = params.getOrDefault("couplingPerGeV", DEFAULT_COUPLING_PER_GEV);
        switch (processId) {
            case "mumu":
                return new QedFermionLines(true, false, 13, Constants.MUON_MASS_GEV, 0);
            case "bhabha":
                return new QedFermionLines(true, true, 11, Constants.ELECTRON_MASS_GEV, 0);
            case "bhabha-gamma":
                return new QedFermionLines(true, true, 11, Constants.ELECTRON_MASS_GEV, 1);
            case "bhabha-2gamma":
                return new QedFermionLines(true, true, 11, Constants.ELECTRON_MASS_GEV, 2);
            case "diphoton":
                return new QedFermionLines(false, false, 0, 0, 2);
            case "triphoton":
                return new QedFermionLines(false, false, 0, 0, 3);
            case "alp-strahlung":
                return new AlpStrahlung(alpMass(params), g, 9000005);
            case "alp-fusion":
                return new PseudoscalarFusion(alpMass(params), g, 9000005, which);
            case "pi0-fusion":
                return meson(Mesons.PI0_MASS_GEV, Mesons.PI0_GAMMA_GAMMA_GEV, 111, which);
            case "eta-fusion":
                return meson(Mesons.ETA_MASS_GEV, Mesons.ETA_GAMMA_GAMMA_GEV, 221, which);
            case "etaprime-fusion":
                return meson(Mesons.ETA_PRIME_MASS_GEV, Mesons.ETA_PRIME_GAMMA_GAMMA_GEV, 331, which);
            case "pi0-gamma":
                return gammaMeson(GammaMesonProduction.PI0, params);
            case "eta-gamma":
                return gammaMeson(GammaMesonProduction.ETA, params);
            case "etaprime-gamma":
                return gammaMeson(GammaMesonProduction.ETA_PRIME, params);
            default:
                throw new InvalidInputException("matrix element", "process", processId, String.join(", ", PROCESS_IDS));
        }
    }

    private static MatrixElement meson(double mass, double width, int pdg, PseudoscalarFusion.Diagrams which) {
        return new PseudoscalarFusion(mass, mesonCouplingPerGeV(width, mass), pdg, which);
    }

    private static MatrixElement gammaMeson(GammaMesonProduction.Meson meson, Map<String, Double> params) {
        double sqrtS = params.getOrDefault("sqrtSGeV", GammaMesonProduction.REFERENCE_SQRT_S_GEV);
        if (!(sqrtS > meson.massGeV())) {
            throw new InvalidInputException("matrix element", "sqrtSGeV", sqrtS,
                    "the CM energy in GeV (the transition form factor is taken at q^2 = s)");
        }
        return new AlpStrahlung(meson.massGeV(), GammaMesonProduction.couplingPerGeV(meson, sqrtS), meson.pdgId());
    }

    private static double alpMass(Map<String, Double> params) {
        Double m = params.get("massGeV");
        if (m == null || !(m >= 0) || Double.isInfinite(m)) {
            throw new InvalidInputException("matrix element", "massGeV", m, "a finite ALP mass >= 0 in GeV");
        }
        return m;
    }

    /** PDG masses and two-photon widths of the peaking backgrounds (physics.md). */
    public static final class Mesons {
        public static final double PI0_MASS_GEV = 0.1349768;
        public static final double ETA_MASS_GEV = 0.547862;
        public static final double ETA_PRIME_MASS_GEV = 0.95778;
        /** PrimEx-II: 7.802 eV. */
        public static final double PI0_GAMMA_GAMMA_GEV = 7.802e-9;
        public static final double ETA_GAMMA_GAMMA_GEV = 0.516e-6;
        public static final double ETA_PRIME_GAMMA_GAMMA_GEV = 4.34e-6;

        private Mesons() {
        }
    }
}
