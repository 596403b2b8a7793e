package org.alpwb.limits.model;

import org.apache.commons.math3.special.Gamma;

/**
 * Auxiliary measurements as pyhf: Gaussian N(aux | theta, sigma) for normsys, histosys, lumi and
 * staterror; Poisson(aux | gamma tau) in the continuous form for shapesys.
 */
record Constraints(int[] gaussParam, double[] gaussAux, double[] gaussSigma, int[] poissonParam,
        double[] poissonAux, double[] poissonTau) {

    static final Constraints NONE = new Constraints(new int[0], new double[0], new double[0], new int[0],
            new double[0], new double[0]);

    /** Terms of -ln L that do not depend on the parameters. */
    double constant() {
        double c = 0;
        for (double s : gaussSigma) {
            c += Math.log(s) + 0.5 * Math.log(2 * Math.PI);
        }
        for (double a : poissonAux) {
            c += Gamma.logGamma(a + 1);
        }
        return c;
    }

    double nll(double[] x) {
        double sum = 0;
        for (int i = 0; i < gaussParam.length; i++) {
            double z = (gaussAux[i] - x[gaussParam[i]]) / gaussSigma[i];
            sum += 0.5 * z * z;
        }
        for (int i = 0; i < poissonParam.length; i++) {
            double nu = x[poissonParam[i]] * poissonTau[i];
            if (!(nu > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            sum += nu - poissonAux[i] * Math.log(nu);
        }
        return sum;
    }

    void addGradient(double[] x, double[] g) {
        for (int i = 0; i < gaussParam.length; i++) {
            double s = gaussSigma[i];
            g[gaussParam[i]] += (x[gaussParam[i]] - gaussAux[i]) / (s * s);
        }
        for (int i = 0; i < poissonParam.length; i++) {
            int p = poissonParam[i];
            g[p] += poissonTau[i] - poissonAux[i] / x[p];
        }
    }

    void addHessian(double[] x, double[][] h) {
        for (int i = 0; i < gaussParam.length; i++) {
            double s = gaussSigma[i];
            h[gaussParam[i]][gaussParam[i]] += 1 / (s * s);
        }
        for (int i = 0; i < poissonParam.length; i++) {
            int p = poissonParam[i];
            h[p][p] += poissonAux[i] / (x[p] * x[p]);
        }
    }

    Constraints withAux(double[] gauss, double[] poisson) {
        return new Constraints(gaussParam, gauss, gaussSigma, poissonParam, poisson, poissonTau);
    }

    double[] asimovGauss(double[] x) {
        double[] a = new double[gaussParam.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = x[gaussParam[i]];
        }
        return a;
    }

    double[] asimovPoisson(double[] x) {
        double[] a = new double[poissonParam.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = x[poissonParam[i]] * poissonTau[i];
        }
        return a;
    }
}
