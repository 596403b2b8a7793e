package org.alpwb.api.fit;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Fits a normalised signal shape to a weighted unbinned sample by maximum likelihood. Errors of
 * weighted fits are corrected with the sum-of-weights-squared sandwich (as RooFit's SumW2Error).
 * Service property {@code alpwb.id} names the shape, e.g. {@code dscb}.
 */
public interface ShapeFitter {
    List<String> parameterNames();

    /**
     * @param values  the observable, events outside [low, high] are ignored
     * @param weights per-event weights, or null for unit weights
     * @param start   optional start values by parameter name (missing ones are guessed from the
     *                sample); a name not in {@link #parameterNames()} is an InvalidInputException
     */
    ShapeFit fit(double[] values, double[] weights, double low, double high, Map<String, Double> start);

    /** Normalised density of the shape with these parameters on [low, high] at x. */
    double density(double[] parameters, double low, double high, double x);

    /**
     * The normalised density with these parameters on [low, high] as a function of x, for evaluating the
     * same shape at many points: implementations compute the normalisation once.
     */
    default DoubleUnaryOperator densityFunction(double[] parameters, double low, double high) {
        double[] copy = parameters.clone();
        return x -> density(copy, low, high, x);
    }

    /** Fraction of the shape on [low, high] that lies in [a, b]. */
    double fraction(double[] parameters, double low, double high, double a, double b);
}
