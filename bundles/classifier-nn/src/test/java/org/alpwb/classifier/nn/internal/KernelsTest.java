package org.alpwb.classifier.nn.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The vector kernels are in use and agree bit for bit with the scalar reference; expm1 is accurate. */
class KernelsTest {
    private final Kernels vector = Kernels.best();
    private final Kernels scalar = new ScalarKernels();

    @Test
    void vectorKernelsAreTheOnesInUse() {
        // the surefire JVM (like the launcher and the in-framework tests) adds jdk.incubator.vector; without it
        // the scalar fallback would be used silently at 1/15 of the speed
        assertTrue(vector.name().startsWith("vector-"), "kernels in use: " + vector.name());
        assertEquals(vector.name(), new MlpClassifier().kernelName());
    }

    @Test
    void multiplyAddIsBitIdenticalToScalar() {
        SplittableRandom random = new SplittableRandom(7);
        int[][] shapes = {{1, 1, 16}, {3, 26, 176}, {9, 170, 176}, {13, 5, 64}, {4, 16, 32}, {7, 1, 16}};
        for (int[] s : shapes) {
            int rows = s[0];
            int k = s[1];
            int n = s[2];
            float[] a = randoms(random, rows * k);
            float[] b = randoms(random, k * n);
            float[] c1 = randoms(random, rows * n);
            float[] c2 = c1.clone();
            // row-major a (forward) and column-major a (weight gradient) on the same data
            vector.multiplyAdd(a, 0, k, 1, b, 0, n, c1, 0, n, 0, rows, 0, k, n);
            scalar.multiplyAdd(a, 0, k, 1, b, 0, n, c2, 0, n, 0, rows, 0, k, n);
            assertBits(c2, c1);
            float[] g1 = new float[k * n];
            float[] g2 = new float[k * n];
            float[] d = randoms(random, rows * n);
            vector.multiplyAdd(a, 0, 1, k, d, 0, n, g1, 0, n, 0, k, 0, rows, n);
            scalar.multiplyAdd(a, 0, 1, k, d, 0, n, g2, 0, n, 0, k, 0, rows, n);
            assertBits(g2, g1);
        }
    }

    @Test
    void activationsAndDerivativesAreBitIdenticalToScalar() {
        SplittableRandom random = new SplittableRandom(11);
        float[] z = new float[4096];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (random.nextDouble(-30, 30) * (i % 3 == 0 ? 0.01 : 1));
        }
        for (Activation f : Activation.values()) {
            float[] v = z.clone();
            float[] s = z.clone();
            vector.activate(f, v, 0, v.length);
            scalar.activate(f, s, 0, s.length);
            assertBits(s, v);
            float[] gv = randoms(random, z.length);
            float[] gs = gv.clone();
            vector.backpropagate(f, v, gv, 0, v.length);
            scalar.backpropagate(f, s, gs, 0, s.length);
            assertBits(gs, gv);
        }
    }

    @Test
    void ownExpm1AgreesWithTheLibraryToTwoFloatRoundings() {
        // tolerance: the polynomial's truncation (< 1.6e-8 relative) plus ~10 float roundings of the reduction,
        // each <= 2^-24 relative; measured 1.8e-7, asserted 3e-7 of max(|expm1|, 1e-30)
        double worst = 0;
        for (int i = 0; i <= 200_000; i++) {
            float x = (float) (-25.0 * i / 200_000);
            double exact = Math.expm1((double) x);
            double error = Math.abs(Expm1.negative(x) - exact) / Math.max(Math.abs(exact), 1e-30);
            if (x != 0) {
                worst = Math.max(worst, error);
            }
        }
        assertTrue(worst < 3e-7, "worst relative error " + worst);
        assertEquals(0f, Expm1.negative(0f));
        assertEquals(-1f, Expm1.negative(-1000f));
    }

    @Test
    void activationsMatchTheirDefinitions() {
        // independent double-precision definitions; float tolerance 1e-6 absolute on O(1) values
        for (double x = -6; x <= 6; x += 0.01) {
            float fx = (float) x;
            assertEquals(x > 0 ? fx : Math.expm1(fx), ScalarKernels.value(Activation.ELU, fx), 1e-6);
            assertEquals(Math.tanh(fx), ScalarKernels.value(Activation.TANH, fx), 1e-6);
            assertEquals(1.0507009873554805 * (fx > 0 ? fx : 1.6732632423543772 * Math.expm1(fx)),
                    ScalarKernels.value(Activation.SELU, fx), 2e-6);
            assertEquals(Math.max(0, fx), ScalarKernels.value(Activation.RELU, fx), 0);
        }
    }

    private static float[] randoms(SplittableRandom random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) random.nextDouble(-1, 1);
        }
        return v;
    }

    static void assertBits(float[] expected, float[] actual) {
        int[] e = new int[expected.length];
        int[] a = new int[actual.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = Float.floatToRawIntBits(expected[i]);
            a[i] = Float.floatToRawIntBits(actual[i]);
        }
        assertArrayEquals(e, a);
    }
}
