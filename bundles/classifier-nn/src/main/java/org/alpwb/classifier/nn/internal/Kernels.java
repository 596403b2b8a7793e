package org.alpwb.classifier.nn.internal;

/**
 * The numerical kernels of the network. Two implementations, {@link ScalarKernels} and
 * {@code VectorKernels} (jdk.incubator.vector), give bit-identical results: every output element is
 * one fixed chain of fused multiply-adds in increasing k, whoever computes it and however the rows are
 * split between threads.
 */
interface Kernels {
    /** Column counts (n of {@link #multiplyAdd}) must be a multiple of this. */
    int LANES = 16;

    String name();

    /**
     * For i in [i0, i1) and j in [0, n): the fma chain over k in [k0, k1) of
     * a[aOffset + i * ai + k * ak] * b[bOffset + k * ldb + j] into c[cOffset + i * ldc + j], starting
     * from the value already there.
     */
    void multiplyAdd(float[] a, int aOffset, int ai, int ak, float[] b, int bOffset, int ldb, float[] c,
            int cOffset, int ldc, int i0, int i1, int k0, int k1, int n);

    /** z -> f(z) in place on [from, to) (multiples of LANES). */
    void activate(Activation f, float[] z, int from, int to);

    /** gradient[i] *= f'(z) where output[i] = f(z), on [from, to) (multiples of LANES). */
    void backpropagate(Activation f, float[] output, float[] gradient, int from, int to);

    /** The vector kernels if the jdk.incubator.vector module is present and usable, else the scalar ones. */
    static Kernels best() {
        try {
            Class<?> type = Class.forName("org.alpwb.classifier.nn.internal.VectorKernels", true,
                    Kernels.class.getClassLoader());
            return (Kernels) type.getDeclaredConstructor().newInstance();
        } catch (LinkageError | ReflectiveOperationException | RuntimeException unavailable) {
            return new ScalarKernels();
        }
    }
}
