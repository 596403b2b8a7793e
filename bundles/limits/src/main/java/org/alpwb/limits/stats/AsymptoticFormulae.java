package org.alpwb.limits.stats;

/**
 * The asymptotic distributions of q~_mu (Cowan, Cranmer, Gross, Vitells, arXiv:1007.1727) in the
 * sqrt(q) form used by pyhf, see statistics.md. Pure functions of q and q_A.
 */
public final class AsymptoticFormulae {
    /** N = -2..+2: the expected band, ascending in CLs and in the limit. */
    public static final double[] BAND_SIGMAS = {-2, -1, 0, 1, 2};

    private AsymptoticFormulae() {
    }

    /** Returns {CLs+b, CLb, CLs} for observed q~ and Asimov q_A. */
    public static double[] pValues(double q, double qAsimov) {
        double sq = Math.sqrt(Math.max(q, 0));
        double sqA = Math.sqrt(Math.max(qAsimov, 0));
        double ts;
        if (sq <= sqA || sqA == 0) {
            ts = sq - sqA;
        } else {
            // q~ beyond q_A: the distribution is the shifted half-chi-square of eq. (65) of 1007.1727
            ts = (q - qAsimov) / (2 * sqA);
        }
        double clsb = Normal.cdf(-(ts + sqA));
        double clb = Normal.cdf(-ts);
        return new double[] {clsb, clb, clsb / clb};
    }

    /** CLs for the expected band N = -2..+2 (ascending). */
    public static double[] expectedCls(double qAsimov) {
        double sqA = Math.sqrt(Math.max(qAsimov, 0));
        double[] cls = new double[BAND_SIGMAS.length];
        for (int i = 0; i < cls.length; i++) {
            double n = BAND_SIGMAS[i];
            cls[i] = Normal.cdf(n - sqA) / Normal.cdf(n);
        }
        return cls;
    }

    /**
     * The value of sqrt(q_A) at which the expected CLs of band {@code n} equals {@code alpha}:
     * Phi(n - x) / Phi(n) = alpha, i.e. x = n - Phi^-1(alpha Phi(n)).
     */
    public static double sqrtQAsimovAtLimit(double n, double alpha) {
        return n - Normal.quantile(alpha * Normal.cdf(n));
    }

    /** Gaussian-limit expected limit factor mu_N / sigma for band {@code n} at CLs level {@code alpha}. */
    public static double gaussianBandFactor(double n, double alpha) {
        return sqrtQAsimovAtLimit(n, alpha);
    }
}
