package org.alpwb.fit.pdf;

import java.util.List;

/**
 * Double-sided Crystal Ball (thesis eq. 8.1/8.2, RooCrystalBall, zfit DoubleCB): with
 * t = (x - mu) / sigma, a Gaussian core exp(-t^2/2) for -alphaL <= t <= alphaR, and power-law
 * tails A (B -+ t)^-n outside, A = (n/|alpha|)^n exp(-alpha^2/2), B = n/|alpha| - |alpha|.
 * Parameters mu, sigma, alphaL, nL, alphaR, nR (sigma, n > 0; alphas used as |alpha|).
 * Tails are evaluated as exp(-alpha^2/2) r^-n with r = (B -+ t) |alpha| / n, which never overflows
 * for large n; the tail integral uses expm1 so that n = 1 (log form) and n near 1 are exact.
 */
public final class DoubleSidedCrystalBall implements Shape {
    private static final List<String> NAMES = List.of("mu", "sigma", "alphaL", "nL", "alphaR", "nR");

    @Override
    public List<String> parameterNames() {
        return NAMES;
    }

    @Override
    public BoundShape bind(double[] p) {
        return new Bound(p[0], Math.abs(p[1]), Math.abs(p[2]), p[3], Math.abs(p[4]), p[5]);
    }

    private static final class Bound implements BoundShape {
        private final double mu;
        private final double sigma;
        private final double aL;
        private final double nL;
        private final double aR;
        private final double nR;
        private final double cL;
        private final double cR;

        Bound(double mu, double sigma, double aL, double nL, double aR, double nR) {
            this.mu = mu;
            this.sigma = sigma;
            this.aL = aL;
            this.nL = nL;
            this.aR = aR;
            this.nR = nR;
            this.cL = Math.exp(-0.5 * aL * aL);
            this.cR = Math.exp(-0.5 * aR * aR);
        }

        @Override
        public double value(double x) {
            double t = (x - mu) / sigma;
            if (t < -aL) {
                return cL * Math.pow(1 - aL * (t + aL) / nL, -nL);
            }
            if (t > aR) {
                return cR * Math.pow(1 + aR * (t - aR) / nR, -nR);
            }
            return Math.exp(-0.5 * t * t);
        }

        @Override
        public double integral(double a, double b) {
            double t1 = (a - mu) / sigma;
            double t2 = (b - mu) / sigma;
            double s = 0;
            if (t1 < -aL) {
                s += tail(aL, nL, -Math.min(t2, -aL), -t1);
            }
            if (t2 > aR) {
                s += tail(aR, nR, Math.max(t1, aR), t2);
            }
            double c1 = Math.max(t1, -aL);
            double c2 = Math.min(t2, aR);
            if (c2 > c1) {
                s += Gaussian.gaussIntegral(c1, c2);
            }
            return s * sigma;
        }

        /**
         * Integral over u in [u1, u2] (u >= alpha, u = |t| on that side) of
         * exp(-alpha^2/2) r^-n, r = 1 + alpha (u - alpha) / n; du = (n / alpha) dr.
         */
        private static double tail(double alpha, double n, double u1, double u2) {
            double r1 = 1 + alpha * (u1 - alpha) / n;
            double r2 = 1 + alpha * (u2 - alpha) / n;
            double m = 1 - n;
            return Math.exp(-0.5 * alpha * alpha) * (n / alpha) * (g(m, Math.log(r2)) - g(m, Math.log(r1)));
        }

        /** (exp(m L) - 1) / m, the antiderivative of r^-n in L = ln r; equals L at n = 1. */
        private static double g(double m, double logR) {
            return m == 0 ? logR : Math.expm1(m * logR) / m;
        }
    }
}
