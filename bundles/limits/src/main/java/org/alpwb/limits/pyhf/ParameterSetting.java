package org.alpwb.limits.pyhf;

/**
 * Measurement-level settings of one (possibly multi-bin) parameter; null fields are absent in the
 * JSON and keep the modifier type's default. {@code bounds[i] = {low, high}}.
 */
public record ParameterSetting(String name, double[][] bounds, double[] inits, Boolean fixed, double[] auxdata,
        double[] sigmas) {

    public ParameterSetting {
        bounds = bounds == null ? null : deepClone(bounds);
        inits = inits == null ? null : inits.clone();
        auxdata = auxdata == null ? null : auxdata.clone();
        sigmas = sigmas == null ? null : sigmas.clone();
    }

    @Override
    public double[][] bounds() {
        return bounds == null ? null : deepClone(bounds);
    }

    @Override
    public double[] inits() {
        return inits == null ? null : inits.clone();
    }

    @Override
    public double[] auxdata() {
        return auxdata == null ? null : auxdata.clone();
    }

    @Override
    public double[] sigmas() {
        return sigmas == null ? null : sigmas.clone();
    }

    private static double[][] deepClone(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
