package org.alpwb.generators.internal;

/**
 * Leading-logarithm equivalent-photon estimate of sigma(e+e- -> e+e- a) for a J = 0 state of two-photon
 * coupling g (physics.md): (alpha^2 g^2 / 8 pi) ln^2(sqrt(s) / 2 m_e) f(z), z = m^2/s,
 * f(z) = (2 + z)^2 ln(1/z) - 2 (1 - z)(3 + z). Used as a validation reference and, in
 * {@link CrossSectionCurve}, as the shape divided out before the smooth fit (any smooth reference would
 * do: it only makes the fitted ratio flatter).
 */
final class EquivalentPhotons {
    static final double ALPHA = 1 / 137.035999;

    private EquivalentPhotons() {
    }

    /** sigma in pb. */
    static double alpFusionPb(double massGeV, double couplingPerGeV, double sqrtSGeV) {
        double z = massGeV * massGeV / (sqrtSGeV * sqrtSGeV);
        double f = (2 + z) * (2 + z) * Math.log(1 / z) - 2 * (1 - z) * (3 + z);
        double l = Math.log(sqrtSGeV / 2 / ProcessCatalog.ELECTRON_MASS_GEV);
        return ALPHA * ALPHA * couplingPerGeV * couplingPerGeV * l * l * f / (8 * Math.PI)
                * org.alpwb.physics.integration.ScatteringIntegrand.GEV2_TO_PB;
    }
}
