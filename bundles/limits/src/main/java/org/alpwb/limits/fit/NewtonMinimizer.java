package org.alpwb.limits.fit;

import java.util.Arrays;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.limits.model.AnalyticHessian;

/**
 * Bounded Newton minimiser for profile likelihoods: analytic (or model-supplied) gradient, the model's
 * analytic Hessian ({@link AnalyticHessian}) or else central differences of the gradient, projected
 * steps with an active set at the bounds, damping when the Hessian is not positive definite, and a
 * backtracking line search. Quadratic convergence
 * gives q~ to ~1e-10, which asymptotic CLs in the far tail need; a derivative-free or BFGS-style
 * minimiser stopping at EDM ~1e-6 does not.
 */
public final class NewtonMinimizer {
    private static final int MAX_ITERATIONS = 200;
    /**
     * Convergence: the Newton decrement g^T H^-1 g / 2, the decrease of -ln L a full step would still give, below
     * this (absolute, in units of -ln L, as q = 2 delta(-ln L) needs). Unlike a gradient test it does not depend on
     * the scale of the yields or of the parameters: a gradient tolerance growing with |-ln L| (1e-9 (1 + 1e-3 |f|))
     * stopped the background-yield profile of the 1e8-event windows of a 50 ab^-1 projection before its first step,
     * which left q too large and the projected limits up to 30 % too strong (issue 16).
     */
    private static final double DECREMENT_TOLERANCE = 1e-12;

    /** Minimises over the free parameters; {@code fixedMask[i]} holds parameter i at {@code start[i]}. */
    public FitResult minimize(LikelihoodModel model, double[] start, boolean[] fixedMask) {
        return minimize(model, start, fixedMask, model.lowerBounds(), model.upperBounds());
    }

    /** As {@link #minimize(LikelihoodModel, double[], boolean[])} with explicit bounds. */
    public FitResult minimize(LikelihoodModel model, double[] start, boolean[] fixedMask, double[] lo, double[] hi) {
        int n = start.length;
        double[] x = start.clone();
        for (int i = 0; i < n; i++) {
            if (!fixedMask[i]) {
                x[i] = clamp(x[i], lo[i], hi[i]);
            }
        }
        double f = model.negativeLogLikelihood(x);
        if (!Double.isFinite(f)) {
            throw new IllegalStateException("-ln L is not finite at the start point " + Arrays.toString(x));
        }
        double[] g = model.gradient(x);
        double damping = 0;
        int iteration = 0;
        boolean converged = false;
        while (iteration++ < MAX_ITERATIONS) {
            int[] free = inactive(x, g, lo, hi, fixedMask);
            if (free.length == 0 || maxAbs(g, free) == 0) {
                converged = true;
                break;
            }
            double[][] h = hessian(model, x, free, lo, hi);
            double[] step = null;
            for (int attempt = 0; attempt < 40 && step == null; attempt++) {
                step = Cholesky.solve(h, negate(g, free), damping);
                if (step == null) {
                    damping = damping == 0 ? 1e-8 * maxDiagonal(h) + 1e-12 : damping * 10;
                }
            }
            if (step == null) {
                break;
            }
            double slope = 0;
            for (int k = 0; k < free.length; k++) {
                slope += g[free[k]] * step[k];
            }
            if (-0.5 * slope < DECREMENT_TOLERANCE && damping <= 1e-8 * maxDiagonal(h) + 1e-12) {
                converged = true;
                break;
            }
            double alpha = 1;
            double[] trial = x.clone();
            double ft = Double.NaN;
            boolean accepted = false;
            for (int ls = 0; ls < 60; ls++) {
                for (int k = 0; k < free.length; k++) {
                    int i = free[k];
                    trial[i] = clamp(x[i] + alpha * step[k], lo[i], hi[i]);
                }
                ft = model.negativeLogLikelihood(trial);
                if (Double.isFinite(ft) && ft <= f + 1e-4 * alpha * Math.min(slope, 0) + 1e-15 * Math.abs(f)) {
                    accepted = true;
                    break;
                }
                alpha *= 0.5;
            }
            if (!accepted) {
                if (damping < 1e12) {
                    damping = damping == 0 ? 1e-6 * maxDiagonal(h) + 1e-9 : damping * 100;
                    continue;
                }
                // cannot improve: we are at the minimum to machine precision
                converged = maxAbs(g, free) < 1e-5 * (1 + Math.abs(f));
                break;
            }
            double decrease = f - ft;
            double maxStep = 0;
            for (int k = 0; k < free.length; k++) {
                int i = free[k];
                maxStep = Math.max(maxStep, Math.abs(trial[i] - x[i]) / (1 + Math.abs(x[i])));
            }
            x = trial;
            f = ft;
            g = model.gradient(x);
            damping = alpha == 1 ? damping * 0.1 : damping;
            if (damping < 1e-14) {
                damping = 0;
            }
            if (decrease < 1e-14 * (1 + Math.abs(f)) && maxStep < 1e-10) {
                converged = true;
                break;
            }
        }
        return new FitResult(x, f, converged, iteration);
    }

