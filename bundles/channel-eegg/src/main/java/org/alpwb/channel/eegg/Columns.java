package org.alpwb.channel.eegg;

import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.channel.Channel.Feature;

/** Column names of the eegg candidate table and the classifier features of thesis Table 7.1. */
final class Columns {
    private Columns() {
    }

    // ---- Table 7.1, in its order (ranges and units from the table) ----------------------------
    static final String ALP_ENERGY = "alpEnergyGeV";
    static final String ALP_PT = "alpPtGeV";
    static final String ALP_PZ = "alpPzGeV";
    static final String GAMMA_LOW_ENERGY = "gammaLowEnergyGeV";
    static final String GAMMA_HIGH_ENERGY = "gammaHighEnergyGeV";
    static final String E_PLUS_ENERGY = "ePlusEnergyGeV";
    static final String E_MINUS_ENERGY = "eMinusEnergyGeV";
    static final String ENERGY_SIMILARITY = "energySimilarity";
    static final String ECL_EP_EM = "angleEclEPlusEMinus";
    static final String TRACK_EP_EM = "angleTrackEPlusEMinus";
    static final String ECL_EP_GH = "angleEclEPlusGammaHigh";
    static final String TRACK_EP_GH = "angleTrackEPlusGammaHigh";
    static final String ECL_EP_GL = "angleEclEPlusGammaLow";
    static final String TRACK_EP_GL = "angleTrackEPlusGammaLow";
    static final String ECL_EM_GH = "angleEclEMinusGammaHigh";
    static final String TRACK_EM_GH = "angleTrackEMinusGammaHigh";
    static final String ECL_EM_GL = "angleEclEMinusGammaLow";
    static final String TRACK_EM_GL = "angleTrackEMinusGammaLow";
    static final String ECL_GL_GH = "angleEclGammaLowGammaHigh";
    static final String E_OVER_P_EM = "eOverPEMinus";
    static final String E_OVER_P_EP = "eOverPEPlus";
    static final String S_EM = "sProxyEMinusGeV";
    static final String S_EP = "sProxyEPlusGeV";
    static final String T_PLUS_EM = "tPlusProxyEMinusGeV";
    static final String T_MINUS_EM = "tMinusProxyEMinusGeV";
    static final String T_PLUS_EP = "tPlusProxyEPlusGeV";
    static final String T_MINUS_EP = "tMinusProxyEPlusGeV";

    static final List<Feature> FEATURES = List.of(
            new Feature(ALP_ENERGY, 0, 20, "GeV"), new Feature(ALP_PT, 0, 20, "GeV"),
            new Feature(ALP_PZ, -10, 15, "GeV"), new Feature(GAMMA_LOW_ENERGY, 0, 7, "GeV"),
            new Feature(GAMMA_HIGH_ENERGY, 0, 7, "GeV"), new Feature(E_PLUS_ENERGY, 0, 7, "GeV"),
            new Feature(E_MINUS_ENERGY, 0, 7, "GeV"), new Feature(ENERGY_SIMILARITY, 0, 1, "1"),
            new Feature(ECL_EP_EM, 0, 3.5, "rad"), new Feature(TRACK_EP_EM, 0, 3.5, "rad"),
            new Feature(ECL_EP_GH, 0, 3.5, "rad"), new Feature(TRACK_EP_GH, 0, 3.5, "rad"),
            new Feature(ECL_EP_GL, 0, 3.5, "rad"), new Feature(TRACK_EP_GL, 0, 3.5, "rad"),
            new Feature(ECL_EM_GH, 0, 3.5, "rad"), new Feature(TRACK_EM_GH, 0, 3.5, "rad"),
            new Feature(ECL_EM_GL, 0, 3.5, "rad"), new Feature(TRACK_EM_GL, 0, 3.5, "rad"),
            new Feature(ECL_GL_GH, 0, 3.5, "rad"), new Feature(E_OVER_P_EM, 0, 5, "1"),
            new Feature(E_OVER_P_EP, 0, 5, "1"), new Feature(S_EM, -2, 12, "GeV"), new Feature(S_EP, -2, 12, "GeV"),
            new Feature(T_PLUS_EM, -1, 11, "GeV"), new Feature(T_MINUS_EM, -1, 11, "GeV"),
            new Feature(T_PLUS_EP, -1, 11, "GeV"), new Feature(T_MINUS_EP, -1, 11, "GeV"));

