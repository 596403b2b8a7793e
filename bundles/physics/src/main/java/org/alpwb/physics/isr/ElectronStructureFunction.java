package org.alpwb.physics.isr;

/**
 * Collinear initial-state radiation off one beam: the Kuraev-Fadin electron structure function
 * to O(beta) with the soft exponentiation, D(x) = (beta/2)(1-x)^(beta/2-1)(1 + 3 beta/8)
 * - (beta/4)(1 + x), beta = (2 alpha/pi)(ln(s/m_e^2) - 1) (Kuraev, Fadin, Sov. J. Nucl. Phys. 41
 * (1985) 466; the form used e.g. in Nicrosini-Trentadue and in MadGraph's ISR for e+e-).
 *
 * <p>Sampling: 1 - x = u^(2/beta) makes the integrable singularity flat; with y = 1 - x the
 * density of this map is (beta/2) y^(beta/2 - 1), so the sampling weight D/density is smooth.
 * 1 - x is kept as its own variable because it underflows far below the double resolution of x.
 */
public final class ElectronStructureFunction {
    public static final double ALPHA = 1 / 137.035999;
    public static final double ELECTRON_MASS_GEV = 0.51099895e-3;

    private final double beta;

    public ElectronStructureFunction(double sGeV2) {
        this.beta = 2 * ALPHA / Math.PI * (Math.log(sGeV2 / (ELECTRON_MASS_GEV * ELECTRON_MASS_GEV)) - 1);
    }

    public double beta() {
        return beta;
    }

    /** D(x) with y = 1 - x given. */
    public double density(double oneMinusX) {
        double x = 1 - oneMinusX;
        return beta / 2 * Math.pow(oneMinusX, beta / 2 - 1) * (1 + 3 * beta / 8) - beta / 4 * (1 + x);
    }

    /** 1 - x for a uniform u in [0, 1). */
    public double sampleOneMinusX(double u) {
        return Math.pow(1 - u, 2 / beta);
    }

    /**
     * D(x)/q(x) for the sampling density q(y) = (beta/2) y^(beta/2 - 1): the ISR weight of one beam,
     * (1 + 3 beta/8) - (1 + x)/2 y^(1 - beta/2). Written without the singular factor so that
     * y = 0 (underflow) is harmless.
     */
    public double weight(double oneMinusX) {
        double x = 1 - oneMinusX;
        return (1 + 3 * beta / 8) - 0.5 * (1 + x) * Math.pow(oneMinusX, 1 - beta / 2);
    }
}
