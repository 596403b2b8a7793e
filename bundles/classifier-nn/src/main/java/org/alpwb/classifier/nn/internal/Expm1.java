package org.alpwb.classifier.nn.internal;

/**
 * e^x - 1 for x <= 0 in float, by Cody-Waite reduction x = n ln 2 + r (|r| <= ln2 / 2) and a degree-7
 * Taylor polynomial for expm1(r) (truncation error r^8/8! < 1.6e-8 relative, below float's 6e-8).
 * The vector kernels evaluate exactly the same sequence of IEEE operations lane by lane, so the scalar
 * and the vector paths agree bit for bit; {@code Math.exp} is avoided because its result may differ
 * between the interpreter, the JIT intrinsic and SVML.
 */
final class Expm1 {
    static final float LOWEST = -20f; // e^-20 - 1 rounds to -1 in float
    static final float LOG2E = 1.44269504f;
    static final float LN2_HI = 0.693145752f; // ln 2 split so that n * LN2_HI is exact for |n| < 2^11
    static final float LN2_LO = 1.42860677e-6f;
    static final float ROUNDER = 12582912f; // 1.5 * 2^23
    static final int ROUNDER_BITS = Float.floatToRawIntBits(ROUNDER);
    static final float C2 = 1f / 2, C3 = 1f / 6, C4 = 1f / 24, C5 = 1f / 120, C6 = 1f / 720, C7 = 1f / 5040;

    private Expm1() {
    }

    /** expm1(x) for x <= 0 (larger arguments are not used by the activations). */
    static float negative(float x) {
        float xc = Math.max(x, LOWEST);
        // n = rint(-x / ln 2) by the 1.5 * 2^23 trick (exact: 0 <= -x / ln 2 < 29), also in the vector code,
        // where a float-to-int conversion is not compiled to a vector instruction by JDK 17
        float big = (-xc) * LOG2E + ROUNDER;
        float nf = big - ROUNDER;
        int n = Float.floatToRawIntBits(big) - ROUNDER_BITS;
        float r = Math.fma(nf, LN2_HI, xc);
        r = Math.fma(nf, LN2_LO, r);
        float q = C7;
        q = Math.fma(q, r, C6);
        q = Math.fma(q, r, C5);
        q = Math.fma(q, r, C4);
        q = Math.fma(q, r, C3);
        q = Math.fma(q, r, C2);
        float p = Math.fma(q, r * r, r);
        float scale = Float.intBitsToFloat((127 - n) << 23);
        return Math.fma(scale, p, scale - 1f);
    }
}
