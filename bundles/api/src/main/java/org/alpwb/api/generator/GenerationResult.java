package org.alpwb.api.generator;

/**
 * Outcome of event generation: the cross section (integration), events delivered, trial points
 * used, the fraction of unweighted events that exceeded the maximum weight (kept with weight
 * w/wmax times the nominal one) and the sum of the delivered weights in pb.
 */
public record GenerationResult(CrossSectionResult crossSection, long events, long trials, double overweightFraction,
        double sumOfWeightsPb) {
}
