package org.alpwb.limits.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * HistFactory interpolation codes (ROOT's PiecewiseInterpolation / FlexibleInterpVar, pyhf's
 * {@code pyhf.interpolators}) between a nominal value and its +-1 sigma variations {@code hi}, {@code lo}
 * as a function of the nuisance parameter alpha:
 * <ul>
 * <li>{@code code0}: piecewise linear, alpha (hi - nom) for alpha > 0, alpha (nom - lo) otherwise;</li>
 * <li>{@code code1}: piecewise exponential, nom (hi/nom)^alpha for alpha > 0, nom (lo/nom)^-alpha otherwise;</li>
 * <li>{@code code2}: quadratic inside |alpha| <= 1, linear outside, continuous with continuous first
 * derivative (ROOT's form: pyhf 0.7's code2 drops the constant hi - nom beyond +-1, which makes it
 * discontinuous there; we follow ROOT);</li>
 * <li>{@code code4}: exponential outside |alpha| >= 1, a 6th-order polynomial inside matching value, first
 * and second derivatives at +-1;</li>
 * <li>{@code code4p}: linear outside |alpha| > 1, a polynomial inside with the same matching.</li>
 * </ul>
 * pyhf's defaults are code1 for normsys and code0 for histosys. Multiplicative codes (1, 4) act on the
 * ratios hi/nom, lo/nom and need them positive; additive codes (0, 2, 4p) on the differences.
 */
public enum InterpolationCode {
    CODE0, CODE1, CODE2, CODE4, CODE4P;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the code interpolates ratios (1, 4) rather than differences (0, 2, 4p). */
    public boolean multiplicative() {
        return this == CODE1 || this == CODE4;
    }

