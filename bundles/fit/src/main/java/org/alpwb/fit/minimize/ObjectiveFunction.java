package org.alpwb.fit.minimize;

/**
 * A function to be minimised. Typical objectives are the negative log-likelihood (use
 * {@link Minimizer#withErrorDef(double) errorDef} 0.5) or a chi2 / -2 ln L (errorDef 1).
 * The argument holds the external (user) values of all parameters, fixed ones included, in the
 * order of the parameter list; implementations must not keep or modify it. Return
 * {@code Double.NaN} or {@code +Infinity} for points outside the domain: the minimiser backs off.
 */
@FunctionalInterface
public interface ObjectiveFunction {
    double value(double[] x);
}
