package org.alpwb.classifier.nn.internal;

/** Plain-Java kernels: the reference for the vector kernels and the fallback without the Vector API. */
final class ScalarKernels implements Kernels {

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public void multiplyAdd(float[] a, int aOffset, int ai, int ak, float[] b, int bOffset, int ldb, float[] c,
            int cOffset, int ldc, int i0, int i1, int k0, int k1, int n) {
        for (int i = i0; i < i1; i++) {
            int ci = cOffset + i * ldc;
            for (int k = k0; k < k1; k++) {
                float av = a[aOffset + i * ai + k * ak];
                int bk = bOffset + k * ldb;
                for (int j = 0; j < n; j++) {
                    c[ci + j] = Math.fma(av, b[bk + j], c[ci + j]);
                }
            }
        }
    }

    @Override
    public void activate(Activation f, float[] z, int from, int to) {
        for (int i = from; i < to; i++) {
            z[i] = value(f, z[i]);
        }
    }

    static float value(Activation f, float x) {
        switch (f) {
            case ELU:
                return x > 0 ? x : Expm1.negative(x);
            case RELU:
                return x > 0 ? x : 0f;
            case SELU:
                return x > 0 ? Activation.SELU_SCALE * x : Activation.SELU_SCALE_ALPHA * Expm1.negative(x);
            case TANH:
                float e = Expm1.negative(-2f * Math.abs(x));
                float m = -e / (e + 2f);
                return x < 0 ? -m : m;
            default:
                throw new IllegalArgumentException(f.toString());
        }
    }

    @Override
    public void backpropagate(Activation f, float[] output, float[] gradient, int from, int to) {
        for (int i = from; i < to; i++) {
            float a = output[i];
            float g = gradient[i];
            switch (f) {
                case ELU:
                    gradient[i] = a > 0 ? g : g * (a + 1f);
                    break;
                case RELU:
                    gradient[i] = a > 0 ? g : 0f;
                    break;
                case SELU:
                    gradient[i] = a > 0 ? g * Activation.SELU_SCALE : g * (a + Activation.SELU_SCALE_ALPHA);
                    break;
                case TANH:
                    gradient[i] = g * (1f - a * a);
                    break;
                default:
                    throw new IllegalArgumentException(f.toString());
            }
        }
    }
}
