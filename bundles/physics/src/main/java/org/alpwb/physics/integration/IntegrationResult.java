package org.alpwb.physics.integration;

import org.alpwb.api.event.CrossSection;

/**
 * The result of an integration: the estimate (mean weight of the frozen-grid points only) with its
 * standard error, the largest weight seen, the adapted state, and the reference weight for
 * unweighting: {@code unweightingMaxWeight} &lt;= {@code maxWeight} is the smallest weight w_c such that
 * the points above it carry at most {@link MultiChannelIntegrator#OVERWEIGHT_TOLERANCE} of the cross
 * section in their excess over w_c (measured on the frozen sample; {@code excessFraction} is that
 * share). Unweighting against w_c instead of the single largest weight raises the efficiency a lot for
 * processes with rare huge weights, at the price of a few overweight events (kept, with weight ratio r &gt; 1).
 */
public record IntegrationResult(CrossSection crossSection, double maxWeight, long points, long nonZeroPoints,
        SamplingState state, double unweightingMaxWeight, double excessFraction) {

    /** A result whose unweighting reference is the largest weight (no excess). */
    public IntegrationResult(CrossSection crossSection, double maxWeight, long points, long nonZeroPoints,
            SamplingState state) {
        this(crossSection, maxWeight, points, nonZeroPoints, state, maxWeight, 0);
    }

    public double valuePb() {
        return crossSection.valuePb();
    }

    public double errorPb() {
        return crossSection.errorPb();
    }

    /** Expected fraction of trial points accepted by unweighting against {@link #unweightingMaxWeight}. */
    public double unweightingEfficiency() {
        return unweightingMaxWeight > 0 ? crossSection.valuePb() * (1 - excessFraction) / unweightingMaxWeight : 0;
    }
}
