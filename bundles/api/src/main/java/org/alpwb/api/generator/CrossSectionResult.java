package org.alpwb.api.generator;

import org.alpwb.api.event.CrossSection;

/**
 * A cross section within the request's cuts, with its MC error, the cuts actually applied (request
 * or process defaults) and the expected unweighting efficiency (mean weight / maximum weight).
 */
public record CrossSectionResult(ProcessRequest request, CrossSection crossSection, java.util.Map<String, Double> appliedCuts,
        double unweightingEfficiency) {
    public CrossSectionResult {
        appliedCuts = java.util.Map.copyOf(appliedCuts);
    }
}
