package org.alpwb.fit.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.alpwb.api.InvalidInputException;

/**
 * RooChebychev / zfit convention: f(x) = 1 + sum_{k=1..order} c_k T_k(x'), with
 * x' = (2x - lo - hi) / (hi - lo) mapping the range [lo, hi] onto [-1, 1]; the constant
 * term is fixed to 1. Parameters c1..c_order. The shape can turn negative for large
 * coefficients; likelihoods treat that as outside the domain.
 */
public final class Chebyshev implements Shape {
    private final int order;
    private final double lo;
    private final double hi;
    private final List<String> names;

    public Chebyshev(int order, double lo, double hi) {
        if (order < 0 || order > 30) {
            throw new InvalidInputException("chebyshev", "order", order, "0..30");
        }
        if (!(hi > lo)) {
            throw new InvalidInputException("chebyshev", "range", "[" + lo + ", " + hi + "]", "low < high");
        }
        this.order = order;
        this.lo = lo;
        this.hi = hi;
        List<String> n = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            n.add("c" + k);
        }
        this.names = Collections.unmodifiableList(n);
    }

    public int order() {
        return order;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    @Override
    public BoundShape bind(double[] p) {
        double[] c = new double[order + 1];
        c[0] = 1.0;
        System.arraycopy(p, 0, c, 1, order);
        double half = 0.5 * (hi - lo);
        return new BoundShape() {
            @Override
            public double value(double x) {
                return series(c, (2 * x - lo - hi) / (hi - lo));
            }

            @Override
            public double integral(double a, double b) {
                return half * (primitive(c, (2 * b - lo - hi) / (hi - lo)) - primitive(c, (2 * a - lo - hi) / (hi - lo)));
            }
        };
    }

    /** sum c_k T_k(t) by Clenshaw's recurrence. */
    public static double series(double[] c, double t) {
        double b1 = 0;
        double b2 = 0;
        for (int k = c.length - 1; k >= 1; k--) {
            double b0 = 2 * t * b1 - b2 + c[k];
            b2 = b1;
            b1 = b0;
        }
        return c[0] + t * b1 - b2;
    }

    /** Antiderivative of sum c_k T_k: int T_k = T_{k+1}/(2(k+1)) - T_{k-1}/(2(k-1)), k >= 2. */
    static double primitive(double[] c, double t) {
        double s = c[0] * t;
        if (c.length > 1) {
            s += c[1] * 0.5 * t * t;
        }
        // T_{k-1}, T_k, T_{k+1} by recurrence, no allocation (this runs per bin edge per call)
        double prev = t;
        double cur = 2 * t * t - 1;
        for (int k = 2; k < c.length; k++) {
            double next = 2 * t * cur - prev;
            s += c[k] * (next / (2.0 * (k + 1)) - prev / (2.0 * (k - 1)));
            prev = cur;
            cur = next;
        }
        return s;
    }
}
