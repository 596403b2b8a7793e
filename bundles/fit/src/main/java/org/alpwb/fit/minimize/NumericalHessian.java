package org.alpwb.fit.minimize;

import java.util.List;

/**
 * Central-difference Hessian in external coordinates, e.g. of a sum-of-weights-squared
 * likelihood at a minimum found by {@link Minimizer}. Steps are a fraction of each parameter's
 * error (truncation ~ step^2, i.e. ~4e-4 relative for 2 %), shortened to stay inside bounds.
 */
public final class NumericalHessian {
    private NumericalHessian() {
    }

    /** Hessian of f at x over the free parameters (fixed ones get zero rows and columns). */
    public static double[][] of(ObjectiveFunction f, List<Parameter> params, double[] x, double[] errors) {
        int n = x.length;
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            Parameter p = params.get(i);
            if (p.isFixed()) {
                continue;
            }
            double step = errors[i] > 0 ? 0.02 * errors[i] : 1e-4 * Math.max(Math.abs(x[i]), p.step());
            step = Math.min(step, 0.5 * (p.upper() - x[i]));
            step = Math.min(step, 0.5 * (x[i] - p.lower()));
            h[i] = step > 0 ? step : 1e-9 * Math.max(1, Math.abs(x[i]));
        }
        double f0 = f.value(x.clone());
        double[][] hess = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (params.get(i).isFixed()) {
                continue;
            }
            double fp = at(f, x, i, h[i], -1, 0);
            double fm = at(f, x, i, -h[i], -1, 0);
            hess[i][i] = (fp + fm - 2 * f0) / (h[i] * h[i]);
            for (int j = 0; j < i; j++) {
                if (params.get(j).isFixed()) {
                    continue;
                }
                double v = (at(f, x, i, h[i], j, h[j]) - at(f, x, i, h[i], j, -h[j]) - at(f, x, i, -h[i], j, h[j])
                        + at(f, x, i, -h[i], j, -h[j])) / (4 * h[i] * h[j]);
                hess[i][j] = v;
                hess[j][i] = v;
            }
        }
        return hess;
    }

    private static double at(ObjectiveFunction f, double[] x, int i, double di, int j, double dj) {
        double[] y = x.clone();
        y[i] += di;
        if (j >= 0) {
            y[j] += dj;
        }
        return f.value(y);
    }
}
