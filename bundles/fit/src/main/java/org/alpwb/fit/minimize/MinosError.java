package org.alpwb.fit.minimize;

/**
 * Asymmetric errors of one parameter from a profile scan: the points where the objective,
 * minimised over all other parameters, rises by errorDef above its minimum.
 *
 * @param lower  negative (or zero) offset of the lower crossing from the best value
 * @param upper  positive (or zero) offset of the upper crossing
 * @param lowerValid false if the lower crossing was not found (e.g. a bound was hit first,
 *                   then {@code lower} is the distance to that bound)
 * @param upperValid same for the upper crossing
 * @param calls  objective evaluations spent
 */
public record MinosError(double lower, double upper, boolean lowerValid, boolean upperValid, int calls) {
}
