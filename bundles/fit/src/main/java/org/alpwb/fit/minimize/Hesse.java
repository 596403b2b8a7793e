package org.alpwb.fit.minimize;

/**
 * HESSE-like full numerical Hessian in internal coordinates. Each diagonal step is tuned so that
 * the function changes by MINUIT's target "sag" sqrt(2 eps)(|f| + up): large enough that
 * rounding of f is negligible, small enough that the parabola is local.
 */
final class Hesse {
    private static final double SQRT_EPS2 = Math.sqrt(2 * Math.ulp(1.0));

    final double[][] hessian;
    final double[] gradient;
    final double[] step;

    Hesse(int n) {
        hessian = new double[n][n];
        gradient = new double[n];
        step = new double[n];
    }

    /** Computes the Hessian at u, with v an inverse Hessian estimate for the first steps. */
    void compute(Evaluator eval, double[] u, double fu, double[][] v, double up) {
        int n = u.length;
        double aimsag = SQRT_EPS2 * (Math.abs(fu) + up);
        double[] x = u.clone();
        double[] fPlus = new double[n];
        double[] fMinus = new double[n];
        for (int i = 0; i < n; i++) {
            double g2 = v[i][i] > 0 ? 1.0 / v[i][i] : 1.0;
            double d = Math.sqrt(2 * aimsag / g2);
            for (int iter = 0; iter < 6; iter++) {
                x[i] = u[i] + d;
                fPlus[i] = eval.value(x);
                x[i] = u[i] - d;
                fMinus[i] = eval.value(x);
                x[i] = u[i];
                double sag = 0.5 * (fPlus[i] + fMinus[i] - 2 * fu);
                g2 = 2 * sag / (d * d);
                if (!(sag > 0) || !Double.isFinite(sag)) {
                    // flat, non-convex or off the domain in this direction: try another scale
                    d = Double.isFinite(sag) ? d * 10 : d * 0.1;
                    continue;
                }
                double next = Math.sqrt(2 * aimsag / g2);
                double ratio = next / d;
                if (ratio > 0.5 && ratio < 2 || iter == 5) {
                    break;
                }
                d = next;
            }
            step[i] = d;
            hessian[i][i] = (fPlus[i] + fMinus[i] - 2 * fu) / (d * d);
            gradient[i] = (fPlus[i] - fMinus[i]) / (2 * d);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double[] y = u.clone();
                y[i] = u[i] + step[i];
                y[j] = u[j] + step[j];
                double fpp = eval.value(y);
                y[j] = u[j] - step[j];
                double fpm = eval.value(y);
                y[i] = u[i] - step[i];
                double fmm = eval.value(y);
                y[j] = u[j] + step[j];
                double fmp = eval.value(y);
                double hij = (fpp - fpm - fmp + fmm) / (4 * step[i] * step[j]);
                hessian[i][j] = hij;
                hessian[j][i] = hij;
            }
        }
    }
}
