package org.alpwb.fit.likelihood;

import org.apache.commons.math3.special.Gamma;

/**
 * Binned Pearson chi2 of (weighted) data n_b against expectations nu_b, with the expected variance from the
 * model: nu_b times the weight scale, i.e. the effective weight sum w^2 / sum w of the events in the bin, or,
 * for an empty bin, of the whole sample (an empty bin of a sample with weights ~1e3 is expected to have a
 * variance of ~1e3 nu_b, not nu_b). Unit weights give the ordinary Pearson chi2. Bins with nu_b below 1e-9
 * are skipped. p = P(chi2_ndf >= chi2), which is approximate for weighted data and for bins with few events.
 */
public record GoodnessOfFit(double chi2, int ndf, double pValue) {

    public static GoodnessOfFit pearson(double[] n, double[] sumW2, double[] nu, int freeParameters) {
        double sumW = 0;
        double sumWSquared = 0;
        for (int b = 0; b < n.length; b++) {
            sumW += n[b];
            sumWSquared += sumW2[b];
        }
        double sampleScale = sumW > 0 && sumWSquared > 0 ? sumWSquared / sumW : 1.0;
        double chi2 = 0;
        int bins = 0;
        for (int b = 0; b < n.length; b++) {
            if (!(nu[b] > 1e-9)) {
                continue;
            }
            double scale = n[b] > 0 && sumW2[b] > 0 ? sumW2[b] / n[b] : sampleScale;
            double d = n[b] - nu[b];
            chi2 += d * d / (nu[b] * scale);
            bins++;
        }
        int ndf = bins - freeParameters;
        // the upper regularised gamma function keeps small p-values accurate (1 - CDF would round to 0)
        double p = ndf > 0 ? Gamma.regularizedGammaQ(0.5 * ndf, 0.5 * chi2) : Double.NaN;
        return new GoodnessOfFit(chi2, ndf, p);
    }
}
