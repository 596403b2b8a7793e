package org.alpwb.fit.likelihood;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Binned Pearson chi2 of data n_b against expectations nu_b. For weighted data each bin's
 * variance is nu_b times its effective weight sum w^2 / sum w (1 for unit weights).
 * Bins with nu_b below 1e-9 are skipped. p = P(chi2_ndf >= chi2).
 */
public record GoodnessOfFit(double chi2, int ndf, double pValue) {

    public static GoodnessOfFit pearson(double[] n, double[] sumW2, double[] nu, int freeParameters) {
        double chi2 = 0;
        int bins = 0;
        for (int b = 0; b < n.length; b++) {
            if (!(nu[b] > 1e-9)) {
                continue;
            }
            double scale = n[b] > 0 ? sumW2[b] / n[b] : 1.0;
            double d = n[b] - nu[b];
            chi2 += d * d / (nu[b] * scale);
            bins++;
        }
        int ndf = bins - freeParameters;
        double p = ndf > 0 ? 1.0 - new ChiSquaredDistribution(null, ndf).cumulativeProbability(chi2) : Double.NaN;
        return new GoodnessOfFit(chi2, ndf, p);
    }
}
