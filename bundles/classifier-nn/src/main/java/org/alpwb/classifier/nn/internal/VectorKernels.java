package org.alpwb.classifier.nn.internal;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Kernels on jdk.incubator.vector, loaded reflectively by {@link Kernels#best()}. The multiply works on
 * register tiles of 4 rows x 4 vectors (16 accumulators); each accumulator lane runs the same fma chain
 * over k as {@link ScalarKernels}, so the results are bit-identical to the scalar path.
 */
final class VectorKernels implements Kernels {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final int L = F.length();

    VectorKernels() {
        if (L > LANES || LANES % L != 0 || I.length() != L) {
            throw new UnsupportedOperationException("vector length " + L + " does not divide " + LANES);
        }
        // touch the API once so that a missing module fails here, inside Kernels.best()
        FloatVector.zero(F).add(1f).reduceLanes(VectorOperators.ADD);
    }

    @Override
    public String name() {
        return "vector-" + F.vectorBitSize() + "bit";
    }

    @Override
    public void multiplyAdd(float[] a, int aOffset, int ai, int ak, float[] b, int bOffset, int ldb, float[] c,
            int cOffset, int ldc, int i0, int i1, int k0, int k1, int n) {
        int i = i0;
        for (; i + 4 <= i1; i += 4) {
            int j = 0;
            for (; j + 4 * L <= n; j += 4 * L) {
                tile4x4(a, aOffset, ai, ak, b, bOffset, ldb, c, cOffset, ldc, i, k0, k1, j);
            }
            if (j + 2 * L <= n) {
                tile4x2(a, aOffset, ai, ak, b, bOffset, ldb, c, cOffset, ldc, i, k0, k1, j);
                j += 2 * L;
            }
            for (; j < n; j += L) {
                tile4x1(a, aOffset, ai, ak, b, bOffset, ldb, c, cOffset, ldc, i, k0, k1, j);
            }
        }
        for (; i < i1; i++) {
            for (int j = 0; j < n; j += L) {
                tile1x1(a, aOffset, ai, ak, b, bOffset, ldb, c, cOffset, ldc, i, k0, k1, j);
            }
        }
    }

    private static void tile4x4(float[] a, int aOffset, int ai, int ak, float[] b, int bOffset, int ldb,
            float[] c, int cOffset, int ldc, int i, int k0, int k1, int j) {
        int c0 = cOffset + i * ldc + j;
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        FloatVector s00 = FloatVector.fromArray(F, c, c0);
        FloatVector s01 = FloatVector.fromArray(F, c, c0 + L);
        FloatVector s02 = FloatVector.fromArray(F, c, c0 + 2 * L);
        FloatVector s03 = FloatVector.fromArray(F, c, c0 + 3 * L);
        FloatVector s10 = FloatVector.fromArray(F, c, c1);
        FloatVector s11 = FloatVector.fromArray(F, c, c1 + L);
        FloatVector s12 = FloatVector.fromArray(F, c, c1 + 2 * L);
        FloatVector s13 = FloatVector.fromArray(F, c, c1 + 3 * L);
        FloatVector s20 = FloatVector.fromArray(F, c, c2);
        FloatVector s21 = FloatVector.fromArray(F, c, c2 + L);
        FloatVector s22 = FloatVector.fromArray(F, c, c2 + 2 * L);
        FloatVector s23 = FloatVector.fromArray(F, c, c2 + 3 * L);
        FloatVector s30 = FloatVector.fromArray(F, c, c3);
        FloatVector s31 = FloatVector.fromArray(F, c, c3 + L);
        FloatVector s32 = FloatVector.fromArray(F, c, c3 + 2 * L);
        FloatVector s33 = FloatVector.fromArray(F, c, c3 + 3 * L);
        int a0 = aOffset + i * ai;
        for (int k = k0; k < k1; k++) {
            int bk = bOffset + k * ldb + j;
            FloatVector b0 = FloatVector.fromArray(F, b, bk);
            FloatVector b1 = FloatVector.fromArray(F, b, bk + L);
            FloatVector b2 = FloatVector.fromArray(F, b, bk + 2 * L);
            FloatVector b3 = FloatVector.fromArray(F, b, bk + 3 * L);
            int ak0 = a0 + k * ak;
            FloatVector x = FloatVector.broadcast(F, a[ak0]);
            s00 = x.fma(b0, s00);
            s01 = x.fma(b1, s01);
            s02 = x.fma(b2, s02);
            s03 = x.fma(b3, s03);
            x = FloatVector.broadcast(F, a[ak0 + ai]);
            s10 = x.fma(b0, s10);
            s11 = x.fma(b1, s11);
            s12 = x.fma(b2, s12);
            s13 = x.fma(b3, s13);
            x = FloatVector.broadcast(F, a[ak0 + 2 * ai]);
            s20 = x.fma(b0, s20);
            s21 = x.fma(b1, s21);
            s22 = x.fma(b2, s22);
            s23 = x.fma(b3, s23);
            x = FloatVector.broadcast(F, a[ak0 + 3 * ai]);
            s30 = x.fma(b0, s30);
            s31 = x.fma(b1, s31);
            s32 = x.fma(b2, s32);
            s33 = x.fma(b3, s33);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + L);
        s02.intoArray(c, c0 + 2 * L);
        s03.intoArray(c, c0 + 3 * L);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + L);
        s12.intoArray(c, c1 + 2 * L);
        s13.intoArray(c, c1 + 3 * L);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + L);
        s22.intoArray(c, c2 + 2 * L);
        s23.intoArray(c, c2 + 3 * L);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + L);
        s32.intoArray(c, c3 + 2 * L);
        s33.intoArray(c, c3 + 3 * L);
    }

    private static void tile4x2(float[] a, int aOffset, int ai, int ak, float[] b, int bOffset, int ldb,
            float[] c, int cOffset, int ldc, int i, int k0, int k1, int j) {
        int c0 = cOffset + i * ldc + j;
        int c1 = c0 + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        FloatVector s00 = FloatVector.fromArray(F, c, c0);
        FloatVector s01 = FloatVector.fromArray(F, c, c0 + L);
        FloatVector s10 = FloatVector.fromArray(F, c, c1);
        FloatVector s11 = FloatVector.fromArray(F, c, c1 + L);
        FloatVector s20 = FloatVector.fromArray(F, c, c2);
        FloatVector s21 = FloatVector.fromArray(F, c, c2 + L);
        FloatVector s30 = FloatVector.fromArray(F, c, c3);
        FloatVector s31 = FloatVector.fromArray(F, c, c3 + L);
        int a0 = aOffset + i * ai;
        for (int k = k0; k < k1; k++) {
            int bk = bOffset + k * ldb + j;
            FloatVector b0 = FloatVector.fromArray(F, b, bk);
            FloatVector b1 = FloatVector.fromArray(F, b, bk + L);
            int ak0 = a0 + k * ak;
            FloatVector x = FloatVector.broadcast(F, a[ak0]);
            s00 = x.fma(b0, s00);
            s01 = x.fma(b1, s01);
            x = FloatVector.broadcast(F, a[ak0 + ai]);
            s10 = x.fma(b0, s10);
            s11 = x.fma(b1, s11);
            x = FloatVector.broadcast(F, a[ak0 + 2 * ai]);
            s20 = x.fma(b0, s20);
            s21 = x.fma(b1, s21);
            x = FloatVector.broadcast(F, a[ak0 + 3 * ai]);
            s30 = x.fma(b0, s30);
            s31 = x.fma(b1, s31);
        }
        s00.intoArray(c, c0);
        s01.intoArray(c, c0 + L);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + L);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + L);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + L);
    }

    private static void tile4x1(float[] a, int aOffset, int ai, int ak, float[] b, int bOffset, int ldb,
            float[] c, int cOffset, int ldc, int i, int k0, int k1, int j) {
        int c0 = cOffset + i * ldc + j;
        FloatVector s0 = FloatVector.fromArray(F, c, c0);
        FloatVector s1 = FloatVector.fromArray(F, c, c0 + ldc);
        FloatVector s2 = FloatVector.fromArray(F, c, c0 + 2 * ldc);
        FloatVector s3 = FloatVector.fromArray(F, c, c0 + 3 * ldc);
        int a0 = aOffset + i * ai;
        for (int k = k0; k < k1; k++) {
            FloatVector bv = FloatVector.fromArray(F, b, bOffset + k * ldb + j);
            int ak0 = a0 + k * ak;
            s0 = FloatVector.broadcast(F, a[ak0]).fma(bv, s0);
            s1 = FloatVector.broadcast(F, a[ak0 + ai]).fma(bv, s1);
            s2 = FloatVector.broadcast(F, a[ak0 + 2 * ai]).fma(bv, s2);
            s3 = FloatVector.broadcast(F, a[ak0 + 3 * ai]).fma(bv, s3);
        }
        s0.intoArray(c, c0);
        s1.intoArray(c, c0 + ldc);
        s2.intoArray(c, c0 + 2 * ldc);
        s3.intoArray(c, c0 + 3 * ldc);
    }

    private static void tile1x1(float[] a, int aOffset, int ai, int ak, float[] b, int bOffset, int ldb,
            float[] c, int cOffset, int ldc, int i, int k0, int k1, int j) {
        int c0 = cOffset + i * ldc + j;
        FloatVector s = FloatVector.fromArray(F, c, c0);
        int a0 = aOffset + i * ai;
        for (int k = k0; k < k1; k++) {
            s = FloatVector.broadcast(F, a[a0 + k * ak]).fma(FloatVector.fromArray(F, b, bOffset + k * ldb + j), s);
        }
        s.intoArray(c, c0);
    }

    @Override
    public void activate(Activation f, float[] z, int from, int to) {
        for (int i = from; i < to; i += L) {
            FloatVector x = FloatVector.fromArray(F, z, i);
            VectorMask<Float> positive = x.compare(VectorOperators.GT, 0f);
            FloatVector y;
            switch (f) {
                case ELU:
                    y = expm1(x).blend(x, positive);
                    break;
                case RELU:
                    y = FloatVector.zero(F).blend(x, positive);
                    break;
                case SELU:
                    y = expm1(x).mul(Activation.SELU_SCALE_ALPHA).blend(x.mul(Activation.SELU_SCALE), positive);
                    break;
                case TANH:
                    FloatVector e = expm1(x.abs().mul(-2f));
                    FloatVector m = e.neg().div(e.add(2f));
                    y = m.blend(m.neg(), x.compare(VectorOperators.LT, 0f));
                    break;
                default:
                    throw new IllegalArgumentException(f.toString());
            }
            y.intoArray(z, i);
        }
    }

    @Override
    public void backpropagate(Activation f, float[] output, float[] gradient, int from, int to) {
        for (int i = from; i < to; i += L) {
            FloatVector a = FloatVector.fromArray(F, output, i);
            FloatVector g = FloatVector.fromArray(F, gradient, i);
            VectorMask<Float> positive = a.compare(VectorOperators.GT, 0f);
            FloatVector y;
            switch (f) {
                case ELU:
                    y = g.mul(a.add(1f)).blend(g, positive);
                    break;
                case RELU:
                    y = FloatVector.zero(F).blend(g, positive);
                    break;
                case SELU:
                    y = g.mul(a.add(Activation.SELU_SCALE_ALPHA)).blend(g.mul(Activation.SELU_SCALE), positive);
                    break;
                case TANH:
                    y = g.mul(FloatVector.broadcast(F, 1f).sub(a.mul(a)));
                    break;
                default:
                    throw new IllegalArgumentException(f.toString());
            }
            y.intoArray(gradient, i);
        }
    }

    /** Lane-wise {@link Expm1#negative}, the same IEEE operations in the same order. */
    private static FloatVector expm1(FloatVector x) {
        FloatVector xc = x.max(Expm1.LOWEST);
        FloatVector big = xc.neg().mul(Expm1.LOG2E).add(Expm1.ROUNDER);
        FloatVector nf = big.sub(Expm1.ROUNDER);
        IntVector n = (IntVector) big.reinterpretAsInts();
        n = n.sub(Expm1.ROUNDER_BITS);
        FloatVector r = nf.fma(FloatVector.broadcast(F, Expm1.LN2_HI), xc);
        r = nf.fma(FloatVector.broadcast(F, Expm1.LN2_LO), r);
        FloatVector q = FloatVector.broadcast(F, Expm1.C7);
        q = q.fma(r, FloatVector.broadcast(F, Expm1.C6));
        q = q.fma(r, FloatVector.broadcast(F, Expm1.C5));
        q = q.fma(r, FloatVector.broadcast(F, Expm1.C4));
        q = q.fma(r, FloatVector.broadcast(F, Expm1.C3));
        q = q.fma(r, FloatVector.broadcast(F, Expm1.C2));
        FloatVector p = q.fma(r.mul(r), r);
        FloatVector scale = (FloatVector) IntVector.broadcast(I, 127).sub(n).lanewise(VectorOperators.LSHL, 23)
                .reinterpretAsFloats();
        return scale.fma(p, scale.sub(1f));
    }
}
