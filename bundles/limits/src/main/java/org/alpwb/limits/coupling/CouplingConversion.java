package org.alpwb.limits.coupling;

import org.alpwb.api.InvalidInputException;

/**
 * The ALP-photon coupling limit from a cross-section limit (thesis eq. 9.2): the signal cross section
 * scales as g^2 at fixed mass, so g_UL = g_ref sqrt(sigma_UL / sigma(g_ref)).
 */
public final class CouplingConversion {
    private CouplingConversion() {
    }

    /**
     * @param sigmaUpperLimit cross-section upper limit (any unit)
     * @param gReference      coupling the reference cross section was computed with (e.g. GeV^-1)
     * @param sigmaReference  cross section at {@code gReference}, same unit as the limit
     */
    public static double couplingLimit(double sigmaUpperLimit, double gReference, double sigmaReference) {
        positive(sigmaUpperLimit, "sigmaUpperLimit");
        positive(gReference, "gReference");
        positive(sigmaReference, "sigmaReference");
        return gReference * Math.sqrt(sigmaUpperLimit / sigmaReference);
    }

    /**
     * Naive projection of a coupling limit to another luminosity, valid when the limit on the signal
     * yield scales like sqrt(B) (background dominated): g ~ L^(-1/4), as the thesis does for 569 fb^-1.
     */
    public static double naiveLuminosityScaling(double couplingLimit, double lumiFrom, double lumiTo) {
        positive(couplingLimit, "couplingLimit");
        positive(lumiFrom, "lumiFrom");
        positive(lumiTo, "lumiTo");
        return couplingLimit * Math.pow(lumiFrom / lumiTo, 0.25);
    }

    private static void positive(double v, String field) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InvalidInputException("coupling conversion", field, v, "a finite number > 0");
        }
    }
}
