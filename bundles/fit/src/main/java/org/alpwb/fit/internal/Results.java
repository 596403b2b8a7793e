package org.alpwb.fit.internal;

import java.util.List;

import org.alpwb.api.fit.FitParameters;
import org.alpwb.api.fit.FitQuality;
import org.alpwb.fit.likelihood.GoodnessOfFit;
import org.alpwb.fit.likelihood.MaximumLikelihoodFit;
import org.alpwb.fit.minimize.Parameter;

/** Conversions from the fit library's results to the API records. */
final class Results {
    private Results() {
    }

    /** Relative distance to a bound, as a fraction of the allowed range, below which a parameter is "at" it. */
    static final double AT_BOUND = 1e-4;

    static FitParameters parameters(List<String> names, MaximumLikelihoodFit.Result r) {
        return new FitParameters(names, r.values(), r.errors(), r.covariance());
    }

    /**
     * As {@link #parameters(List, MaximumLikelihoodFit.Result)}, with error 0 for parameters that ended at a bound:
     * the bounded-parameter transform flattens there, so the Hessian error tends to 0 and is meaningless (seen as
     * errors of 1e-6 on a tail parameter pinned at its limit, which then dominated interpolations over mass).
     */
    static FitParameters parameters(List<String> names, MaximumLikelihoodFit.Result r, List<Parameter> bounds) {
        double[] values = r.values();
        double[] errors = r.errors();
        for (int i = 0; i < values.length; i++) {
            Parameter p = bounds.get(i);
            double range = p.upper() - p.lower();
            if (Double.isFinite(range) && (values[i] - p.lower() <= AT_BOUND * range
                    || p.upper() - values[i] <= AT_BOUND * range)) {
                errors[i] = 0;
            }
        }
        return new FitParameters(names, values, errors, r.covariance());
    }

    static FitQuality quality(MaximumLikelihoodFit.Result r, GoodnessOfFit gof) {
        return new FitQuality(r.minimum().converged(), r.minimum().edm(), r.minimum().minimum(), gof.chi2(),
                gof.ndf(), gof.pValue(), r.minimum().message() + ", " + r.minimum().calls() + " calls" + (r.sumW2() ? "; SumW2-corrected errors" : ""));
    }

    /** Error of a function of the parameters from a numerical gradient and the covariance. */
    static double propagate(java.util.function.ToDoubleFunction<double[]> f, double[] p, double[] errors,
            double[][] cov) {
        int n = p.length;
        double[] grad = new double[n];
        for (int i = 0; i < n; i++) {
            if (errors[i] == 0) {
                continue;
            }
            double h = 1e-3 * errors[i];
            double[] a = p.clone();
            double[] b = p.clone();
            a[i] += h;
            b[i] -= h;
            grad[i] = (f.applyAsDouble(a) - f.applyAsDouble(b)) / (2 * h);
        }
        double var = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                var += grad[i] * cov[i][j] * grad[j];
            }
        }
        return Math.sqrt(Math.max(var, 0));
    }
}
