package org.alpwb.limits.model;

/**
 * Implemented by models that give the exact second derivatives of -ln L: the Newton fits then need one
 * Hessian evaluation per step instead of 2 x (free parameters) gradient evaluations for central differences.
 */
public interface AnalyticHessian {

    /** The symmetric matrix d^2(-ln L) / dx_i dx_j at {@code parameters}, over all parameters (fixed ones too). */
    double[][] hessian(double[] parameters);
}
