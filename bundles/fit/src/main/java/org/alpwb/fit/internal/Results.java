package org.alpwb.fit.internal;

import java.util.List;

import org.alpwb.api.fit.FitParameters;
import org.alpwb.api.fit.FitQuality;
import org.alpwb.fit.likelihood.GoodnessOfFit;
import org.alpwb.fit.likelihood.MaximumLikelihoodFit;

/** Conversions from the fit library's results to the API records. */
final class Results {
    private Results() {
    }

    static FitParameters parameters(List<String> names, MaximumLikelihoodFit.Result r) {
        return new FitParameters(names, r.values(), r.errors(), r.covariance());
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