    // ---- masses, fits, selection variables -------------------------------------------------
    static final String M_GG_FIT = "mGammaGammaGeV";
    static final String M_GG_BF = "mGammaGammaBfGeV";
    static final String M_EEGG_BF = "mEeggBfGeV";
    static final String M_EE = "mEeGeV";
    static final String RECOIL_M2 = "recoilMass2GeV2";
    static final String FIT_CHI2 = "fitChi2";
    static final String FIT_PVALUE = "fitPValue";
    static final String FIT_CONVERGED = "fitConverged";
    static final String FIT_ITERATIONS = "fitIterations";
    /**
     * Fit hypothesis: 0 = 4C; 1 = e+ radiated an unmeasured collinear photon in the material, 2 = e- did (3C);
     * 3 = both did (2C). Total fitted energy of those photons in {@link #FIT_RADIATED_ENERGY}.
     */
    static final String FIT_HYPOTHESIS = "fitHypothesis";
    static final String FIT_RADIATED_ENERGY = "fitRadiatedEnergyGeV";
    static final String VERTEX_D = "vertexDCm";
    static final String VERTEX_D_ERROR = "vertexDErrorCm";
    static final String VERTEX_CHI2 = "vertexChi2";
    static final String VERTEX_CONVERGED = "vertexConverged";
    static final String EID_EP = "electronIdEPlus";
    static final String EID_EM = "electronIdEMinus";
    static final String DIST_TRACK_GL = "gammaLowDistanceToTrackCm";
    static final String BB_SCORE_GL = "gammaLowBeamBackgroundScore";
    static final String BB_SCORE_GH = "gammaHighBeamBackgroundScore";
    static final String TIME_SPREAD = "clusterTimeSpreadNs";
    static final String GOOD_TRACKS = "nGoodTracks";
    static final String CANDIDATES = "nCandidates";
    static final String T_PLUS = "tPlusGeV2";
    static final String T_MINUS = "tMinusGeV2";
    static final String S_PLUS = "sPlusGeV2";
    static final String S_MINUS = "sMinusGeV2";
    static final String E_STAR_MIN = "minEnergyCmGeV";
    static final String THETA_STAR_MIN = "minThetaCmRad";
    static final String THETA_STAR_MAX = "maxThetaCmRad";
    static final String MIN_SEPARATION = "minAngularSeparationRad";
    // ---- truth and bookkeeping ---------------------------------------------------------------
    static final String TRUTH_SIGNAL = "truthSignal";
    static final String TRUTH_DIAGRAM = "truthDiagram";
    static final String TRUTH_ALP_MASS = "truthAlpMassGeV";
    static final String EVENT = "eventNumber";
    static final String WEIGHT = "weightPb";

    /** 0 = unknown, 1 = photon fusion, 2 = ALP-strahlung with internal conversion. */
    static final double DIAGRAM_UNKNOWN = 0;
    static final double DIAGRAM_FUSION = 1;
    static final double DIAGRAM_CONVERSION = 2;

    static final List<String> OTHER = List.of(M_GG_FIT, M_GG_BF, M_EEGG_BF, M_EE, RECOIL_M2, FIT_CHI2, FIT_PVALUE,
            FIT_CONVERGED, FIT_ITERATIONS, VERTEX_D, VERTEX_D_ERROR, VERTEX_CHI2, VERTEX_CONVERGED, EID_EP, EID_EM,
            DIST_TRACK_GL, BB_SCORE_GL, BB_SCORE_GH, TIME_SPREAD, GOOD_TRACKS, CANDIDATES, T_PLUS, T_MINUS, S_PLUS,
            S_MINUS, E_STAR_MIN, THETA_STAR_MIN, THETA_STAR_MAX, MIN_SEPARATION, FIT_HYPOTHESIS,
            FIT_RADIATED_ENERGY, TRUTH_SIGNAL, TRUTH_DIAGRAM,
            TRUTH_ALP_MASS, EVENT, WEIGHT);

    /** All columns, features first, in row order. */
    static final List<String> ALL = all();

    private static List<String> all() {
        List<String> names = new ArrayList<>();
        FEATURES.forEach(f -> names.add(f.name()));
        names.addAll(OTHER);
        return List.copyOf(names);
    }

    private static final java.util.Map<String, Integer> INDEX = indexMap();

    private static java.util.Map<String, Integer> indexMap() {
        java.util.Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < ALL.size(); i++) {
            map.put(ALL.get(i), i);
        }
        return map;
    }

    static int index(String name) {
        Integer i = INDEX.get(name);
        if (i == null) {
            throw new IllegalStateException("unknown column " + name);
        }
        return i;
    }
}
