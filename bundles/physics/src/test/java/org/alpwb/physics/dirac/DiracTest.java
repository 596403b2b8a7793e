package org.alpwb.physics.dirac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.alpwb.physics.lorentz.FourVectors;
import org.junit.jupiter.api.Test;

/** Checks the fused Weyl-representation routines against explicit matrices and textbook identities. */
class DiracTest {

    private static final double[] METRIC = {1, -1, -1, -1};
    // all identities below hold exactly; 1e-13 allows for rounding of O(10 GeV) products
    private static final double TOL = 1e-13;

    @Test
    void cliffordAlgebra() {
        for (int mu = 0; mu < 4; mu++) {
            for (int nu = 0; nu < 4; nu++) {
                double[] a = GammaMatrices.multiply(GammaMatrices.gamma(mu), GammaMatrices.gamma(nu));
                double[] b = GammaMatrices.multiply(GammaMatrices.gamma(nu), GammaMatrices.gamma(mu));
                for (int i = 0; i < 4; i++) {
                    for (int j = 0; j < 4; j++) {
                        int x = 2 * (4 * i + j);
                        double expect = (mu == nu && i == j) ? 2 * METRIC[mu] : 0;
                        assertEquals(expect, a[x] + b[x], 0.0);
                        assertEquals(0.0, a[x + 1] + b[x + 1], 0.0);
                    }
                }
            }
        }
    }

    private static double[] slashMatrix(double[] a) {
        double[] m = new double[32];
        for (int mu = 0; mu < 4; mu++) {
            double[] g = GammaMatrices.gamma(mu);
            double s = METRIC[mu];
            for (int x = 0; x < 32; x += 2) { // (a_mu) * gamma^mu with complex a
                m[x] += s * (a[2 * mu] * g[x] - a[2 * mu + 1] * g[x + 1]);
                m[x + 1] += s * (a[2 * mu] * g[x + 1] + a[2 * mu + 1] * g[x]);
            }
        }
        return m;
    }

