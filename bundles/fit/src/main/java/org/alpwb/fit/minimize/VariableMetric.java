package org.alpwb.fit.minimize;

/**
 * The MIGRAD-like descent: quasi-Newton directions from a BFGS inverse-Hessian estimate, an
 * Armijo line search with parabolic backtracking, and the EDM stopping rule.
 */
final class VariableMetric {
    /** Iteration state, updated in place. */
    static final class State {
        double[] u;
        double fu;
        double[][] v;
        final Gradient grad;
        double edm = Double.POSITIVE_INFINITY;
        String message = "";

        State(double[] u, double fu, Gradient grad) {
            this.u = u;
            this.fu = fu;
            this.grad = grad;
            this.v = new double[u.length][u.length];
        }

        /** Inverse Hessian reset to the diagonal of the current second-derivative estimates. */
        void resetMetric(double up) {
            int n = u.length;
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(v[i], 0.0);
                double g2 = grad.g2[i];
                double h = grad.step[i];
                v[i][i] = g2 > 0 ? 1.0 / g2 : h * h / (2 * up);
            }
        }
    }

    private final Evaluator eval;
    private final double up;
    private final double edmMax;
    private final int maxCalls;
    private double lastValue;

    VariableMetric(Evaluator eval, double up, double edmMax, int maxCalls) {
        this.eval = eval;
        this.up = up;
        this.edmMax = edmMax;
        this.maxCalls = maxCalls;
    }

    /** Iterates until EDM is below edmMax; false if the call limit or a dead end was hit. */
    boolean run(State s) {
        int n = s.u.length;
        boolean freshMetric = false;
        while (true) {
            s.edm = s.grad.edm(s.v);
            if (s.edm < edmMax && s.edm >= 0) {
                s.message = "converged";
                return true;
            }
            if (eval.calls >= maxCalls) {
                s.message = "call limit " + maxCalls + " reached, EDM " + s.edm;
                return false;
            }
            double[] p = Linear.times(s.v, s.grad.g);
            for (int i = 0; i < n; i++) {
                p[i] = -p[i];
            }
            double slope = Linear.dot(s.grad.g, p);
            if (!(slope < 0) || s.edm < 0) {
                if (freshMetric) {
                    s.message = "no descent direction, EDM " + s.edm;
                    return false;
                }
                s.resetMetric(up);
                freshMetric = true;
                continue;
            }
            double[] next = lineSearch(s, p, slope);
            if (next == null) {
                if (s.edm < 100 * edmMax) {
                    // no further decrease is resolvable in the function's rounding
                    s.message = "converged (line search at rounding limit)";
                    return true;
                }
                if (freshMetric) {
                    s.message = "line search failed, EDM " + s.edm;
                    return false;
                }
                s.resetMetric(up);
                freshMetric = true;
                continue;
            }
            freshMetric = false;
            double f1 = lastValue;
            double[] dx = new double[n];
            for (int i = 0; i < n; i++) {
                dx[i] = next[i] - s.u[i];
            }
            double[] gOld = s.grad.g.clone();
            s.grad.adapt(s.v, next, dx, f1, up);
            s.grad.compute(eval, next, f1);
            double[] dg = new double[n];
            for (int i = 0; i < n; i++) {
                dg[i] = s.grad.g[i] - gOld[i];
            }
            s.u = next;
            s.fu = f1;
            Linear.bfgs(s.v, dx, dg);
        }
    }

    /** Armijo backtracking along p; returns the accepted point or null. */
    private double[] lineSearch(State s, double[] p, double slope) {
        int n = p.length;
        double alpha = 1.0;
        double[] x = new double[n];
        for (int iter = 0; iter < 20; iter++) {
            for (int i = 0; i < n; i++) {
                x[i] = s.u[i] + alpha * p[i];
            }
            double f1 = eval.value(x);
            if (f1 <= s.fu + 1e-4 * alpha * slope) {
                lastValue = f1;
                return x;
            }
            if (Double.isFinite(f1)) {
                double denom = 2 * (f1 - s.fu - slope * alpha);
                double a = denom > 0 ? -slope * alpha * alpha / denom : 0.1 * alpha;
                alpha = Math.max(0.1 * alpha, Math.min(0.5 * alpha, a));
            } else {
                alpha *= 0.1;
            }
        }
        return null;
    }
}
