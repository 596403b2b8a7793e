package org.alpwb.fit.likelihood;

import java.util.List;

import org.alpwb.fit.minimize.MinimizationResult;
import org.alpwb.fit.minimize.Minimizer;
import org.alpwb.fit.minimize.NumericalHessian;
import org.alpwb.fit.minimize.Parameter;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Minimises a {@link Likelihood} (errorDef 0.5). For weighted data the covariance V (the inverse
 * Hessian of the weighted NLL) is replaced by V W V, W the Hessian of the squared-weights NLL at
 * the minimum (RooFit's SumW2Error): the errors then reflect the effective number of events.
 */
public final class MaximumLikelihoodFit {
    /**
     * @param minimum    the minimiser's result (covariance uncorrected)
     * @param errors     errors after the SumW2 correction (= minimum's for unit weights)
     * @param covariance covariance after the SumW2 correction
     * @param sumW2      whether the correction was applied
     */
    public record Result(MinimizationResult minimum, double[] errors, double[][] covariance, boolean sumW2) {
        public double[] values() {
            return minimum.values();
        }
    }

    private MaximumLikelihoodFit() {
    }

    public static Result fit(Likelihood likelihood, List<Parameter> params, Minimizer minimizer) {
        MinimizationResult r = minimizer.withErrorDef(0.5).minimize(likelihood, params);
        if (!likelihood.weighted()) {
            return new Result(r, r.errors(), r.covariance(), false);
        }
        double[][] w = NumericalHessian.of(likelihood.squaredWeights(), params, r.values(), r.errors());
        RealMatrix v = new Array2DRowRealMatrix(r.covariance());
        double[][] c = v.multiply(new Array2DRowRealMatrix(w)).multiply(v).getData();
        double[] e = new double[c.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.sqrt(Math.max(c[i][i], 0));
        }
        return new Result(r, e, c, true);
    }
}
