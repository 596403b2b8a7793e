package org.alpwb.api.fit;

import java.util.List;

/**
 * Fitted parameter values with their errors and covariance (immutable: arrays are copied).
 * Fixed parameters, and parameters that ended at one of their bounds (where a Hessian error means nothing),
 * have error 0: "no error estimate".
 */
public record FitParameters(List<String> names, double[] values, double[] errors, double[][] covariance) {
    public FitParameters {
        names = List.copyOf(names);
        values = values.clone();
        errors = errors.clone();
        covariance = copy(covariance);
        if (values.length != names.size() || errors.length != names.size() || covariance.length != names.size()) {
            throw new IllegalArgumentException("need " + names.size() + " values, errors and covariance rows");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] errors() {
        return errors.clone();
    }

    @Override
    public double[][] covariance() {
        return copy(covariance);
    }

    public int index(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter '" + name + "'; have " + names);
        }
        return i;
    }

    public double value(String name) {
        return values[index(name)];
    }

    public double error(String name) {
        return errors[index(name)];
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
