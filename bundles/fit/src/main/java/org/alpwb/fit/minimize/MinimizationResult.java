package org.alpwb.fit.minimize;

/**
 * The outcome of a minimisation, in external (user) coordinates for all parameters in the order
 * given. Fixed parameters have error 0 and zero rows and columns in the covariance.
 *
 * @param values     parameter values at the minimum
 * @param errors     parabolic errors, sqrt of the covariance diagonal
 * @param covariance covariance matrix, 2 errorDef times the inverse Hessian of the objective
 * @param minimum    objective value at the minimum
 * @param converged  true if the estimated distance to the minimum (EDM) fell below
 *                   0.002 tolerance errorDef and the Hessian was positive definite
 * @param edm        estimated distance to the minimum, 0.5 g^T H^-1 g with the final Hessian
 * @param calls      number of objective evaluations
 * @param message    what happened, e.g. "converged" or why it did not
 */
public record MinimizationResult(double[] values, double[] errors, double[][] covariance, double minimum,
        boolean converged, double edm, int calls, String message) {

    /** Correlation coefficient of parameters i and j (0 if either is fixed). */
    public double correlation(int i, int j) {
        double d = errors[i] * errors[j];
        return d > 0 ? covariance[i][j] / d : 0.0;
    }
}
