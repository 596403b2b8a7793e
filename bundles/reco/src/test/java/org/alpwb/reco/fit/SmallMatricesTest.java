package org.alpwb.reco.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The Jacobi pseudo-inverse against Commons Math's SVD on rank-deficient positive semi-definite matrices. */
class SmallMatricesTest {
    @Test
    void pseudoInverseOfSingularMatricesMatchesSvd() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {3, 1, 4, 1});
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + rng.nextInt(5);
            int rank = 1 + rng.nextInt(n - 1);
            // A = B B^T with B n x rank, entries spanning 4 orders of magnitude like cm^2 vs rad^2 blocks
            double[][] b = new double[n][rank];
            for (int i = 0; i < n; i++) {
                double scale = Math.pow(10, -2 * rng.nextDouble());
                for (int j = 0; j < rank; j++) {
                    b[i][j] = scale * (2 * rng.nextDouble() - 1);
                }
            }
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < rank; k++) {
                        a[i][j] += b[i][k] * b[j][k];
                    }
                }
            }
            double[][] out = new double[n][n];
            assertFalse(SmallMatrices.invertSymmetric(a, n, out), "singular: falls back");
            RealMatrix expected = new SingularValueDecomposition(MatrixUtils.createRealMatrix(a)).getSolver()
                    .getInverse();
            double norm = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    norm = Math.max(norm, Math.abs(expected.getEntry(i, j)));
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    // both are the Moore-Penrose inverse; condition numbers here stay below ~1e8, so double
                    // rounding leaves ~1e-7 of the largest element
                    assertEquals(expected.getEntry(i, j), out[i][j], 1e-6 * norm, "element " + i + "," + j);
                }
            }
        }
    }
}
