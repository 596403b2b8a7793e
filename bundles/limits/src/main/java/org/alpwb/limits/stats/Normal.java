package org.alpwb.limits.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * Standard normal distribution with full relative precision in the far tails: Phi(-9) ~ 1e-19 must
 * not be computed as 1 - Phi(9), which would round to 0.
 */
public final class Normal {
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2 * Math.PI);
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private Normal() {
    }

    /** Phi(x) = P(Z <= x). erfc keeps relative precision for large |x| on the small side. */
    public static double cdf(double x) {
        if (x < 0) {
            return 0.5 * Erf.erfc(-x / SQRT2);
        }
        return 1.0 - 0.5 * Erf.erfc(x / SQRT2);
    }

    /** Survival function 1 - Phi(x), accurate for large x. */
    public static double sf(double x) {
        return cdf(-x);
    }

    public static double pdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /**
     * Phi^-1(p). Commons Math's inverse loses relative precision for small p (it goes through
     * erfInv(2p - 1)); two Newton steps on the accurate cdf restore it.
     */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            if (p == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (p == 1) {
                return Double.POSITIVE_INFINITY;
            }
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
        if (p > 0.5) {
            return -quantile(1 - p);
        }
        double x = STANDARD.inverseCumulativeProbability(p);
        if (Double.isInfinite(x)) {
            x = -Math.sqrt(-2 * Math.log(p));
        }
        for (int i = 0; i < 50; i++) {
            double density = pdf(x);
            if (density == 0) {
                break;
            }
            // Halley step: converges cubically from Commons Math's estimate
            double dx = (cdf(x) - p) / density;
            x -= dx / (1 + 0.5 * x * dx);
            if (Math.abs(dx) < 1e-15 * Math.abs(x)) {
                break;
            }
        }
        return x;
    }
}
