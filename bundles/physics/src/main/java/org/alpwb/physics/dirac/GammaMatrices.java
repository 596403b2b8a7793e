package org.alpwb.physics.dirac;

/**
 * Explicit 4x4 gamma matrices of the Weyl representation (row-major, interleaved complex,
 * 32 doubles each). Not used on the hot path: they are the independent reference against which
 * the fused routines of {@link Dirac} are tested, and document the representation.
 */
public final class GammaMatrices {

    private GammaMatrices() {
    }

    /** gamma^mu for mu = 0..3, or gamma^5 = i gamma^0 gamma^1 gamma^2 gamma^3 for mu = 5. */
    public static double[] gamma(int mu) {
        double[] g = new double[32];
        switch (mu) {
            case 0:
                set(g, 0, 2, 1, 0); set(g, 1, 3, 1, 0); set(g, 2, 0, 1, 0); set(g, 3, 1, 1, 0);
                break;
            case 1: // [[0, sx], [-sx, 0]]
                set(g, 0, 3, 1, 0); set(g, 1, 2, 1, 0); set(g, 2, 1, -1, 0); set(g, 3, 0, -1, 0);
                break;
            case 2: // sy = [[0, -i], [i, 0]]
                set(g, 0, 3, 0, -1); set(g, 1, 2, 0, 1); set(g, 2, 1, 0, 1); set(g, 3, 0, 0, -1);
                break;
            case 3: // sz = diag(1, -1)
                set(g, 0, 2, 1, 0); set(g, 1, 3, -1, 0); set(g, 2, 0, -1, 0); set(g, 3, 1, 1, 0);
                break;
            case 5: // diag(-1, -1, 1, 1)
                set(g, 0, 0, -1, 0); set(g, 1, 1, -1, 0); set(g, 2, 2, 1, 0); set(g, 3, 3, 1, 0);
                break;
            default:
                throw new IllegalArgumentException("mu must be 0..3 or 5");
        }
        return g;
    }

    private static void set(double[] g, int row, int col, double re, double im) {
        g[2 * (4 * row + col)] = re;
        g[2 * (4 * row + col) + 1] = im;
    }

    /** Product of two 4x4 complex matrices. */
    public static double[] multiply(double[] a, double[] b) {
        double[] c = new double[32];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < 4; k++) {
                    int x = 2 * (4 * i + k);
                    int y = 2 * (4 * k + j);
                    re += a[x] * b[y] - a[x + 1] * b[y + 1];
                    im += a[x] * b[y + 1] + a[x + 1] * b[y];
                }
                c[2 * (4 * i + j)] = re;
                c[2 * (4 * i + j) + 1] = im;
            }
        }
        return c;
    }

    /** Matrix times spinor. */
    public static double[] apply(double[] m, double[] psi) {
        double[] out = new double[8];
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 4; k++) {
                int x = 2 * (4 * i + k);
                out[2 * i] += m[x] * psi[2 * k] - m[x + 1] * psi[2 * k + 1];
                out[2 * i + 1] += m[x] * psi[2 * k + 1] + m[x + 1] * psi[2 * k];
            }
        }
        return out;
    }
}
