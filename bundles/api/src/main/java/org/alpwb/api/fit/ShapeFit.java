package org.alpwb.api.fit;

/**
 * Result of a signal shape fit on [low, high].
 *
 * @param parameters shape parameters (e.g. mu, sigma, alphaL, nL, alphaR, nR for the DSCB)
 * @param quality    convergence and goodness of fit
 * @param low        fit range lower edge
 * @param high       fit range upper edge
 * @param sumWeights sum of the weights of the events in range
 */
public record ShapeFit(FitParameters parameters, FitQuality quality, double low, double high, double sumWeights) {
}
