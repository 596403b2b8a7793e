package org.alpwb.api.detector;

/**
 * How a reconstructed object relates to the generated event. The byte codes are the ones stored in
 * {@link RecoBlock} columns and in its binary form; never renumber them.
 */
public enum TruthOrigin {
    /** Made directly by a generated final-state particle (truth index = that particle). */
    PRIMARY(0),
    /** A leg of a photon conversion in material (truth index = the converted generated photon). */
    CONVERSION(1),
    /** A bremsstrahlung photon radiated in material (truth index = the radiating generated lepton). */
    BREMSSTRAHLUNG(2),
    /** Beam-background overlay, no generated ancestor (truth index = -1). */
    BEAM_BACKGROUND(3);

    private final byte code;

    TruthOrigin(int code) {
        this.code = (byte) code;
    }

    public byte code() {
        return code;
    }

    public static TruthOrigin ofCode(int code) {
        for (TruthOrigin origin : values()) {
            if (origin.code == code) {
                return origin;
            }
        }
        throw new IllegalArgumentException("unknown truth origin code " + code + "; allowed: 0, 1, 2, 3");
    }
}
