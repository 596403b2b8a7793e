package org.alpwb.physics.integration;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws one point of the multi-channel density g = sum_c alpha_c g_c and returns its weight f/g.
 * One instance per worker (owns an integrand copy and scratch arrays).
 */
final class PointSampler {
    final MultiChannelIntegrand integrand;
    private final SamplingState state;
    private final double[][] xs;
    private final double[][] ys;
    private final double[] extra;
    private final double[] psWeights;
    int lastChannel;

    PointSampler(MultiChannelIntegrand integrand, SamplingState state) {
        this.integrand = integrand;
        this.state = state;
        int n = integrand.channelCount();
        this.xs = new double[n][];
        this.ys = new double[n][];
        for (int c = 0; c < n; c++) {
            xs[c] = new double[integrand.dimensions(c)];
            ys[c] = new double[integrand.dimensions(c)];
        }
        this.extra = new double[integrand.extraDimensions()];
        this.psWeights = new double[n];
    }

    double[] lastX() {
        return xs[lastChannel];
    }

    double sample(UniformRandomProvider rng) {
        double[] alphas = state.alphas();
        double u = rng.nextDouble();
        int c = 0;
        double acc = alphas[0];
        while (u >= acc && c < alphas.length - 1) {
            c++;
            acc += alphas[c];
        }
        lastChannel = c;
        double[] y = ys[c];
        for (int d = 0; d < y.length; d++) {
            y[d] = rng.nextDouble();
        }
        for (int d = 0; d < extra.length; d++) {
            extra[d] = rng.nextDouble();
        }
        VegasGrid grid = state.grids()[c];
        double[] x = xs[c];
        if (grid.dimensions() > 0) {
            grid.map(y, x);
        } else {
            System.arraycopy(y, 0, x, 0, y.length);
        }
        double f = integrand.evaluate(c, x, extra, xs, psWeights);
        if (f == 0) {
            return 0;
        }
        double g = 0;
        for (int j = 0; j < alphas.length; j++) {
            if (psWeights[j] > 0 && alphas[j] > 0) {
                VegasGrid gj = state.grids()[j];
                double rho = gj.dimensions() > 0 ? gj.density(xs[j]) : 1;
                g += alphas[j] * rho / psWeights[j];
            }
        }
        return g > 0 ? f / g : 0;
    }

    /** g_j/g for the last point, for the Kleiss-Pittau update. */
    void channelFractions(double[] out) {
        double[] alphas = state.alphas();
        double g = 0;
        for (int j = 0; j < alphas.length; j++) {
            out[j] = 0;
            if (psWeights[j] > 0) {
                VegasGrid gj = state.grids()[j];
                out[j] = (gj.dimensions() > 0 ? gj.density(xs[j]) : 1) / psWeights[j];
                g += alphas[j] * out[j];
            }
        }
        for (int j = 0; j < alphas.length; j++) {
            out[j] = g > 0 ? out[j] / g : 0;
        }
    }
}
