package org.alpwb.limits.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * HistFactory interpolation codes as pyhf defaults: code 4 for normsys (exponential outside
 * |alpha| >= 1, a 6th-order polynomial inside matching value, first and second derivative at
 * +-1) and code 4p for histosys (linear outside, polynomial inside).
 */
final class Interpolation {
    private Interpolation() {
    }

    /** Code 4 polynomial coefficients a_1..a_6 for factors {@code hi}, {@code lo} (alpha0 = 1). */
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

    static double code4(double alpha, double hi, double lo, double[] c) {
        if (alpha >= 1) {
            return Math.pow(hi, alpha);
        }
        if (alpha <= -1) {
            return Math.pow(lo, -alpha);
        }
        double a = alpha;
        return 1 + a * (c[0] + a * (c[1] + a * (c[2] + a * (c[3] + a * (c[4] + a * c[5])))));
    }

    static double code4Derivative(double alpha, double hi, double lo, double[] c) {
        if (alpha >= 1) {
            return Math.pow(hi, alpha) * Math.log(hi);
        }
        if (alpha <= -1) {
            return -Math.pow(lo, -alpha) * Math.log(lo);
        }
        double a = alpha;
        return c[0] + a * (2 * c[1] + a * (3 * c[2] + a * (4 * c[3] + a * (5 * c[4] + a * 6 * c[5]))));
    }

    /** Code 4p additive delta; {@code up = hi - nominal}, {@code down = nominal - lo}. */
    static double code4p(double alpha, double up, double down) {
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

    static double code4pDerivative(double alpha, double up, double down) {
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
