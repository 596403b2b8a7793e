package org.alpwb.fit.likelihood;

import org.alpwb.fit.minimize.ObjectiveFunction;

/**
 * A negative log-likelihood (minimise with errorDef 0.5) over a parameter vector, its
 * squared-weights counterpart for the SumW2 correction, and the model's expected counts in bins
 * for goodness-of-fit tests.
 */
public interface Likelihood extends ObjectiveFunction {
    /** The same likelihood with every event weight squared (bins: sum w^2 per bin). */
    ObjectiveFunction squaredWeights();

    /** True unless all weights are 1. */
    boolean weighted();

    /** Expected (weighted) counts of the model in bins [edges[i], edges[i+1]]. */
    double[] expected(double[] params, double[] edges);
}
