package org.alpwb.fit.likelihood;

import org.alpwb.api.InvalidInputException;
import org.alpwb.fit.minimize.ObjectiveFunction;
import org.alpwb.fit.pdf.BoundShape;

/**
 * Unbinned NLL = -sum w_i ln p(x_i) (not extended; p normalised on the data region) or
 * sum_k nu_k F_k - sum w_i ln(sum_k nu_k f_k(x_i) / I_k) (extended; I_k the integral on the whole
 * range, F_k the fraction of shape k in the data region). Events outside the data region are
 * dropped at construction. A non-positive density makes the NLL +Infinity.
 */
public final class UnbinnedLikelihood implements Likelihood {
    private final Model model;
    private final double[] x;
    private final double[] w;
    private final double[] w2;
    private final double sumW;
    private final double sumW2;
    private final boolean weighted;

    public UnbinnedLikelihood(Model model, double[] values, double[] weights) {
        if (weights != null && weights.length != values.length) {
            throw new InvalidInputException("fit", "weights.length", weights.length, values.length + " (one per value)");
        }
        this.model = model;
        int n = 0;
        for (double v : values) {
            if (model.inData(v)) {
                n++;
            }
        }
        x = new double[n];
        w = new double[n];
        w2 = new double[n];
        double sw = 0;
        double sw2 = 0;
        boolean anyWeight = false;
        for (int i = 0, j = 0; i < values.length; i++) {
            if (model.inData(values[i])) {
                double wi = weights == null ? 1.0 : weights[i];
                x[j] = values[i];
                w[j] = wi;
                w2[j] = wi * wi;
                sw += wi;
                sw2 += wi * wi;
                anyWeight |= wi != 1.0;
                j++;
            }
        }
        sumW = sw;
        sumW2 = sw2;
        weighted = anyWeight;
    }

    public int size() {
        return x.length;
    }

    public double sumOfWeights() {
        return sumW;
    }

    @Override
    public double value(double[] p) {
        return nll(p, w, 1.0);
    }

    @Override
    public ObjectiveFunction squaredWeights() {
        // the extended term is scaled by sum w^2 / sum w so that the minimum stays where it is
        return p -> nll(p, w2, sumW > 0 ? sumW2 / sumW : 1.0);
    }

    @Override
    public boolean weighted() {
        return weighted;
    }

    private double nll(double[] p, double[] weights, double extendedScale) {
        BoundShape[] s = model.bind(p);
        if (!model.extended) {
            BoundShape f = s[0];
            double norm = model.dataIntegral(f);
            if (!(norm > 0) || !Double.isFinite(norm)) {
                return Double.POSITIVE_INFINITY;
            }
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                double v = f.value(x[i]);
                if (!(v > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                sum -= weights[i] * Math.log(v);
            }
            return sum + sumWeights(weights) * Math.log(norm);
        }
        int k = s.length;
        double[] coef = new double[k];
        double expectedTotal = 0;
        for (int c = 0; c < k; c++) {
            double all = s[c].integral(model.low, model.high);
            if (!(all > 0) || !Double.isFinite(all)) {
                return Double.POSITIVE_INFINITY;
            }
            coef[c] = p[c] / all;
            expectedTotal += coef[c] * model.dataIntegral(s[c]);
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double d = 0;
            for (int c = 0; c < k; c++) {
                d += coef[c] * s[c].value(x[i]);
            }
            if (!(d > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            sum -= weights[i] * Math.log(d);
        }
        return sum + extendedScale * expectedTotal;
    }

    private double sumWeights(double[] weights) {
        return weights == w ? sumW : sumW2;
    }

    @Override
    public double[] expected(double[] p, double[] edges) {
        BoundShape[] s = model.bind(p);
        double[] e = new double[edges.length - 1];
        for (int c = 0; c < s.length; c++) {
            double scale = model.extended ? p[c] / s[c].integral(model.low, model.high) : sumW / model.dataIntegral(s[c]);
            for (int b = 0; b < e.length; b++) {
                e[b] += scale * s[c].integral(edges[b], edges[b + 1]);
            }
        }
        return e;
    }

    /** Histogram of the data in [edges]: {sum w, sum w^2} per bin. */
    double[][] histogram(double[] edges) {
        double[][] h = new double[2][edges.length - 1];
        for (int i = 0; i < x.length; i++) {
            int b = java.util.Arrays.binarySearch(edges, x[i]);
            b = b >= 0 ? Math.min(b, edges.length - 2) : -b - 2;
            if (b >= 0 && b < edges.length - 1) {
                h[0][b] += w[i];
                h[1][b] += w2[i];
            }
        }
        return h;
    }
}
