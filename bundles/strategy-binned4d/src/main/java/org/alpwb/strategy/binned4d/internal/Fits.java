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
 * mu >= 0, as q~ requires); the model's fixed parameters stay fixed.
 */
final class Fits {
    private Fits() {
    }

    /**
     * @param start   start values
     * @param poiStep initial step of the POI (its scale: the POI counts signal events, e.g. 1e5 at a limit)
     */
    static MinimizationResult free(LikelihoodModel model, double[] start, double poiStep) {
        List<String> names = model.parameterNames();
        boolean[] fixed = model.fixedParameters();
        List<Parameter> params = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double v = start[i];
            double step = i == model.poiIndex() ? poiStep : Math.max(0.01, 0.1 * Math.abs(v));
            params.add(new Parameter(names.get(i), v, step, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    fixed[i]));
        }
        return new Minimizer(1e-5, 0, 0.5).minimize(model::negativeLogLikelihood, params);
    }
}
