package org.alpwb.analysis.internal;

import java.util.function.DoubleUnaryOperator;
import org.alpwb.api.fit.BackgroundFit;
import org.alpwb.api.fit.BackgroundModel;

/**
 * Checks of a background fit before a limit uses it: positivity of the fitted density on the whole window, the
 * background under the signal against the MC's resolution, and the background-shape systematic measured on the MC (the limit scan's spurious-signal term).
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
     * The MC-resolution check's threshold in MC rows: 3 is the 95 % CL upper limit on a Poisson mean when no row
     * is seen, so a fitted background below 3 rows' weight under the signal is one an empty MC would also allow.
     */
    static final double MIN_ROWS_UNDER_SIGNAL = 3;

    /**
     * The background under the signal as the likelihood sees it (events): B_eff = 1 / integral(f_s^2 / b) on the
     * midpoint grid of {@code cells} cells, f_s the signal density normalised on [lo, hi], b the fitted background
     * density in events per GeV (total {@code backgroundInWindow}). The Fisher information of the signal yield at
     * mu = 0 is 1 / B_eff (up to the background-yield profile), so the expected limit is ~2 sqrt(B_eff); for a
     * Gaussian peak on a flat background B_eff is the background in 2 sqrt(pi) sigma. A fit dipping towards zero
     * where the signal has a tail shrinks B_eff, and the limit with it, far below the background in the window.
     */
    static double backgroundUnderSignal(DoubleUnaryOperator signalDensity, BackgroundModel model, BackgroundFit fit,
            double backgroundInWindow, double lo, double hi, int cells) {
        double dx = (hi - lo) / cells;
        double[] fs = new double[cells];
        double[] fb = new double[cells];
        double normS = 0;
        double normB = 0;
        for (int c = 0; c < cells; c++) {
            double x = lo + (c + 0.5) * dx;
            fs[c] = signalDensity.applyAsDouble(x);
            fb[c] = model.density(fit, x);
            normS += fs[c] * dx;
            normB += fb[c] * dx;
        }
        double information = 0;
        for (int c = 0; c < cells; c++) {
            double s = fs[c] / normS;
            information += s * s / (backgroundInWindow * fb[c] / normB) * dx;
        }
        return 1 / information;
    }

    /**
     * The mean weight of the MC rows in [a, b] (events at the luminosity), NaN without rows: B / (mean weight) is
     * the number of rows a background B corresponds to. The mean, not the Barlow-Beeston scale sum w^2 / sum w:
     * that is set by the heaviest process (one bhabha row ~ 3e4 events above 4 GeV) and would call 2-3 rows
     * "unresolved" where the lighter processes sample the background under the signal well; the check is meant
     * for a fit that dips to a hole between the rows, not for the template's MC-statistical error, which the
     * spurious-signal term carries.
     */
    static double rowWeight(double[] massGeV, double[] weightPb, double luminosityInvPb, double a, double b) {
        double sum = 0;
        long rows = 0;
        for (int i = LimitScan.lowerBound(massGeV, a); i < massGeV.length && massGeV[i] <= b; i++) {
            sum += weightPb[i] * luminosityInvPb;
            rows++;
        }
        return rows > 0 && sum > 0 ? sum / rows : Double.NaN;
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
