package org.alpwb.api.event;

/** PDG Monte Carlo particle numbers used by the workbench. */
public final class Pdg {
    public static final int ELECTRON = 11;
    public static final int POSITRON = -11;
    public static final int MUON = 13;
    public static final int ANTIMUON = -13;
    public static final int PION_PLUS = 211;
    public static final int PHOTON = 22;
    public static final int PI0 = 111;
    public static final int ETA = 221;
    public static final int ETA_PRIME = 331;
    /** The ALP, as in the MadGraph ALP_linear_UFO model. */
    public static final int ALP = 9000005;

    private Pdg() {
    }

    /** Electric charge in units of e for the particles above; 0 for neutral or unknown. */
    public static int charge(int pdgId) {
        switch (pdgId) {
            case POSITRON:
            case ANTIMUON:
            case PION_PLUS:
                return 1;
            case ELECTRON:
            case MUON:
            case -PION_PLUS:
                return -1;
            default:
                return 0;
        }
    }
}
