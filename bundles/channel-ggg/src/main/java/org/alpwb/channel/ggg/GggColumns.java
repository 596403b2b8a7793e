package org.alpwb.channel.ggg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.channel.Channel.Feature;

/**
 * Columns of the ggg candidate table. One row per (event, photon pairing): the three selected photons are ordered
 * by CM energy (1 = most energetic) and the row with {@code recoilRank} r takes photon r as the recoil photon and
 * the other two as the ALP candidate. Every row also carries the masses of all three pairings, so that a
 * selection can pick, per mass hypothesis, one pairing per event ({@link PairChoice}).
 */
final class GggColumns {
    private GggColumns() {
    }

    // ---- classifier features (ranges for normalisation) -----------------------------------
    static final String E_CM_1 = "photon1EnergyCmGeV";
    static final String E_CM_2 = "photon2EnergyCmGeV";
    static final String E_CM_3 = "photon3EnergyCmGeV";
    static final String COS_CM_1 = "photon1CosThetaCm";
    static final String COS_CM_2 = "photon2CosThetaCm";
    static final String COS_CM_3 = "photon3CosThetaCm";
    static final String RECOIL_E_CM = "recoilEnergyCmGeV";
    static final String RECOIL_COS_CM = "recoilCosThetaCm";
    static final String PAIR_OPENING = "pairOpeningAngleRad";
    static final String PAIR_HELICITY_COS = "pairHelicityAbsCos";
    static final String PAIR_ASYMMETRY = "pairEnergyAsymmetry";
    static final String TOTAL_E_FRACTION = "totalEnergyCmOverSqrtS";
    static final String M_GGG = "mGammaGammaGammaGeV";

    static final List<Feature> FEATURES = List.of(new Feature(E_CM_1, 0, 6, "GeV"), new Feature(E_CM_2, 0, 6, "GeV"),
            new Feature(E_CM_3, 0, 6, "GeV"), new Feature(COS_CM_1, -1, 1, "1"), new Feature(COS_CM_2, -1, 1, "1"),
            new Feature(COS_CM_3, -1, 1, "1"), new Feature(RECOIL_E_CM, 0, 6, "GeV"),
            new Feature(RECOIL_COS_CM, -1, 1, "1"), new Feature(PAIR_OPENING, 0, Math.PI, "rad"),
            new Feature(PAIR_HELICITY_COS, 0, 1, "1"), new Feature(PAIR_ASYMMETRY, 0, 1, "1"),
            new Feature(TOTAL_E_FRACTION, 0, 1.2, "1"), new Feature(M_GGG, 0, 12, "GeV"));

    // ---- scan variable, pairings, selection variables ----------------------------------------
    /** Invariant mass of this row's photon pair (the scan variable). */
    static final String M_GG = "mGammaGammaGeV";
    static final String M_PAIR_1 = "mPairRecoil1GeV";
    static final String M_PAIR_2 = "mPairRecoil2GeV";
    static final String M_PAIR_3 = "mPairRecoil3GeV";
    static final String RECOIL_RANK = "recoilRank";
    static final String MIN_E_CM = "minEnergyCmGeV";
    static final String MIN_THETA_LAB = "minThetaLabRad";
    static final String MAX_THETA_LAB = "maxThetaLabRad";
    static final String PHOTONS = "nPhotons";
    static final String GOOD_TRACKS = "nGoodTracks";
    static final String EXTRA_ENERGY = "extraPhotonEnergyLabGeV";
    static final String MIN_BB_SCORE = "minBeamBackgroundScore";
    // ---- truth and bookkeeping -------------------------------------------------------------
    static final String TRUTH_SIGNAL = "truthSignal";
    static final String TRUTH_DIAGRAM = "truthDiagram";
    static final String TRUTH_ALP_MASS = "truthAlpMassGeV";
    static final String EVENT = "eventNumber";
    static final String WEIGHT = "weightPb";

    static final List<String> OTHER = List.of(M_GG, M_PAIR_1, M_PAIR_2, M_PAIR_3, RECOIL_RANK, MIN_E_CM,
            MIN_THETA_LAB, MAX_THETA_LAB, PHOTONS, GOOD_TRACKS, EXTRA_ENERGY, MIN_BB_SCORE, TRUTH_SIGNAL,
            TRUTH_DIAGRAM, TRUTH_ALP_MASS, EVENT, WEIGHT);

    /** All columns, features first, in row order. */
    static final List<String> ALL = all();
    private static final Map<String, Integer> INDEX = index(ALL);

    private static List<String> all() {
        List<String> names = new ArrayList<>();
        FEATURES.forEach(f -> names.add(f.name()));
        names.addAll(OTHER);
        return List.copyOf(names);
    }

    private static Map<String, Integer> index(List<String> names) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), i);
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
