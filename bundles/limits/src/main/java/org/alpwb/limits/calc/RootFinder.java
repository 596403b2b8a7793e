package org.alpwb.limits.calc;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Brent root finding for decreasing-then-crossing functions f(mu) on [0, ...), bracketing upwards. */
final class RootFinder {
    private static final int MAX_EVALUATIONS = 200;
    private static final double MAX_POI = 1e9;

    private RootFinder() {
    }

    /**
     * The root of {@code f} in (0, hi'] where hi' >= {@code hi} is the first of hi, 2 hi, 4 hi, ... with
     * f <= 0. {@code f(0)} must be positive.
     */
    static double solve(DoubleUnaryOperator f, double hi) {
        double lo = 0;
        double h = hi;
        while (f.applyAsDouble(h) > 0) {
            lo = h;
            h *= 2;
            if (h > MAX_POI) {
                throw new IllegalStateException("no CLs crossing below POI = " + MAX_POI);
            }
        }
        BrentSolver brent = new BrentSolver(1e-11, 1e-10, 1e-15);
        return brent.solve(MAX_EVALUATIONS, f::applyAsDouble, lo, h);
    }
}
