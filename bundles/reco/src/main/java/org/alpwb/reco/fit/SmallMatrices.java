package org.alpwb.reco.fit;

/** Dense linear algebra on small primitive matrices for the fitters' inner loops. */
final class SmallMatrices {
    private SmallMatrices() {
    }

    /**
     * Inverts the symmetric matrix {@code a} (n x n) into {@code out}. Uses an in-place Cholesky
     * decomposition (fast, no allocation beyond one scratch row); if {@code a} is not positive definite
     * (degenerate geometry, e.g. nearly parallel tracks in a vertex fit) it falls back to the
     * Moore-Penrose pseudo-inverse ({@link #pseudoInverse}) and returns false.
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

    /**
     * Moore-Penrose pseudo-inverse of the symmetric positive semi-definite {@code a} by cyclic Jacobi
     * rotations (eigenvalues below 1e-12 of the largest are treated as zero, the same cut as an SVD
     * solver at double precision for these sizes). Replaces Commons Math's SVD, whose object allocations
     * dominated the vertex fit: at the perigee of a prompt track the along-track position is carried by
     * the arc length, so S = D V D^T is singular in every vertex fit of tracks from the interaction point.
     */
    static void pseudoInverse(double[][] a, int n, double[][] out) {
        double[][] m = new double[n][n];
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 60; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += m[i][i] * m[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += m[i][j] * m[i][j];
                }
            }
            if (off <= 1e-32 * diag || off == 0) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = m[p][q];
                    if (apq == 0) {
                        continue;
                    }
                    double theta = (m[q][q] - m[p][p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int k = 0; k < n; k++) { // columns p, q
                        double mkp = m[k][p];
                        double mkq = m[k][q];
                        m[k][p] = c * mkp - sn * mkq;
                        m[k][q] = sn * mkp + c * mkq;
                    }
                    for (int k = 0; k < n; k++) { // rows p, q
                        double mpk = m[p][k];
                        double mqk = m[q][k];
                        m[p][k] = c * mpk - sn * mqk;
                        m[q][k] = sn * mpk + c * mqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - sn * vkq;
                        v[k][q] = sn * vkp + c * vkq;
                    }
                }
            }
        }
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(m[i][i]));
        }
        double cut = 1e-12 * max;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    double lambda = m[k][k];
                    if (Math.abs(lambda) > cut) {
                        sum += v[i][k] * v[j][k] / lambda;
                    }
                }
                out[i][j] = sum;
            }
        }
    }
}
