package org.alpwb.reco.fit;

/**
 * Least-squares fit of measured parameters a (measured values y, covariance V) and unmeasured
 * parameters z subject to constraints f(a, z) = 0, by Lagrange multipliers and Newton iterations on
 * the linearised constraints (P. Avery, "Applied Fitting Theory VI", CBX 98-37; the OrcaKinFit
 * design). At each expansion point (a_A, z_A) with D = df/da, E = df/dz:
 * <pre>
 *   r = f(a_A, z_A) + D (y - a_A),  S = D V D^T
 *   z = z_A - (E^T S^-1 E)^-1 E^T S^-1 r
 *   lambda = S^-1 (r + E (z - z_A)),  a = y - V D^T lambda,  chi2 = lambda . (r + E (z - z_A))
 * </pre>
 * until chi2 changes by less than {@code chi2Tolerance} and every |f_i| is below
 * {@code constraintTolerance}. Immutable and thread-safe.
 */
public final class ConstrainedFitter {
    /** Step halvings per iteration at most (a step is then 1/64 of the Newton step). */
    static final int MAX_HALVINGS = 6;
    private final int maxIterations;
    private final double chi2Tolerance;
    private final double constraintTolerance;

    public ConstrainedFitter(int maxIterations, double chi2Tolerance, double constraintTolerance) {
        if (maxIterations < 1 || !(chi2Tolerance > 0) || !(constraintTolerance > 0)) {
            throw new IllegalArgumentException("maxIterations >= 1 and positive tolerances required, got "
                    + maxIterations + ", " + chi2Tolerance + ", " + constraintTolerance);
        }
        this.maxIterations = maxIterations;
        this.chi2Tolerance = chi2Tolerance;
        this.constraintTolerance = constraintTolerance;
    }

