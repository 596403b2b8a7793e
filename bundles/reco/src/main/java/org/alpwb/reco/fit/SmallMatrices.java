package org.alpwb.reco.fit;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** Dense linear algebra on small primitive matrices for the fitters' inner loops. */
final class SmallMatrices {
    private SmallMatrices() {
    }

    /**
     * Inverts the symmetric matrix {@code a} (n x n) into {@code out}. Uses an in-place Cholesky
     * decomposition (fast, no allocation beyond one scratch row); if {@code a} is not positive definite
     * (degenerate geometry, e.g. nearly parallel tracks in a vertex fit) it falls back to the
     * Moore-Penrose pseudo-inverse from Commons Math's SVD and returns false.
     */
    static boolean invertSymmetric(double[][] a, int n, double[][] out) {
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > 1e-300) || d <= 1e-13 * Math.abs(a[j][j])) {
                pseudoInverse(a, n, out);
                return false;
            }
            double ljj = Math.sqrt(d);
            l[j][j] = ljj;
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / ljj;
            }
        }
        // inverse of L (lower triangular), then A^-1 = L^-T L^-1
        double[][] li = new double[n][n];
        for (int i = 0; i < n; i++) {
            li[i][i] = 1.0 / l[i][i];
            for (int j = 0; j < i; j++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s -= l[i][k] * li[k][j];
                }
                li[i][j] = s / l[i][i];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int k = i; k < n; k++) {
                    s += li[k][i] * li[k][j];
                }
                out[i][j] = s;
                out[j][i] = s;
            }
        }
        return true;
    }

    private static void pseudoInverse(double[][] a, int n, double[][] out) {
        RealMatrix m = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m.setEntry(i, j, a[i][j]);
            }
        }
        RealMatrix inverse = new SingularValueDecomposition(m).getSolver().getInverse();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = inverse.getEntry(i, j);
            }
        }
    }
}
