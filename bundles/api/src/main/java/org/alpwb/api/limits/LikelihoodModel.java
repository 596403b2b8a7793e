package org.alpwb.api.limits;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A likelihood bound to its data (main measurement and auxiliary measurements), with one
 * parameter of interest (POI). Immutable: {@link #asimov}, {@link #toy} and
 * {@link #withScaledYields} return new models. Parameter vectors are indexed like
 * {@link #parameterNames()}.
 */
public interface LikelihoodModel {

    List<String> parameterNames();

    int poiIndex();

    double[] initialValues();

    double[] lowerBounds();

    double[] upperBounds();

    /** True for parameters held constant at their initial value in every fit. */
    boolean[] fixedParameters();

    /** -ln L at the given parameters (constant terms may be dropped but must not depend on them). */
    double negativeLogLikelihood(double[] parameters);

    /**
     * Gradient of {@link #negativeLogLikelihood}; the default is a central finite difference.
     * Models with many parameters override it analytically.
     */
    default double[] gradient(double[] parameters) {
        double[] x = parameters.clone();
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6 * Math.max(1.0, Math.abs(x[i]));
            double keep = x[i];
            x[i] = keep + h;
            double up = negativeLogLikelihood(x);
            x[i] = keep - h;
            double down = negativeLogLikelihood(x);
            x[i] = keep;
            g[i] = (up - down) / (2 * h);
        }
        return g;
    }

    /** The same likelihood with every main and auxiliary observation set to its expectation at {@code parameters}. */
    LikelihoodModel asimov(double[] parameters);

    /** The same likelihood with main and auxiliary observations sampled at {@code parameters}. */
    LikelihoodModel toy(double[] parameters, RandomGenerator random);

    /**
     * The likelihood for an integrated luminosity {@code factor} times the present one: every expected
     * yield and the observed data are multiplied by {@code factor}; relative uncertainties stay the same.
     */
    LikelihoodModel withScaledYields(double factor);
}
