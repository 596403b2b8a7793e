package org.alpwb.api.fit;

/**
 * How good a fit is.
 *
 * @param converged minimiser converged (EDM below target, positive-definite Hessian)
 * @param edm       estimated distance to the minimum
 * @param nll       negative log-likelihood at the minimum (constant terms dropped)
 * @param chi2      binned Pearson chi2 of data versus the fitted model (weighted: each bin's
 *                  variance is the model scaled by sum w^2 / sum w of the bin)
 * @param ndf       bins used minus free parameters
 * @param pValue    upper-tail probability of chi2 with ndf degrees of freedom
 * @param message   the minimiser's message
 */
public record FitQuality(boolean converged, double edm, double nll, double chi2, int ndf, double pValue,
        String message) {

    public double chi2PerNdf() {
        return ndf > 0 ? chi2 / ndf : Double.NaN;
    }
}
