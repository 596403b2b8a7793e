package org.alpwb.limits.fit;

import org.alpwb.api.limits.LikelihoodModel;

/**
 * Maximum-likelihood fits of a model with the POI free (bounded below by 0, as q~_mu requires) or
 * fixed, and the q~_mu test statistic.
 */
public final class ProfileLikelihood {
    private final NewtonMinimizer minimizer = new NewtonMinimizer();

    /** Unconditional fit; the POI's lower bound is raised to 0 so that mu_hat < 0 maps to mu = 0. */
    public FitResult freeFit(LikelihoodModel model) {
        int poi = model.poiIndex();
        double[] lo = model.lowerBounds();
        double[] start = model.initialValues();
        lo[poi] = Math.max(lo[poi], 0);
        start[poi] = Math.max(start[poi], lo[poi]);
        return minimizer.minimize(model, start, model.fixedParameters(), lo, model.upperBounds());
    }

    /** Conditional fit at POI = {@code mu}, starting from {@code start} (or the initial values if null). */
    public FitResult fixedPoiFit(LikelihoodModel model, double mu, double[] start) {
        double[] x = start == null ? model.initialValues() : start.clone();
        int poi = model.poiIndex();
        x[poi] = mu;
        boolean[] fixed = model.fixedParameters();
        fixed[poi] = true;
        return minimizer.minimize(model, x, fixed, model.lowerBounds(), model.upperBounds());
    }

    /** q~_mu given the unconditional fit {@code free} on the same model. */
    public double qTilde(LikelihoodModel model, double mu, FitResult free) {
        if (free.parameter(model.poiIndex()) > mu) {
            return 0;
        }
        FitResult fixed = fixedPoiFit(model, mu, free.parameters());
        return Math.max(0, 2 * (fixed.nll() - free.nll()));
    }
}
