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
        return pValues(q, qAsimov, TestStatistic.QTILDE);
    }

    /**
     * Returns {CLs+b, CLb, CLs} for the observed statistic and its Asimov value. For q and q0 the test
     * statistic in sqrt space is sqrt(q) - sqrt(q_A) throughout (eq. 59 of 1007.1727); q~ switches to
     * (q - q_A) / (2 sqrt(q_A)) beyond q_A (eq. 65). For q0, CLs+b is the discovery p-value p0.
     */
    public static double[] pValues(double q, double qAsimov, TestStatistic statistic) {
        if (q == Double.POSITIVE_INFINITY) {
            // the data are impossible under the tested hypothesis (a fit found no finite -ln L): excluded
            return new double[] {0, 0, 0};
        }
        if (statistic != TestStatistic.QTILDE) {
            double sq = Math.sqrt(Math.max(q, 0));
            double sqA = Math.sqrt(Math.max(qAsimov, 0));
            double ts = sq - sqA;
            double clsb = Normal.cdf(-(ts + sqA));
            double clb = Normal.cdf(-ts);
            return new double[] {clsb, clb, clsb / clb};
        }
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

    /** p0 for the expected band N = -2..+2 (ascending): Phi(N - sqrt(q0_A)), the Asimov set at mu = 1. */
    public static double[] expectedP0(double qAsimov) {
        double sqA = Math.sqrt(Math.max(qAsimov, 0));
        double[] p = new double[BAND_SIGMAS.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Normal.cdf(BAND_SIGMAS[i] - sqA);
        }
        return p;
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
