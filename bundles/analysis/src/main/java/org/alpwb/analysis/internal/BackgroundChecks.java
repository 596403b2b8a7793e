package org.alpwb.analysis.internal;

import org.alpwb.api.fit.BackgroundFit;
import org.alpwb.api.fit.BackgroundModel;

/**
 * Checks of a background fit before a limit uses it: positivity of the fitted density on the whole window,
 * and the background-shape systematic measured on the MC (the limit scan's spurious-signal term).
 */
final class BackgroundChecks {
    private BackgroundChecks() {
    }

    /**
     * The first mass in [lo, hi] where the fitted density is not positive (or not finite), probed at the edges
     * and at {@code probes} evenly spaced points (finer than the likelihood grid), or NaN if positive throughout.
     */
    static double firstNonPositive(BackgroundModel model, BackgroundFit fit, double lo, double hi, int probes) {
        for (int i = 0; i <= probes; i++) {
            double x = lo + (hi - lo) * i / probes;
            double d = model.density(fit, Math.min(x, hi));
            if (!(d > 0) || Double.isInfinite(d)) {
                return x;
            }
        }
        return Double.NaN;
    }

    /**
     * Probability that the fit's prediction in the signal region gives at least as many MC events as the MC has
     * there, in effective (unweighted) events: n_eff = (MC / sigma_MC)^2, expected n_eff x fit / MC. Tiny when a
     * (blinded) fit leaves a hole under the peak where the MC has events; 1 without MC in the region.
     */
    static double deficit(ShapeSystematic s) {
        if (!(s.mcInRegion() > 0) || !(s.mcError() > 0)) {
            return 1;
        }
        double nEff = Math.pow(s.mcInRegion() / s.mcError(), 2);
        double expected = nEff * Math.max(s.fitInRegion(), 0) / s.mcInRegion();
        if (expected >= nEff) {
            return 1;
        }
        // P(N >= n | expected) for Poisson N, continuous in n: the regularised lower incomplete gamma P(n, expected)
        return expected <= 0 ? 0 : org.apache.commons.math3.special.Gamma.regularizedGammaP(nEff, expected);
    }

    /**
     * The background-shape systematic in the signal region, in events: the sideband fit's prediction there
     * compared with what the background MC actually has there (a closure of the blinded interpolation on MC,
     * used in the role of the spurious signal of the ATLAS/CMS diphoton searches). {@code difference} = MC -
     * fit; the part of it beyond the MC and fit statistical errors is the shape term, sqrt(max(0, d^2 -
     * sigma_MC^2 - sigma_fit^2)); the template's MC-statistical error (the fit error) is added in quadrature:
     * {@code total} = sqrt(shape^2 + sigma_fit^2).
     */
    record ShapeSystematic(double mcInRegion, double mcError, double fitInRegion, double fitError, double shape,
            double total) {

        static ShapeSystematic of(double[] massGeV, double[] weightPb, double luminosityInvPb, double a, double b,
                double fitInRegion, double fitError) {
            double sum = 0;
            double sumW2 = 0;
            for (int i = LimitScan.lowerBound(massGeV, a); i < massGeV.length && massGeV[i] <= b; i++) {
                double w = weightPb[i] * luminosityInvPb;
                sum += w;
                sumW2 += w * w;
            }
            double mcError = Math.sqrt(sumW2);
            double d = sum - fitInRegion;
            double fe = Double.isFinite(fitError) ? fitError : 0;
            double shape = Math.sqrt(Math.max(0, d * d - mcError * mcError - fe * fe));
            return new ShapeSystematic(sum, mcError, fitInRegion, fe, shape, Math.hypot(shape, fe));
        }
    }
}
