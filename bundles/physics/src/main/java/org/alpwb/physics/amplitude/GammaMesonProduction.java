package org.alpwb.physics.amplitude;

/**
 * e+e- -> gamma* -> gamma P (P = pi0, eta, eta') at Q^2 = s, as ALP-strahlung with an effective coupling. The
 * gamma* gamma P vertex is e^2 F(q^2) epsilon(mu nu alpha beta) ..., so with Gamma(P -> gamma gamma) = pi alpha^2 m^3
 * |F(0)|^2 / 4 the equivalent ALP coupling is g = 4 pi alpha |F(s)|, and sigma = (alpha g^2 / 24)(1 - m^2/s)^3 =
 * (2 pi^2 alpha^3 / 3) |F(s)|^2 (1 - m^2/s)^3, the formula BaBar used for its time-like form factors.
 *
 * <p>A point-like coupling from Gamma(P -> gamma gamma) (|F(s)| = |F(0)|) would be wrong by orders of magnitude at
 * s = 112 GeV^2: the form factor falls like 1/q^2. Normalisation, per meson (documented in
 * docs/PHYSICS-VALIDATION.md, section "Peaking backgrounds of the ggg channel"):
 * <ul>
 * <li>eta, eta': the measured cross sections at sqrt(s) = 10.58 GeV, BaBar, B. Aubert et al., Phys. Rev. D 74,
 * 012002 (2006): sigma(e+e- -> eta gamma) = 4.5 (+1.2 -1.1) (stat) +- 0.3 (syst) fb, sigma(e+e- -> eta' gamma) =
 * 5.4 +- 0.8 +- 0.3 fb (values as we recall them from the paper: check before relying on them);</li>
 * <li>pi0: no time-like measurement exists at this energy. ASSUMPTION: q^2 |F(q^2)| = 0.185 GeV, the
 * Brodsky-Lepage asymptotic value sqrt(2) f_pi with f_pi = 130.4 MeV; the space-like data of BaBar (PRD 80,
 * 052002 (2009)) and Belle (PRD 86, 092007 (2012)) at Q^2 = 10-40 GeV^2 lie between about 0.15 and 0.25 GeV, i.e.
 * this cross section is uncertain by a factor ~2.</li>
 * </ul>
 * Away from sqrt(s) = 10.58 GeV the measured point is scaled with |F| ~ 1/q^2 (pQCD).
 */
public final class GammaMesonProduction {
    /** sqrt(s) of the BaBar measurements, GeV. */
    public static final double REFERENCE_SQRT_S_GEV = 10.58;
    /** 1 GeV^-2 in fb. */
    static final double FB_PER_INV_GEV2 = 0.3893794e12;

    /** One meson: PDG id, mass, the cross section at the reference energy (fb) and whether it was measured. */
    public record Meson(String name, int pdgId, double massGeV, double referenceCrossSectionFb,
            double referenceErrorFb, boolean measured, String source) {
    }

    public static final Meson ETA = new Meson("eta", 221, MatrixElements.Mesons.ETA_MASS_GEV, 4.5, 1.2, true,
            "BaBar PRD 74, 012002 (2006)");
    public static final Meson ETA_PRIME = new Meson("eta'", 331, MatrixElements.Mesons.ETA_PRIME_MASS_GEV, 5.4, 0.85,
            true, "BaBar PRD 74, 012002 (2006)");
    /** q^2 |F_pi0(q^2)| assumed at q^2 = s (GeV): sqrt(2) f_pi, f_pi = 130.4 MeV. */
    public static final double PI0_Q2_FORM_FACTOR_GEV = Math.sqrt(2) * 0.1304;
    public static final Meson PI0 = new Meson("pi0", 111, MatrixElements.Mesons.PI0_MASS_GEV,
            crossSectionFb(PI0_Q2_FORM_FACTOR_GEV, MatrixElements.Mesons.PI0_MASS_GEV, REFERENCE_SQRT_S_GEV), Double.NaN,
            false, "assumption: Brodsky-Lepage limit q^2 F = sqrt(2) f_pi");

    private GammaMesonProduction() {
    }

    /** sigma(e+e- -> gamma P) in fb for a given q^2 |F(q^2)| (GeV) at q^2 = s. */
    public static double crossSectionFb(double q2FormFactorGeV, double massGeV, double sqrtSGeV) {
        double s = sqrtSGeV * sqrtSGeV;
        double f = q2FormFactorGeV / s;
        double a = Constants.ALPHA;
        return 2 * Math.PI * Math.PI * a * a * a / 3 * f * f * Math.pow(1 - massGeV * massGeV / s, 3)
                * FB_PER_INV_GEV2;
    }

    /** q^2 |F(q^2 = s)| (GeV) that reproduces the meson's reference cross section. */
    public static double q2FormFactorGeV(Meson meson) {
        double unit = crossSectionFb(1, meson.massGeV(), REFERENCE_SQRT_S_GEV);
        return Math.sqrt(meson.referenceCrossSectionFb() / unit);
    }

    /** The equivalent ALP coupling g = 4 pi alpha |F(s)| (GeV^-1) at sqrt(s), with |F| ~ 1/q^2 from the reference. */
    public static double couplingPerGeV(Meson meson, double sqrtSGeV) {
        return 4 * Math.PI * Constants.ALPHA * q2FormFactorGeV(meson) / (sqrtSGeV * sqrtSGeV);
    }
}