    /** 20 iterations, chi2 stable to 1e-5, constraints to 1e-6 (GeV or cm, whatever the constraint uses). */
    public static ConstrainedFitter defaults() {
        return new ConstrainedFitter(20, 1e-5, 1e-6);
    }

    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Fits.
     *
     * @param measured        y (n)
     * @param covariance      V (n x n), symmetric positive definite
     * @param unmeasuredStart starting values of z (nz, may be empty); needs nz <= m
     */
    public FitResult fit(double[] measured, double[][] covariance, double[] unmeasuredStart,
            ConstraintFunction constraints) {
        int n = measured.length;
        int nz = unmeasuredStart.length;
        int m = constraints.constraintCount();
        if (covariance.length != n || (n > 0 && covariance[0].length != n)) {
            throw new IllegalArgumentException("covariance must be " + n + " x " + n);
        }
        if (nz > m) {
            throw new IllegalArgumentException(nz + " unmeasured parameters need at least as many constraints, got " + m);
        }
        double[] a = measured.clone();
        double[] z = unmeasuredStart.clone();
        double[] f = new double[m];
        double[][] d = new double[m][n];
        double[][] e = new double[m][nz];
        double[][] vdt = new double[n][m];
        double[][] s = new double[m][m];
        double[][] sInv = new double[m][m];
        double[][] w = new double[nz][nz];
        double[][] wInv = new double[nz][nz];
        double[][] etSInv = new double[nz][m];
        double[] r = new double[m];
        double[] lambda = new double[m];
        double[] etSr = new double[nz];
        double[] dz = new double[nz];
        double chi2 = Double.NaN;
        double previousChi2 = Double.POSITIVE_INFINITY;
        boolean converged = false;
        double maxResidual;
        int iteration = 0;
        // V^-1 for the merit function of the step control
        double[][] vInv = new double[n][n];
        SmallMatrices.invertSymmetric(covariance, n, vInv);
        double[] aPrevious = new double[n];
        double[] zPrevious = new double[nz];
        constraints.evaluate(a, z, f, d, e);
        while (true) {
            maxResidual = maxAbs(f);
            if (!Double.isFinite(maxResidual)) {
                break;
            }
            if (iteration > 0 && Math.abs(chi2 - previousChi2) <= chi2Tolerance && maxResidual <= constraintTolerance) {
                converged = true;
                break;
            }
            if (iteration == maxIterations) {
                break;
            }
            for (int i = 0; i < m; i++) {
                double ri = f[i];
                for (int k = 0; k < n; k++) {
                    ri += d[i][k] * (measured[k] - a[k]);
                }
                r[i] = ri;
            }
            projection(covariance, d, n, m, nz, e, vdt, s, sInv, w, wInv, etSInv);
            double maxResidualBefore = maxResidual;
            System.arraycopy(a, 0, aPrevious, 0, n);
            System.arraycopy(z, 0, zPrevious, 0, nz);
            if (nz > 0) {
                // dz = -W^-1 E^T S^-1 r ; r <- r + E dz
                for (int p = 0; p < nz; p++) {
                    double sum = 0;
                    for (int i = 0; i < m; i++) {
                        sum += etSInv[p][i] * r[i];
                    }
                    etSr[p] = sum;
                }
                for (int p = 0; p < nz; p++) {
                    double sum = 0;
                    for (int q = 0; q < nz; q++) {
                        sum -= wInv[p][q] * etSr[q];
                    }
                    dz[p] = sum;
                    z[p] += sum;
                }
                for (int i = 0; i < m; i++) {
                    for (int p = 0; p < nz; p++) {
                        r[i] += e[i][p] * dz[p];
                    }
                }
            }
            for (int i = 0; i < m; i++) {
                double li = 0;
                for (int j = 0; j < m; j++) {
                    li += sInv[i][j] * r[j];
                }
                lambda[i] = li;
            }
            for (int k = 0; k < n; k++) {
                double shift = 0;
                for (int i = 0; i < m; i++) {
                    shift += vdt[k][i] * lambda[i];
                }
                a[k] = measured[k] - shift;
            }
            // step control: a Newton step that makes the constraints worse while they are still far from
            // satisfied (strongly curved constraints, e.g. nearly tangent helices in a vertex fit, where the
            // linearisation misses the curvature along the common tangent) is halved up to MAX_HALVINGS times
            constraints.evaluate(a, z, f, d, e);
            double before = maxResidualBefore;
            for (int h = 0; h < MAX_HALVINGS && before > 100 * constraintTolerance && !(maxAbs(f) <= before); h++) {
                for (int k = 0; k < n; k++) {
                    a[k] = 0.5 * (a[k] + aPrevious[k]);
                }
                for (int p = 0; p < nz; p++) {
                    z[p] = 0.5 * (z[p] + zPrevious[p]);
                }
                constraints.evaluate(a, z, f, d, e);
            }
            previousChi2 = chi2;
            chi2 = distance(vInv, measured, a, n);
            iteration++;
        }
        return result(measured, covariance, a, z, d, e, vdt, s, sInv, w, wInv, etSInv, chi2, m - nz, iteration,
                converged, maxResidual);
    }