    /** The code named {@code code0 ... code4p}, or null. */
    public static InterpolationCode fromName(String name) {
        for (InterpolationCode c : values()) {
            if (c.jsonName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    public static String allowed() {
        return Arrays.stream(values()).map(InterpolationCode::jsonName).collect(Collectors.joining(", "));
    }

    /**
     * The interpolation of one value: {@link Term#delta} is interpolated minus nominal. For multiplicative
     * codes nominal, hi and lo must be positive (a zero nominal with hi = lo = 0 gives delta 0).
     */
    public Term term(double nominal, double hi, double lo) {
        if (multiplicative()) {
            if (nominal == 0 && hi == 0 && lo == 0) {
                return new Term(CODE0, 0, 0, 0, null);
            }
            if (!(nominal > 0 && hi > 0 && lo > 0)) {
                throw new IllegalArgumentException(jsonName() + " needs positive nominal, hi and lo, got " + nominal
                        + ", " + hi + ", " + lo);
            }
            double up = hi / nominal;
            double down = lo / nominal;
            return new Term(this, nominal, up, down, this == CODE4 ? code4Coefficients(up, down) : null);
        }
        return new Term(this, nominal, hi - nominal, nominal - lo, null);
    }

    /**
     * Precomputed interpolation of one value. For multiplicative codes {@code up}, {@code down} are the
     * ratios hi/nom and lo/nom; for additive codes the differences hi - nom and nom - lo.
     */
    public record Term(InterpolationCode code, double nominal, double up, double down, double[] c) {

        /** True for code0 with equal up and down shifts: the variation is linear in alpha, without a kink at 0. */
        public boolean linear() {
            return code == CODE0 && up == down;
        }

        /** Interpolated value minus nominal at {@code alpha}. */
        public double delta(double alpha) {
            return switch (code) {
                case CODE0 -> alpha > 0 ? alpha * up : alpha * down;
                case CODE1 -> nominal * ((alpha > 0 ? Math.pow(up, alpha) : Math.pow(down, -alpha)) - 1);
                case CODE2 -> code2(alpha);
                case CODE4 -> nominal * (code4(alpha) - 1);
                case CODE4P -> code4p(alpha);
            };
        }

        /** d delta / d alpha. */
        public double derivative(double alpha) {
            return switch (code) {
                case CODE0 -> alpha > 0 ? up : down;
                case CODE1 -> nominal * (alpha > 0 ? Math.pow(up, alpha) * Math.log(up)
                        : -Math.pow(down, -alpha) * Math.log(down));
                case CODE2 -> code2Derivative(alpha);
                case CODE4 -> nominal * code4Derivative(alpha);
                case CODE4P -> code4pDerivative(alpha);
            };
        }

        /**
         * d^2 delta / d alpha^2 (the Newton fits' analytic Hessian). At the kinks (code0 and code1 at alpha = 0,
         * code2 and code4p at |alpha| = 1) the one-sided value of the branch {@link #derivative} uses.
         */
        public double secondDerivative(double alpha) {
            return switch (code) {
                case CODE0 -> 0;
                case CODE1 -> nominal * (alpha > 0 ? Math.pow(up, alpha) * square(Math.log(up))
                        : Math.pow(down, -alpha) * square(Math.log(down)));
                case CODE2 -> alpha > 1 || alpha < -1 ? 0 : up - down;
                case CODE4 -> nominal * code4SecondDerivative(alpha);
                case CODE4P -> code4pSecondDerivative(alpha);
            };
        }

        private static double square(double v) {
            return v * v;
        }

        private double code4SecondDerivative(double alpha) {
            if (alpha >= 1) {
                return Math.pow(up, alpha) * square(Math.log(up));
            }
            if (alpha <= -1) {
                return Math.pow(down, -alpha) * square(Math.log(down));
            }
            double a = alpha;
            return 2 * c[1] + a * (6 * c[2] + a * (12 * c[3] + a * (20 * c[4] + a * 30 * c[5])));
        }

        private double code4pSecondDerivative(double alpha) {
            if (alpha > 1 || alpha < -1) {
                return 0;
            }
            double a = 0.0625 * (up - down);
            double a2 = alpha * alpha;
            return a * (30 + a2 * (90 * a2 - 120));
        }

        private double code2(double alpha) {
            double a = 0.5 * (up - down);
            double b = 0.5 * (up + down);
            if (alpha > 1) {
                return (b + 2 * a) * (alpha - 1) + up;
            }
            if (alpha < -1) {
                return (b - 2 * a) * (alpha + 1) - down;
            }
            return a * alpha * alpha + b * alpha;
        }

        private double code2Derivative(double alpha) {
            double a = 0.5 * (up - down);
            double b = 0.5 * (up + down);
            if (alpha > 1) {
                return b + 2 * a;
            }
            if (alpha < -1) {
                return b - 2 * a;
            }
            return 2 * a * alpha + b;
        }

        private double code4(double alpha) {
            if (alpha >= 1) {
                return Math.pow(up, alpha);
            }
            if (alpha <= -1) {
                return Math.pow(down, -alpha);
            }
            double a = alpha;
            return 1 + a * (c[0] + a * (c[1] + a * (c[2] + a * (c[3] + a * (c[4] + a * c[5])))));
        }

        private double code4Derivative(double alpha) {
            if (alpha >= 1) {
                return Math.pow(up, alpha) * Math.log(up);
            }
            if (alpha <= -1) {
                return -Math.pow(down, -alpha) * Math.log(down);
            }
            double a = alpha;
            return c[0] + a * (2 * c[1] + a * (3 * c[2] + a * (4 * c[3] + a * (5 * c[4] + a * 6 * c[5]))));
        }

        private double code4p(double alpha) {
            if (alpha > 1) {
                return alpha * up;
            }
            if (alpha < -1) {
                return alpha * down;
            }
            double s = 0.5 * (up + down);
            double a = 0.0625 * (up - down);
            double a2 = alpha * alpha;
            return alpha * s + a2 * a * (15 + a2 * (3 * a2 - 10));
        }

        private double code4pDerivative(double alpha) {
            if (alpha > 1) {
                return up;
            }
            if (alpha < -1) {
                return down;
            }
            double s = 0.5 * (up + down);
            double a = 0.0625 * (up - down);
            double a2 = alpha * alpha;
            return s + a * alpha * (30 + a2 * (18 * a2 - 40));
        }
    }

    /** Code 4 polynomial coefficients a_1..a_6 for ratios {@code hi}, {@code lo} (alpha0 = 1). */
    static double[] code4Coefficients(double hi, double lo) {
        double lh = Math.log(hi);
        double ll = Math.log(lo);
        double[][] a = {
            {1, 1, 1, 1, 1, 1},
            {-1, 1, -1, 1, -1, 1},
            {1, 2, 3, 4, 5, 6},
            {1, -2, 3, -4, 5, -6},
            {0, 2, 6, 12, 20, 30},
            {0, 2, -6, 12, -20, 30},
        };
        double[] b = {hi - 1, lo - 1, lh * hi, -ll * lo, lh * lh * hi, ll * ll * lo};
        return new LUDecomposition(new Array2DRowRealMatrix(a)).getSolver()
                .solve(new ArrayRealVector(b)).toArray();
    }
}
