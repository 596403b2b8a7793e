package org.alpwb.reco.fit;

/**
 * Constraints f(a, z) = 0 on measured parameters a (n) and unmeasured parameters z (nz), with their
 * derivatives. Implementations must be stateless or confined to one thread.
 */
public interface ConstraintFunction {

    /** Number of constraint equations m. */
    int constraintCount();

    /**
     * Evaluates the constraints and their Jacobians at (measured, unmeasured).
     *
     * @param measured    current measured parameters a (length n)
     * @param unmeasured  current unmeasured parameters z (length nz, may be empty)
     * @param values      out: f (length m)
     * @param dMeasured   out: df/da (m x n); every element must be written
     * @param dUnmeasured out: df/dz (m x nz); every element must be written
     */
    void evaluate(double[] measured, double[] unmeasured, double[] values, double[][] dMeasured,
            double[][] dUnmeasured);
}
