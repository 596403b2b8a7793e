package org.alpwb.reco.fit;

import org.apache.commons.math3.special.Gamma;

/**
 * Outcome of a {@link ConstrainedFitter} fit. Immutable: array accessors return copies; the
 * index accessors ({@link #parameter(int)}, {@link #pull(int)}) avoid the copy in hot loops.
 */
public final class FitResult {
    private final double[] parameters;
    private final double[][] covariance;
    private final double[] unmeasured;
    private final double[][] unmeasuredCovariance;
    private final double[] pulls;
    private final double chi2;
    private final int ndf;
    private final int iterations;
    private final boolean converged;
    private final double maxConstraintResidual;

    FitResult(double[] parameters, double[][] covariance, double[] unmeasured, double[][] unmeasuredCovariance,
            double[] pulls, double chi2, int ndf, int iterations, boolean converged, double maxConstraintResidual) {
        this.parameters = parameters;
        this.covariance = covariance;
        this.unmeasured = unmeasured;
        this.unmeasuredCovariance = unmeasuredCovariance;
        this.pulls = pulls;
        this.chi2 = chi2;
        this.ndf = ndf;
        this.iterations = iterations;
        this.converged = converged;
        this.maxConstraintResidual = maxConstraintResidual;
    }

    /** Fitted measured parameters. */
    public double[] parameters() {
        return parameters.clone();
    }

    public double parameter(int i) {
        return parameters[i];
    }

    /** Covariance of the fitted measured parameters. */
    public double[][] covariance() {
        return deepCopy(covariance);
    }

    public double covariance(int i, int j) {
        return covariance[i][j];
    }

    /** Fitted unmeasured parameters (empty if the fit had none). */
    public double[] unmeasured() {
        return unmeasured.clone();
    }

    public double unmeasured(int i) {
        return unmeasured[i];
    }

    public double[][] unmeasuredCovariance() {
        return deepCopy(unmeasuredCovariance);
    }

    public double unmeasuredCovariance(int i, int j) {
        return unmeasuredCovariance[i][j];
    }

    /**
     * Pulls (fitted - measured) / sqrt(sigma_measured^2 - sigma_fitted^2); NaN where the parameter is
     * not changed by the constraints (zero variance reduction).
     */
    public double[] pulls() {
        return pulls.clone();
    }

    public double pull(int i) {
        return pulls[i];
    }

    public double chi2() {
        return chi2;
    }

    /** Degrees of freedom: constraints minus unmeasured parameters. */
    public int ndf() {
        return ndf;
    }

    /** Probability of a chi-square at least this large for {@link #ndf()} degrees of freedom. */
    public double pValue() {
        if (!(chi2 >= 0) || ndf <= 0) {
            return Double.NaN;
        }
        // Q(ndf/2, chi2/2), the upper regularised gamma function: the chi-square survival function without
        // building a distribution object (and its random generator) per call, and without 1 - P cancellation
        return Gamma.regularizedGammaQ(ndf / 2.0, chi2 / 2.0);
    }

    /** Newton iterations performed. */
    public int iterations() {
        return iterations;
    }

    /** True if chi-square and constraints converged within the fitter's tolerances. */
    public boolean converged() {
        return converged;
    }

    /** max_i |f_i| at the fitted point (in the constraint's own units). */
    public double maxConstraintResidual() {
        return maxConstraintResidual;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }
}
