package org.alpwb.physics.amplitude;

/** Physical constants of the matrix elements (physics.md, "Units and constants"; PDG). */
final class Constants {
    /** Fine-structure constant in the Thomson limit (real photons). */
    static final double ALPHA = 1.0 / 137.035999;
    static final double ELECTRON_MASS_GEV = 0.51099895e-3;
    static final double MUON_MASS_GEV = 0.1056584;

    private Constants() {
    }
}
