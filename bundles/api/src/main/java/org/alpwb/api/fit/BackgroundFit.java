package org.alpwb.api.fit;

/**
 * Result of a background fit on [low, high], optionally blind in [blindLow, blindHigh].
 *
 * @param parameters      yield (first, named {@code yield}: expected count on the whole range,
 *                        window included) then the shape coefficients
 * @param quality         convergence and goodness of fit (on the bins used)
 * @param windowExpected  expected background count in the blind window (NaN if none)
 * @param windowError     its error, propagated from the covariance
 */
public record BackgroundFit(FitParameters parameters, FitQuality quality, double low, double high,
        double blindLow, double blindHigh, double windowExpected, double windowError) {

    public boolean blinded() {
        return !Double.isNaN(blindLow);
    }
}