    /** Free parameters not pinned at a bound by a gradient pushing outwards. */
    private static int[] inactive(double[] x, double[] g, double[] lo, double[] hi, boolean[] fixed) {
        int[] idx = new int[x.length];
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            if (fixed[i]) {
                continue;
            }
            boolean atLow = x[i] <= lo[i] && g[i] > 0;
            boolean atHigh = x[i] >= hi[i] && g[i] < 0;
            if (!atLow && !atHigh) {
                idx[m++] = i;
            }
        }
        return Arrays.copyOf(idx, m);
    }

    private static double[][] hessian(LikelihoodModel model, double[] x, int[] free, double[] lo, double[] hi) {
        if (model instanceof AnalyticHessian analytic) {
            double[][] full = analytic.hessian(x);
            double[][] h = new double[free.length][free.length];
            for (int a = 0; a < free.length; a++) {
                for (int b = 0; b < free.length; b++) {
                    h[a][b] = full[free[a]][free[b]];
                }
            }
            return h;
        }
        return finiteDifferenceHessian(model, x, free, lo, hi);
    }

    /** Central differences of the gradient over the free parameters, symmetrised. */
    static double[][] finiteDifferenceHessian(LikelihoodModel model, double[] x, int[] free, double[] lo, double[] hi) {
        int m = free.length;
        double[][] h = new double[m][m];
        double[] probe = x.clone();
        for (int b = 0; b < m; b++) {
            int j = free[b];
            double step = 1e-5 * Math.max(1e-3, Math.abs(x[j]));
            double up = Math.min(x[j] + step, hi[j]);
            double down = Math.max(x[j] - step, lo[j]);
            if (up - down <= 0) {
                continue;
            }
            probe[j] = up;
            double[] gUp = model.gradient(probe);
            probe[j] = down;
            double[] gDown = model.gradient(probe);
            probe[j] = x[j];
            for (int a = 0; a < m; a++) {
                h[a][b] = (gUp[free[a]] - gDown[free[a]]) / (up - down);
            }
        }
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double mean = 0.5 * (h[a][b] + h[b][a]);
                h[a][b] = mean;
                h[b][a] = mean;
            }
        }
        return h;
    }

    private static double[] negate(double[] g, int[] free) {
        double[] r = new double[free.length];
        for (int k = 0; k < free.length; k++) {
            r[k] = -g[free[k]];
        }
        return r;
    }

    private static double maxAbs(double[] g, int[] free) {
        double m = 0;
        for (int i : free) {
            m = Math.max(m, Math.abs(g[i]));
        }
        return m;
    }

    private static double maxDiagonal(double[][] h) {
        double m = 0;
        for (int i = 0; i < h.length; i++) {
            m = Math.max(m, Math.abs(h[i][i]));
        }
        return m;
    }

    static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }
}
