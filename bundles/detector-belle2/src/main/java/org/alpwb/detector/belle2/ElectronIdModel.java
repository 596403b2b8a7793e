package org.alpwb.detector.belle2;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Electron-ID score per track. True electrons: 1 - X, hadrons and muons: Y, with X and Y exponentials
 * truncated to [0, 1] whose scales are solved so that P(score > 0.9) equals the thesis working point:
 * the "or" of both leptons at 0.9 keeps 99 % of signal, i.e. 1 - (1 - e)^2 = 0.99, e = 0.90 per electron,
 * and removes 95 % of fake-lepton pairs, 1 - (1 - f)^2 = 0.05, f = 0.0253 per fake (thesis sec. 6, p. on
 * Fig. 6.5). The shapes (peaks at 1 and 0) follow Fig. 6.5 qualitatively [model].
 */
final class ElectronIdModel {
    static final double WORKING_POINT = 0.9;

    private final double electronScale;
    private final double electronNorm;
    private final double fakeScale;
    private final double fakeNorm;

    ElectronIdModel(double electronEfficiency, double fakeRate) {
        // electron: P(X < 0.1) = efficiency; fake: P(Y > 0.9) = fakeRate
        this.electronScale = solveScale(1 - WORKING_POINT, electronEfficiency, true);
        this.electronNorm = 1 - Math.exp(-1 / electronScale);
        this.fakeScale = solveScale(WORKING_POINT, fakeRate, false);
        this.fakeNorm = 1 - Math.exp(-1 / fakeScale);
    }

    /** Score for a track made by a particle of PDG id {@code pdg}. */
    double score(int pdg, UniformRandomProvider rng) {
        if (Math.abs(pdg) == 11) {
            return 1 - truncatedExponential(electronScale, electronNorm, rng.nextDouble());
        }
        return truncatedExponential(fakeScale, fakeNorm, rng.nextDouble());
    }

    private static double truncatedExponential(double scale, double norm, double u) {
        return -scale * Math.log1p(-u * norm);
    }

    /** CDF of an exponential of scale mu truncated to [0, 1]. */
    static double truncatedCdf(double x, double mu) {
        return (1 - Math.exp(-x / mu)) / (1 - Math.exp(-1 / mu));
    }

    /**
     * The scale mu such that CDF(x) = target (below = true) or 1 - CDF(x) = target (below = false), by
     * bisection in log(mu); the truncated CDF at fixed x decreases monotonically with mu.
     */
    static double solveScale(double x, double target, boolean below) {
        double lo = Math.log(1e-4);
        double hi = Math.log(1e4);
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            double cdf = truncatedCdf(x, Math.exp(mid));
            double value = below ? cdf : 1 - cdf;
            boolean tooLarge = below ? value > target : value < target;
            // below: CDF too large -> scale too small; above: tail too small -> scale too small
            if (tooLarge) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.exp(0.5 * (lo + hi));
    }
}
