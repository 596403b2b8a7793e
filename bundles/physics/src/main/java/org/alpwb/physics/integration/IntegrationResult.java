package org.alpwb.physics.integration;

import org.alpwb.api.event.CrossSection;

/**
 * The result of an integration: the estimate (mean weight of the frozen-grid points only) with its
 * standard error, the largest weight seen (for unweighting), the adapted state, and the expected
 * unweighting efficiency mean/max.
 */
public record IntegrationResult(CrossSection crossSection, double maxWeight, long points, long nonZeroPoints,
        SamplingState state) {

    public double valuePb() {
        return crossSection.valuePb();
    }

    public double errorPb() {
        return crossSection.errorPb();
    }

    /** Expected fraction of trial points accepted by unweighting against {@link #maxWeight}. */
    public double unweightingEfficiency() {
        return maxWeight > 0 ? crossSection.valuePb() / maxWeight : 0;
    }
}
