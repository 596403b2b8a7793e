package org.alpwb.api.generator;

import java.util.List;

/**
 * Names of generator-level cuts. All act in the e+e- centre-of-mass frame (the generator frame) on
 * final-state charged leptons ("lepton") and photons ("photon"); angles in degrees, energies and
 * masses in GeV. A cut applies to every particle of its kind; the unprefixed ones to both kinds.
 */
public final class GeneratorCuts {
    public static final String THETA_MIN_DEG = "theta_min_deg";
    public static final String THETA_MAX_DEG = "theta_max_deg";
    public static final String E_MIN_GEV = "e_min_gev";
    public static final String LEPTON_THETA_MIN_DEG = "lepton_theta_min_deg";
    public static final String LEPTON_THETA_MAX_DEG = "lepton_theta_max_deg";
    public static final String LEPTON_E_MIN_GEV = "lepton_e_min_gev";
    public static final String PHOTON_THETA_MIN_DEG = "photon_theta_min_deg";
    public static final String PHOTON_THETA_MAX_DEG = "photon_theta_max_deg";
    public static final String PHOTON_E_MIN_GEV = "photon_e_min_gev";
    /** Invariant mass of the final e+e- (or l+l-) pair. */
    public static final String M_LL_MIN_GEV = "m_ll_min_gev";
    /** Invariant mass of every photon pair. */
    public static final String M_GG_MIN_GEV = "m_gg_min_gev";
    public static final String M_GG_MAX_GEV = "m_gg_max_gev";
    /** Opening angle of every photon pair. */
    public static final String ANGLE_GG_MIN_DEG = "angle_gg_min_deg";
    /** Opening angle of every lepton-photon pair. */
    public static final String ANGLE_LG_MIN_DEG = "angle_lg_min_deg";

    public static final List<String> ALL = List.of(THETA_MIN_DEG, THETA_MAX_DEG, E_MIN_GEV, LEPTON_THETA_MIN_DEG,
            LEPTON_THETA_MAX_DEG, LEPTON_E_MIN_GEV, PHOTON_THETA_MIN_DEG, PHOTON_THETA_MAX_DEG, PHOTON_E_MIN_GEV,
            M_LL_MIN_GEV, M_GG_MIN_GEV, M_GG_MAX_GEV, ANGLE_GG_MIN_DEG, ANGLE_LG_MIN_DEG);

    private GeneratorCuts() {
    }
}
