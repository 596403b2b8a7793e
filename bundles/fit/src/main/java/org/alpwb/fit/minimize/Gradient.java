package org.alpwb.fit.minimize;

/**
 * Central-difference gradient and diagonal second derivatives in internal coordinates. Steps
 * adapt: a tenth of the current error estimate, shrinking with the last move of the parameter
 * (so that truncation errors vanish near the minimum) but never below the step at which
 * rounding of the function value would dominate.
 */
final class Gradient {
    private static final double ROUNDING = 2e-11;

    final double[] g;
    final double[] g2;
    final double[] step;

    Gradient(int n) {
        g = new double[n];
        g2 = new double[n];
        step = new double[n];
    }

    /** Computes the gradient at u (objective value fu) with the current steps. */
    void compute(Evaluator eval, double[] u, double fu) {
        double[] x = u.clone();
        for (int i = 0; i < u.length; i++) {
            double h = step[i];
            for (int attempt = 0; ; attempt++) {
                x[i] = u[i] + h;
                double fp = eval.value(x);
                x[i] = u[i] - h;
                double fm = eval.value(x);
                x[i] = u[i];
                if (Double.isFinite(fp) && Double.isFinite(fm)) {
                    g[i] = (fp - fm) / (2 * h);
                    g2[i] = (fp + fm - 2 * fu) / (h * h);
                    break;
                }
                if (attempt == 4) {
                    // one-sided or nothing: the point is on the edge of the function's domain
                    g[i] = Double.isFinite(fp) ? (fp - fu) / h : Double.isFinite(fm) ? (fu - fm) / h : 0.0;
                    g2[i] = 0.0;
                    break;
                }
                h *= 0.1;
            }
        }
    }

    /** Chooses new steps from the inverse Hessian estimate v and the last move dx. */
    void adapt(double[][] v, double[] u, double[] dx, double fu, double up) {
        for (int i = 0; i < u.length; i++) {
            double sigma = Math.sqrt(2 * up * Math.max(v[i][i], 0));
            double min = Math.max(Math.sqrt(ROUNDING * (Math.abs(fu) + up) * Math.max(v[i][i], 0)),
                    1e-11 * (1 + Math.abs(u[i])));
            double h = Math.min(0.1 * sigma, Math.abs(dx[i]));
            step[i] = Math.max(Double.isFinite(h) ? h : min, min);
        }
    }

    double edm(double[][] v) {
        return Linear.edm(g, v);
    }
}
