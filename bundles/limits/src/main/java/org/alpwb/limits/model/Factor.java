package org.alpwb.limits.model;

/**
 * A multiplicative modifier of one sample: per bin, the index of its parameter (-1: factor 1) and,
 * for normsys, the code-4 interpolation; otherwise the factor is the parameter value itself
 * (normfactor, lumi, shapefactor, shapesys, staterror).
 */
record Factor(int[] parameterPerBin, double hi, double lo, double[] code4) {

    static Factor linear(int[] parameterPerBin) {
        return new Factor(parameterPerBin, Double.NaN, Double.NaN, null);
    }

    static Factor normsys(int parameter, int bins, double hi, double lo) {
        int[] p = new int[bins];
        java.util.Arrays.fill(p, parameter);
        return new Factor(p, hi, lo, Interpolation.code4Coefficients(hi, lo));
    }

    double value(double x) {
        return code4 == null ? x : Interpolation.code4(x, hi, lo, code4);
    }

    double derivative(double x) {
        return code4 == null ? 1 : Interpolation.code4Derivative(x, hi, lo, code4);
    }
}
