package org.alpwb.strategy.binned4d.internal;

import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.fit.minimize.MinimizationResult;
import org.alpwb.fit.minimize.Minimizer;
import org.alpwb.fit.minimize.Parameter;

/**
 * Unconditional maximum-likelihood fits of a model with the workbench minimiser (org.alpwb.fit.minimize,
 * errors from its Hessian, errorDef 0.5 for -ln L). The POI and the nuisances are unbounded here, so that
 * pulls and the fitted signal strength are not distorted at a boundary (the limit calculator's own fits keep
 * mu >= 0, as q~ requires); the model's fixed parameters stay fixed. The POI counts signal events (1e4-1e5 at
 * a limit here), so it is fitted in units of {@code poiScale}, and -ln L is taken relative to its value at the
 * start (it is ~1e6 in absolute value with 1e5 events per bin): both keep the minimiser's tolerance meaningful.
 */
final class Fits {
    private Fits() {
    }

    /** Fitted values and errors in the model's units (the POI scaled back). */
    static MinimizationResult free(LikelihoodModel model, double[] start, double poiScale) {
        List<String> names = model.parameterNames();
        boolean[] fixed = model.fixedParameters();
        int poi = model.poiIndex();
        List<Parameter> params = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double v = i == poi ? start[i] / poiScale : start[i];
            double step = i == poi ? 0.3 : Math.max(0.01, 0.1 * Math.abs(v));
            params.add(new Parameter(names.get(i), v, step, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    fixed[i]));
        }
        double offset = model.negativeLogLikelihood(start);
        MinimizationResult r = new Minimizer(1e-6, 20000, 0.5).minimize(x -> {
            double[] y = x.clone();
            y[poi] *= poiScale;
            return model.negativeLogLikelihood(y) - offset;
        }, params);
        double[] values = r.values().clone();
        double[] errors = r.errors().clone();
        values[poi] *= poiScale;
        errors[poi] *= poiScale;
        double[][] cov = r.covariance();
        for (int i = 0; i < cov.length; i++) {
            cov[poi][i] *= poiScale;
            cov[i][poi] *= poiScale;
        }
        return new MinimizationResult(values, errors, cov, r.minimum() + offset, r.converged(), r.edm(),
                r.calls(), r.message());
    }
}
