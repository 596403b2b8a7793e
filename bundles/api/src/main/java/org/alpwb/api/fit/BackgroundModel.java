package org.alpwb.api.fit;

import java.util.List;

import org.alpwb.api.hist.Histogram1D;

/**
 * Fits a smooth background shape to a (weighted) spectrum by a binned extended Poisson
 * likelihood on [low, high], ignoring the bins inside an optional blind window. Service property
 * {@code alpwb.id} names the model, e.g. {@code chebyshev}.
 */
public interface BackgroundModel {
    List<String> parameterNames();

    /**
     * @param blindLow  lower edge of the blind window, NaN for an unblinded fit; bins overlapping
     *                  the window are excluded
     */
    BackgroundFit fit(Histogram1D spectrum, double low, double high, double blindLow, double blindHigh);

    /** Expected background count in [a, b] from a fit of this model. */
    double expected(BackgroundFit fit, double a, double b);

    /** Normalised background density on the fit range at x. */
    double density(BackgroundFit fit, double x);
}
