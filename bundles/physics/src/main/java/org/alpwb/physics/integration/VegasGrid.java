package org.alpwb.physics.integration;

import java.util.Arrays;

/**
 * A VEGAS importance-sampling grid on the unit hypercube (Lepage, J. Comput. Phys. 27 (1978) 192):
 * per dimension, bins of equal probability whose edges adapt to where the squared weight is
 * large. Immutable: {@link #refined} returns a new grid, so worker threads can share one.
 */
public final class VegasGrid {
    private final int dims;
    private final int bins;
    private final double[][] edges;

    private VegasGrid(double[][] edges) {
        this.dims = edges.length;
        this.bins = dims == 0 ? 0 : edges[0].length - 1;
        this.edges = edges;
    }

    /** A uniform grid (density 1). */
    public static VegasGrid uniform(int dims, int bins) {
        double[][] edges = new double[dims][bins + 1];
        for (double[] e : edges) {
            for (int b = 0; b <= bins; b++) {
                e[b] = (double) b / bins;
            }
        }
        return new VegasGrid(edges);
    }

    public int dimensions() {
        return dims;
    }

    public int bins() {
        return bins;
    }

    /** Maps uniform y to x; returns the Jacobian dx/dy (= 1/density at x). */
    public double map(double[] y, double[] x) {
        double jac = 1;
        for (int d = 0; d < dims; d++) {
            double pos = y[d] * bins;
            int b = Math.min((int) pos, bins - 1);
            double lo = edges[d][b];
            double width = edges[d][b + 1] - lo;
            x[d] = lo + (pos - b) * width;
            jac *= width * bins;
        }
        return jac;
    }

    /** Density of the mapped points at x (1 for a uniform grid). */
    public double density(double[] x) {
        double jac = 1;
        for (int d = 0; d < dims; d++) {
            int b = bin(d, x[d]);
            jac *= (edges[d][b + 1] - edges[d][b]) * bins;
        }
        return 1 / jac;
    }

    private int bin(int d, double value) {
        int b = Arrays.binarySearch(edges[d], value);
        if (b < 0) {
            b = -b - 2;
        }
        return Math.max(0, Math.min(b, bins - 1));
    }

    /** Accumulator for {@link #add}: dims * bins sums. */
    public double[] newAccumulator() {
        return new double[dims * bins];
    }

    /** Adds {@code value} (the squared weight) to the bins containing x. */
    public void add(double[] accumulator, double[] x, double value) {
        for (int d = 0; d < dims; d++) {
            accumulator[d * bins + bin(d, x[d])] += value;
        }
    }

    /**
     * A new grid adapted to the accumulated squared weights, with the usual smoothing and damping
     * exponent {@code alpha} (1.5 is standard; 0 freezes the grid).
     */
    public VegasGrid refined(double[] accumulator, double alpha) {
        double[][] next = new double[dims][];
        for (int d = 0; d < dims; d++) {
            next[d] = refineDimension(d, accumulator, alpha);
        }
        return new VegasGrid(next);
    }

    private double[] refineDimension(int d, double[] acc, double alpha) {
        double[] raw = Arrays.copyOfRange(acc, d * bins, (d + 1) * bins);
        double[] smooth = new double[bins];
        double total = 0;
        for (int b = 0; b < bins; b++) {
            double sum = raw[b] * (b == 0 || b == bins - 1 ? 3 : 6);
            double count = b == 0 || b == bins - 1 ? 5 : 8;
            if (b > 0) {
                sum += raw[b - 1];
            }
            if (b < bins - 1) {
                sum += raw[b + 1];
            }
            smooth[b] = sum / count;
            total += smooth[b];
        }
        if (!(total > 0) || alpha == 0) {
            return edges[d].clone();
        }
        double[] importance = new double[bins];
        double sumImportance = 0;
        for (int b = 0; b < bins; b++) {
            double r = smooth[b] / total;
            importance[b] = r > 0 && r < 1 ? Math.pow((1 - r) / -Math.log(r), alpha) : (r >= 1 ? 1 : 0);
            sumImportance += importance[b];
        }
        if (!(sumImportance > 0)) {
            return edges[d].clone();
        }
        double per = sumImportance / bins;
        double[] old = edges[d];
        double[] result = new double[bins + 1];
        result[0] = 0;
        result[bins] = 1;
        // standard redistribution: walk the old bins accumulating importance
        double target = per;
        double running = 0;
        int k = 1;
        for (int b = 0; b < bins && k < bins; b++) {
            running += importance[b];
            while (running >= target && k < bins) {
                double excess = running - target;
                double fraction = importance[b] > 0 ? excess / importance[b] : 0;
                result[k] = old[b + 1] - fraction * (old[b + 1] - old[b]);
                k++;
                target += per;
            }
        }
        for (; k < bins; k++) {
            result[k] = old[bins];
        }
        // keep bins strictly ordered (tiny widths are fine, zero widths would break density())
        for (k = 1; k <= bins; k++) {
            double min = result[k - 1] + 1e-14;
            if (result[k] < min) {
                result[k] = Math.min(min, 1);
            }
        }
        result[bins] = 1;
        return result;
    }
}
