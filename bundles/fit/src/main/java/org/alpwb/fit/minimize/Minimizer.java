package org.alpwb.fit.minimize;

import java.util.List;

import org.alpwb.api.InvalidInputException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * MIGRAD-like minimiser (immutable, thread-safe: each call has its own state).
 * <ol>
 * <li>Variable-metric (BFGS) descent in internal coordinates with numerical gradients.</li>
 * <li>If it stalls: Nelder-Mead (Commons Math) from the best point seen, then BFGS again.</li>
 * <li>HESSE: full numerical Hessian at the minimum; if its EDM is still too large, BFGS
 * continues with that Hessian (at most twice).</li>
 * </ol>
 * Options: {@code tolerance} (EDM target 0.002 tolerance errorDef, as MINUIT; default 0.01),
 * {@code maxCalls} (0 = 500 + 200 n + 10 n^2 for n free parameters) and {@code errorDef}
 * (0.5 for a negative log-likelihood, the default; 1 for chi2 or -2 ln L).
 */
public final class Minimizer {
    private final double tolerance;
    private final int maxCalls;
    private final double errorDef;

    public Minimizer() {
        this(0.01, 0, 0.5);
    }

    public Minimizer(double tolerance, int maxCalls, double errorDef) {
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new InvalidInputException("minimizer", "tolerance", tolerance, "a finite number > 0");
        }
        if (maxCalls < 0) {
            throw new InvalidInputException("minimizer", "maxCalls", maxCalls, "0 (automatic) or a positive count");
        }
        if (!(errorDef > 0) || !Double.isFinite(errorDef)) {
            throw new InvalidInputException("minimizer", "errorDef", errorDef,
                    "a finite number > 0 (0.5 for NLL, 1 for chi2)");
        }
        this.tolerance = tolerance;
        this.maxCalls = maxCalls;
        this.errorDef = errorDef;
    }

    public Minimizer withTolerance(double newTolerance) {
        return new Minimizer(newTolerance, maxCalls, errorDef);
    }

    public Minimizer withMaxCalls(int newMaxCalls) {
        return new Minimizer(tolerance, newMaxCalls, errorDef);
    }

    public Minimizer withErrorDef(double newErrorDef) {
        return new Minimizer(tolerance, maxCalls, newErrorDef);
    }

    public double tolerance() {
        return tolerance;
    }

    public int maxCalls() {
        return maxCalls;
    }

    public double errorDef() {
        return errorDef;
    }

    /** Minimises f over the free parameters; never throws for a failed fit (see converged). */
    public MinimizationResult minimize(ObjectiveFunction f, List<Parameter> params) {
        checkNames(params);
        Transform tr = new Transform(params);
        Evaluator eval = new Evaluator(f, tr);
        int n = tr.free;
        int limit = maxCalls > 0 ? maxCalls : 500 + 200 * n + 10 * n * n;
        double[] u0 = tr.internal(params);
        double f0 = eval.value(u0);
        if (n == 0 || !Double.isFinite(f0)) {
            return result(eval, u0, f0, new double[n][n], Double.NaN, false,
                    n == 0 ? "no free parameters" : "objective not finite at the start point: " + f0);
        }
        double edmMax = 0.002 * tolerance * errorDef;
        Gradient grad = new Gradient(n);
        for (int k = 0; k < n; k++) {
            Parameter p = params.get(tr.externalIndex(k));
            grad.step[k] = tr.internalStep(k, p.value(), p.step());
        }
        grad.compute(eval, u0, f0);
        VariableMetric.State s = new VariableMetric.State(u0, f0, grad);
        s.resetMetric(errorDef);
        VariableMetric migrad = new VariableMetric(eval, errorDef, edmMax, limit);
        boolean ok = migrad.run(s);
        String note = "";
        if (!ok && eval.calls < limit) {
            note = "simplex fallback after: " + s.message + "; ";
            s = simplexRestart(eval, grad, limit);
            ok = migrad.run(s);
        }
        Hesse hesse = new Hesse(n);
        double[][] v = new double[n][n];
        boolean forced = false;
        for (int pass = 0; pass < 4; pass++) {
            hesse.compute(eval, s.u, s.fu, s.v, errorDef);
            forced = Linear.inversePositive(hesse.hessian, v);
            s.edm = Linear.edm(hesse.gradient, v);
            if (pass == 3 || eval.calls >= limit) {
                break;
            }
            if (!forced && polish(eval, s, hesse, v)) {
                continue; // the Hessian belongs to the old point: recompute it at the new one
            }
            if (s.edm < edmMax && !forced) {
                break;
            }
            // MIGRAD's metric was not accurate enough: continue from the true Hessian
            System.arraycopy(hesse.gradient, 0, s.grad.g, 0, n);
            for (int i = 0; i < n; i++) {
                s.v[i] = v[i].clone();
                s.grad.step[i] = Math.max(hesse.step[i] * 0.1, 1e-12);
            }
            ok = migrad.run(s);
        }
        boolean converged = ok && s.edm < edmMax && !forced;
        String message = note + (forced ? "Hessian not positive definite (forced); " : "")
                + (converged ? "converged" : s.message.startsWith("converged") && s.edm >= edmMax
                        ? "EDM " + s.edm + " above " + edmMax + " after HESSE" : s.message);
        return result(eval, s.u, s.fu, v, s.edm, converged, message);
    }

    /**
     * One Newton step with the HESSE matrix: the EDM target leaves the point up to
     * sqrt(2 EDM / errorDef) errors away from the minimum; this step removes most of that for
     * one call (plus a new HESSE). Kept only if the objective decreases.
     */
    private boolean polish(Evaluator eval, VariableMetric.State s, Hesse hesse, double[][] v) {
        int n = s.u.length;
        double[] step = Linear.times(v, hesse.gradient);
        if (0.5 * Linear.dot(step, hesse.gradient) < 1e-6 * errorDef) {
            return false; // already within 1e-3 errors: the Hessian stays valid
        }
        double[] next = new double[n];
        for (int i = 0; i < n; i++) {
            next[i] = s.u[i] - step[i];
        }
        double f1 = eval.value(next);
        if (!(f1 < s.fu)) {
            return false;
        }
        s.u = next;
        s.fu = f1;
        return true;
    }

    /** MINOS-like asymmetric errors of parameter {@code index} around {@code result}. */
    public MinosError minos(ObjectiveFunction f, List<Parameter> params, MinimizationResult result, int index) {
        return new Minos(this, f, params, result).errors(index);
    }

    private VariableMetric.State simplexRestart(Evaluator eval, Gradient grad, int limit) {
        double[] start = eval.bestPoint.clone();
        int n = start.length;
        double[] steps = grad.step.clone();
        for (int i = 0; i < n; i++) {
            steps[i] = Math.max(steps[i] * 10, 1e-3);
        }
        SimplexOptimizer simplex = new SimplexOptimizer(1e-10, 1e-3 * tolerance * errorDef);
        try {
            simplex.optimize(new MaxEval(Math.max(limit - eval.calls, 1) / 2),
                    new org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction(eval::value),
                    GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(steps));
        } catch (TooManyEvaluationsException e) {
            // keep the best point seen so far; BFGS continues from there
        }
        double[] u = eval.bestPoint.clone();
        double fu = eval.value(u);
        grad.compute(eval, u, fu);
        VariableMetric.State s = new VariableMetric.State(u, fu, grad);
        s.resetMetric(errorDef);
        return s;
    }

    private MinimizationResult result(Evaluator eval, double[] u, double fu, double[][] vInt, double edm,
            boolean converged, String message) {
        Transform tr = eval.transform;
        int size = tr.size();
        double[] values = eval.externalValues(u);
        double[][] cov = new double[size][size];
        double[] jac = new double[u.length];
        for (int k = 0; k < u.length; k++) {
            jac[k] = tr.derivative(k, u[k]);
        }
        for (int a = 0; a < u.length; a++) {
            for (int b = 0; b < u.length; b++) {
                cov[tr.externalIndex(a)][tr.externalIndex(b)] = 2 * errorDef * jac[a] * vInt[a][b] * jac[b];
            }
        }
        double[] errors = new double[size];
        for (int i = 0; i < size; i++) {
            errors[i] = Math.sqrt(Math.max(cov[i][i], 0));
        }
        return new MinimizationResult(values, errors, cov, fu, converged, edm, eval.calls, message);
    }

    private static void checkNames(List<Parameter> params) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Parameter p : params) {
            if (!seen.add(p.name())) {
                throw new InvalidInputException("minimizer", "parameters", p.name(), "unique parameter names");
            }
        }
    }
}
