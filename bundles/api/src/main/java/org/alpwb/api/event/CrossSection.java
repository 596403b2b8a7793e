package org.alpwb.api.event;

/**
 * A Monte Carlo cross-section estimate in pb with its statistical uncertainty, and the number of
 * integrand evaluations that produced it.
 */
public record CrossSection(double valuePb, double errorPb, long evaluations) {
    public CrossSection {
        if (!(errorPb >= 0) || Double.isNaN(valuePb)) {
            throw new IllegalArgumentException("cross section " + valuePb + " +- " + errorPb + " pb is not valid");
        }
    }

    public double relativeError() {
        return valuePb == 0 ? 0 : errorPb / Math.abs(valuePb);
    }
}
