package org.alpwb.limits.model;

/**
 * A multiplicative modifier of one sample: per bin, the index of its parameter (-1: factor 1) and, for
 * normsys, its interpolation (nominal 1 between the factors lo and hi); otherwise the factor is the
 * parameter value itself (normfactor, lumi, shapefactor, shapesys, staterror).
 */
record Factor(int[] parameterPerBin, InterpolationCode.Term normsys) {

    static Factor linear(int[] parameterPerBin) {
        return new Factor(parameterPerBin, null);
    }

    static Factor normsys(int parameter, int bins, double hi, double lo, InterpolationCode code) {
        int[] p = new int[bins];
        java.util.Arrays.fill(p, parameter);
        return new Factor(p, code.term(1, hi, lo));
    }

    double value(double x) {
        return normsys == null ? x : 1 + normsys.delta(x);
    }

    double derivative(double x) {
        return normsys == null ? 1 : normsys.derivative(x);
    }

    double secondDerivative(double x) {
        return normsys == null ? 0 : normsys.secondDerivative(x);
    }
}