    private static double[] randomComplex(SplittableRandom r, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = r.nextDouble(-2, 2);
        }
        return v;
    }

    @Test
    void fusedProductsMatchExplicitMatrices() {
        SplittableRandom r = new SplittableRandom(11);
        for (int trial = 0; trial < 50; trial++) {
            double[] a = randomComplex(r, 8);
            double[] psi = randomComplex(r, 8);
            double[] b = randomComplex(r, 8);
            double[] m = slashMatrix(a);
            double[] expect = GammaMatrices.apply(m, psi);
            double[] got = new double[8];
            Dirac.slash(a, 0, psi, 0, got, 0);
            assertArrayClose(expect, got);
            // b a-slash: transpose-multiply the explicit matrix
            double[] row = new double[8];
            for (int j = 0; j < 4; j++) {
                for (int i = 0; i < 4; i++) {
                    int x = 2 * (4 * i + j);
                    row[2 * j] += b[2 * i] * m[x] - b[2 * i + 1] * m[x + 1];
                    row[2 * j + 1] += b[2 * i] * m[x + 1] + b[2 * i + 1] * m[x];
                }
            }
            Dirac.barSlash(b, 0, a, 0, got, 0);
            assertArrayClose(row, got);
            // current b gamma^mu psi
            double[] cur = new double[8];
            Dirac.current(b, 0, psi, 0, cur, 0);
            for (int mu = 0; mu < 4; mu++) {
                double[] gp = GammaMatrices.apply(GammaMatrices.gamma(mu), psi);
                double[] s = new double[2];
                Dirac.scalar(b, 0, gp, 0, s, 0);
                assertEquals(s[0], cur[2 * mu], TOL);
                assertEquals(s[1], cur[2 * mu + 1], TOL);
            }
            // propagator numerator with a real momentum equals slash + m
            double[] p = {a[0], a[2], a[4], a[6]};
            double[] pc = {a[0], 0, a[2], 0, a[4], 0, a[6], 0};
            Dirac.slash(pc, 0, psi, 0, expect, 0);
            for (int k = 0; k < 8; k++) {
                expect[k] = (expect[k] + 0.7 * psi[k]) / 3.0;
            }
            Dirac.propagate(p, 0, 0.7, 3.0, psi, 0, got, 0);
            assertArrayClose(expect, got);
            Dirac.barSlash(b, 0, pc, 0, expect, 0);
            for (int k = 0; k < 8; k++) {
                expect[k] = (expect[k] + 0.7 * b[k]) / 3.0;
            }
            Dirac.barPropagate(b, 0, p, 0, 0.7, 3.0, got, 0);
            assertArrayClose(expect, got);
        }
    }

    @Test
    void spinorsSolveDiracEquationAndAreHelicityStates() {
        double m = 0.51099895e-3;
        double[][] momenta = {{0, 0.3, -1.2, 2.0}, {0, 0, 0, -5.29}, {0, 0, 0, 5.29}, {0, 1e-7, 2e-7, 5.0},
            {0, 1e-4, 0, -3.0}};
        for (double mass : new double[] {m, 0.0, 0.1056584}) {
            for (double[] p3 : momenta) {
                double[] p = new double[4];
                FourVectors.setOnShell(mass, p3[1], p3[2], p3[3], p, 0);
                double[] pc = {p[0], 0, p[1], 0, p[2], 0, p[3], 0};
                double mom = FourVectors.momentum(p, 0);
                double[] sumUUbar = new double[32];
                for (int lambda : new int[] {1, -1}) {
                    double[] u = new double[8];
                    double[] v = new double[8];
                    double[] w = new double[8];
                    Spinors.u(p, 0, mass, lambda, u, 0);
                    Spinors.v(p, 0, mass, lambda, v, 0);
                    // (p-slash - m) u = 0 and (p-slash + m) v = 0, relative to the O(E) size of the terms
                    Dirac.slash(pc, 0, u, 0, w, 0);
                    for (int k = 0; k < 8; k++) {
                        assertEquals(mass * u[k], w[k], TOL * p[0]);
                    }
                    Dirac.slash(pc, 0, v, 0, w, 0);
                    for (int k = 0; k < 8; k++) {
                        assertEquals(-mass * v[k], w[k], TOL * p[0]);
                    }
                    double[] ub = new double[8];
                    double[] s = new double[2];
                    Spinors.bar(u, 0, ub, 0);
                    Dirac.scalar(ub, 0, u, 0, s, 0);
                    assertEquals(2 * mass, s[0], TOL * p[0]);
                    Spinors.bar(v, 0, ub, 0);
                    Dirac.scalar(ub, 0, v, 0, s, 0);
                    assertEquals(-2 * mass, s[0], TOL * p[0]);
                    // helicity: (Sigma.p/|p|) u = lambda u, Sigma = diag(sigma, sigma) in the Weyl basis;
                    // for v the physical antiparticle helicity lambda means eigenvalue -lambda
                    checkHelicity(p, mom, u, lambda);
                    checkHelicity(p, mom, v, -lambda);
                    Spinors.bar(u, 0, ub, 0);
                    for (int i = 0; i < 4; i++) {
                        for (int j = 0; j < 4; j++) {
                            int x = 2 * (4 * i + j);
                            sumUUbar[x] += u[2 * i] * ub[2 * j] - u[2 * i + 1] * ub[2 * j + 1];
                            sumUUbar[x + 1] += u[2 * i] * ub[2 * j + 1] + u[2 * i + 1] * ub[2 * j];
                        }
                    }
                }
                // completeness: sum_lambda u ubar = p-slash + m
                double[] expect = slashMatrix(pc);
                for (int i = 0; i < 4; i++) {
                    expect[2 * (4 * i + i)] += mass;
                }
                for (int x = 0; x < 32; x++) {
                    assertEquals(expect[x], sumUUbar[x], TOL * p[0]);
                }
            }
        }
    }

    @Test
    void bothHelicitiesAtOnceEqualSingleCalls() {
        double[] p = new double[4];
        FourVectors.setOnShell(0.51099895e-3, 0.2, -0.1, -4.0, p, 0);
        double[] both = new double[16];
        double[] one = new double[8];
        Spinors.uBoth(p, 0, 0.51099895e-3, both, 0);
        for (int h = 0; h < 2; h++) {
            Spinors.u(p, 0, 0.51099895e-3, h == 0 ? 1 : -1, one, 0);
            for (int k = 0; k < 8; k++) {
                assertEquals(one[k], both[8 * h + k], 0.0);
            }
        }
        Spinors.vBoth(p, 0, 0.51099895e-3, both, 0);
        for (int h = 0; h < 2; h++) {
            Spinors.v(p, 0, 0.51099895e-3, h == 0 ? 1 : -1, one, 0);
            for (int k = 0; k < 8; k++) {
                assertEquals(one[k], both[8 * h + k], 0.0);
            }
        }
    }

    private static void checkHelicity(double[] p, double mom, double[] psi, int eigen) {
        double nx = p[1] / mom;
        double ny = p[2] / mom;
        double nz = p[3] / mom;
        for (int half = 0; half < 2; half++) {
            int o = 4 * half;
            double ar = psi[o], ai = psi[o + 1], br = psi[o + 2], bi = psi[o + 3];
            // (n.sigma)(a, b) = (nz a + (nx - i ny) b, (nx + i ny) a - nz b)
            double r0 = nz * ar + nx * br + ny * bi;
            double i0 = nz * ai + nx * bi - ny * br;
            double r1 = nx * ar - ny * ai - nz * br;
            double i1 = nx * ai + ny * ar - nz * bi;
            assertEquals(eigen * ar, r0, TOL * p[0]);
            assertEquals(eigen * ai, i0, TOL * p[0]);
            assertEquals(eigen * br, r1, TOL * p[0]);
            assertEquals(eigen * bi, i1, TOL * p[0]);
        }
    }

    @Test
    void polarisationsAreTransverseOrthonormalAndSpanTheSameSpace() {
        double[][] ks = {{0, 1, 2, -0.5}, {0, 0, 0, 3}, {0, 0, 0, -3}, {0, 1e-9, 0, 2}};
        double[] scratch = new double[16];
        for (double[] k3 : ks) {
            double[] k = new double[4];
            FourVectors.setOnShell(0, k3[1], k3[2], k3[3], k, 0);
            double[] kc = {k[0], 0, k[1], 0, k[2], 0, k[3], 0};
            double[][] lin = new double[2][8];
            double[][] hel = new double[2][8];
            Polarizations.linear(k, 0, 0, lin[0], 0);
            Polarizations.linear(k, 0, 1, lin[1], 0);
            Polarizations.helicity(k, 0, 1, true, hel[0], 0, scratch);
            Polarizations.helicity(k, 0, -1, true, hel[1], 0, scratch);
            double[] d = new double[2];
            for (int a = 0; a < 2; a++) {
                Dirac.dot(lin[a], 0, kc, 0, d, 0);
                assertEquals(0.0, d[0], TOL * k[0]);
                for (int b = 0; b < 2; b++) {
                    Dirac.dot(lin[a], 0, lin[b], 0, d, 0);
                    assertEquals(a == b ? -1.0 : 0.0, d[0], TOL);
                }
            }
            // sum over helicities of eps^mu eps^nu* equals the same sum over linear polarisations
            for (int mu = 0; mu < 4; mu++) {
                for (int nu = 0; nu < 4; nu++) {
                    double linRe = 0;
                    double helRe = 0;
                    double helIm = 0;
                    for (int a = 0; a < 2; a++) {
                        linRe += lin[a][2 * mu] * lin[a][2 * nu];
                        helRe += hel[a][2 * mu] * hel[a][2 * nu] + hel[a][2 * mu + 1] * hel[a][2 * nu + 1];
                        helIm += hel[a][2 * mu + 1] * hel[a][2 * nu] - hel[a][2 * mu] * hel[a][2 * nu + 1];
                    }
                    assertEquals(linRe, helRe, TOL);
                    assertEquals(0.0, helIm, TOL);
                }
            }
        }
    }

    private static void assertArrayClose(double[] expect, double[] got) {
        for (int k = 0; k < expect.length; k++) {
            assertEquals(expect[k], got[k], TOL * 10, "component " + k);
        }
    }
}
