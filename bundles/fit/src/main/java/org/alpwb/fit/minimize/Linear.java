package org.alpwb.fit.minimize;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/** Small dense linear algebra helpers; decompositions come from Commons Math. */
final class Linear {
    private Linear() {
    }

    /** 0.5 g^T V g. */
    static double edm(double[] g, double[][] v) {
        double s = 0;
        for (int i = 0; i < g.length; i++) {
            double vi = 0;
            for (int j = 0; j < g.length; j++) {
                vi += v[i][j] * g[j];
            }
            s += g[i] * vi;
        }
        return 0.5 * s;
    }

    static double[] times(double[][] m, double[] x) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                s += m[i][j] * x[j];
            }
            r[i] = s;
        }
        return r;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** BFGS update of the inverse Hessian v with move s and gradient change y; false if skipped. */
    static boolean bfgs(double[][] v, double[] s, double[] y) {
        double sy = dot(s, y);
        if (!(sy > 1e-300)) {
            return false;
        }
        double[] vy = times(v, y);
        double yvy = dot(y, vy);
        double rho = 1.0 / sy;
        double a = rho + rho * rho * yvy;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                v[i][j] += a * s[i] * s[j] - rho * (vy[i] * s[j] + s[i] * vy[j]);
            }
        }
        return true;
    }

    private static boolean allFinite(double[][] matrix) {
        for (double[] row : matrix) {
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Inverse of a symmetric matrix, forced positive definite by raising non-positive eigenvalues
     * (as MINUIT does) — returned in {@code out}; the result says whether forcing was needed.
     */
    static boolean inversePositive(double[][] h, double[][] out) {
        RealMatrix m = new Array2DRowRealMatrix(h);
        m = m.add(m.transpose()).scalarMultiply(0.5);
        EigenDecomposition eig;
        try {
            eig = allFinite(h) ? new EigenDecomposition(m) : null;
        } catch (org.apache.commons.math3.exception.MathIllegalStateException noConvergence) {
            eig = null;
        }
        if (eig == null) {
            // a Hessian with NaN/Inf (e.g. an empty fit window) has no inverse: report it as unusable, not as a crash
            for (double[] row : out) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            return true;
        }
        double[] lambda = eig.getRealEigenvalues();
        double max = 0;
        for (double l : lambda) {
            max = Math.max(max, Math.abs(l));
        }
        double floor = max > 0 ? 1e-10 * max : 1.0;
        boolean forced = false;
        RealMatrix vecs = eig.getV();
        int n = h.length;
        for (double[] row : out) {
            java.util.Arrays.fill(row, 0.0);
        }
        for (int k = 0; k < n; k++) {
            double l = lambda[k];
            if (!(l > floor)) {
                forced = true;
                l = Math.max(Math.abs(l), floor);
            }
            for (int i = 0; i < n; i++) {
                double vik = vecs.getEntry(i, k) / l;
                for (int j = 0; j < n; j++) {
                    out[i][j] += vik * vecs.getEntry(j, k);
                }
            }
        }
        return forced;
    }
}