    /** Computes V D^T, S = D V D^T and its inverse, and for nz > 0 E^T S^-1 and (E^T S^-1 E)^-1. */
    private static void projection(double[][] v, double[][] d, int n, int m, int nz, double[][] e, double[][] vdt,
            double[][] s, double[][] sInv, double[][] w, double[][] wInv, double[][] etSInv) {
        for (int k = 0; k < n; k++) {
            double[] vk = v[k];
            for (int i = 0; i < m; i++) {
                double[] di = d[i];
                double sum = 0;
                for (int l = 0; l < n; l++) {
                    sum += vk[l] * di[l];
                }
                vdt[k][i] = sum;
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += d[i][k] * vdt[k][j];
                }
                s[i][j] = sum;
                s[j][i] = sum;
            }
        }
        SmallMatrices.invertSymmetric(s, m, sInv);
        if (nz > 0) {
            for (int p = 0; p < nz; p++) {
                for (int i = 0; i < m; i++) {
                    double sum = 0;
                    for (int j = 0; j < m; j++) {
                        sum += e[j][p] * sInv[j][i];
                    }
                    etSInv[p][i] = sum;
                }
            }
            for (int p = 0; p < nz; p++) {
                for (int q = 0; q <= p; q++) {
                    double sum = 0;
                    for (int i = 0; i < m; i++) {
                        sum += etSInv[p][i] * e[i][q];
                    }
                    w[p][q] = sum;
                    w[q][p] = sum;
                }
            }
            SmallMatrices.invertSymmetric(w, nz, wInv);
        }
    }

    private static FitResult result(double[] y, double[][] v, double[] a, double[] z, double[][] d, double[][] e,
            double[][] vdt, double[][] s, double[][] sInv, double[][] w, double[][] wInv, double[][] etSInv, double chi2,
            int ndf, int iterations, boolean converged, double maxResidual) {
        int n = y.length;
        int m = d.length;
        int nz = z.length;
        double[][] cov = new double[n][n];
        double[][] covZ = new double[nz][nz];
        double[] pulls = new double[n];
        if (Double.isFinite(maxResidual)) {
            projection(v, d, n, m, nz, e, vdt, s, sInv, w, wInv, etSInv);
            // G = V D^T S^-1 (n x m); V_a = V - G (V D^T)^T + (G E) W^-1 (G E)^T
            double[][] g = new double[n][m];
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < m; i++) {
                    double sum = 0;
                    for (int j = 0; j < m; j++) {
                        sum += vdt[k][j] * sInv[j][i];
                    }
                    g[k][i] = sum;
                }
            }
            double[][] ge = new double[n][nz];
            for (int k = 0; k < n; k++) {
                for (int p = 0; p < nz; p++) {
                    double sum = 0;
                    for (int i = 0; i < m; i++) {
                        sum += g[k][i] * e[i][p];
                    }
                    ge[k][p] = sum;
                }
            }
            for (int k = 0; k < n; k++) {
                for (int l = 0; l <= k; l++) {
                    double sum = v[k][l];
                    for (int i = 0; i < m; i++) {
                        sum -= g[k][i] * vdt[l][i];
                    }
                    for (int p = 0; p < nz; p++) {
                        for (int q = 0; q < nz; q++) {
                            sum += ge[k][p] * wInv[p][q] * ge[l][q];
                        }
                    }
                    cov[k][l] = sum;
                    cov[l][k] = sum;
                }
            }
            for (int p = 0; p < nz; p++) {
                covZ[p] = wInv[p].clone();
            }
            for (int k = 0; k < n; k++) {
                double reduction = v[k][k] - cov[k][k];
                pulls[k] = reduction > 1e-12 * v[k][k] ? (a[k] - y[k]) / Math.sqrt(reduction) : Double.NaN;
            }
        } else {
            java.util.Arrays.fill(pulls, Double.NaN);
            converged = false;
        }
        return new FitResult(a, cov, z, covZ, pulls, chi2, ndf, iterations, converged, maxResidual);
    }

    /** (a - y)^T V^-1 (a - y). */
    private static double distance(double[][] vInv, double[] y, double[] a, int n) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double dk = a[k] - y[k];
            double row = 0;
            for (int l = 0; l < n; l++) {
                row += vInv[k][l] * (a[l] - y[l]);
            }
            sum += dk * row;
        }
        return sum;
    }

    /** f^T M f. */
    private static double quadratic(double[][] m, double[] f, int size) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            double row = 0;
            for (int j = 0; j < size; j++) {
                row += m[i][j] * f[j];
            }
            sum += f[i] * row;
        }
        return sum;
    }

    private static double maxAbs(double[] values) {
        double max = 0;
        for (double x : values) {
            double ax = Math.abs(x);
            if (Double.isNaN(ax)) {
                return Double.NaN;
            }
            max = Math.max(max, ax);
        }
        return max;
    }
}
