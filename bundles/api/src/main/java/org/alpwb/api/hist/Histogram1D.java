package org.alpwb.api.hist;

import java.util.Arrays;

/**
 * An immutable weighted one-dimensional histogram: bin edges (strictly increasing), sum of weights
 * and sum of squared weights per bin, plus underflow and overflow. Build with {@link Filler}.
 */
public final class Histogram1D {
    private final double[] edges;
    private final double[] sumW;
    private final double[] sumW2;
    private final double underflow;
    private final double overflow;

    public Histogram1D(double[] edges, double[] sumW, double[] sumW2, double underflow, double overflow) {
        checkEdges(edges);
        if (sumW.length != edges.length - 1 || sumW2.length != edges.length - 1) {
            throw new IllegalArgumentException("need " + (edges.length - 1) + " bin contents");
        }
        this.edges = edges.clone();
        this.sumW = sumW.clone();
        this.sumW2 = sumW2.clone();
        this.underflow = underflow;
        this.overflow = overflow;
    }

    public static double[] uniformEdges(int bins, double low, double high) {
        if (bins < 1 || !(high > low)) {
            throw new IllegalArgumentException("need bins >= 1 and high > low, got " + bins + ", " + low + ", " + high);
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = low + (high - low) * i / bins;
        }
        return edges;
    }

    public int binCount() {
        return sumW.length;
    }

    public double[] edges() {
        return edges.clone();
    }

    public double content(int bin) {
        return sumW[bin];
    }

    /** Statistical error sqrt(sum w^2) of a bin. */
    public double error(int bin) {
        return Math.sqrt(sumW2[bin]);
    }

    public double[] contents() {
        return sumW.clone();
    }

    public double[] sumOfSquaredWeights() {
        return sumW2.clone();
    }

    public double underflow() {
        return underflow;
    }

    public double overflow() {
        return overflow;
    }

    public double binCentre(int bin) {
        return 0.5 * (edges[bin] + edges[bin + 1]);
    }

    public double integral() {
        double sum = 0;
        for (double w : sumW) {
            sum += w;
        }
        return sum;
    }

    private static void checkEdges(double[] edges) {
        if (edges.length < 2) {
            throw new IllegalArgumentException("a histogram needs at least two edges");
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("edges must increase strictly: " + Arrays.toString(edges));
            }
        }
    }

    /** Accumulates weights; not thread-safe (fill one per thread and {@link #add} them). */
    public static final class Filler {
        private final double[] edges;
        private final double[] sumW;
        private final double[] sumW2;
        private double underflow;
        private double overflow;

        public Filler(double[] edges) {
            checkEdges(edges);
            this.edges = edges.clone();
            this.sumW = new double[edges.length - 1];
            this.sumW2 = new double[edges.length - 1];
        }

        public Filler fill(double x, double weight) {
            if (x < edges[0]) {
                underflow += weight;
            } else if (x >= edges[edges.length - 1]) {
                overflow += weight;
            } else if (!Double.isNaN(x)) {
                int bin = Arrays.binarySearch(edges, x);
                bin = bin >= 0 ? bin : -bin - 2;
                sumW[bin] += weight;
                sumW2[bin] += weight * weight;
            }
            return this;
        }

        public Filler add(Filler other) {
            if (!Arrays.equals(edges, other.edges)) {
                throw new IllegalArgumentException("histograms have different binning");
            }
            for (int i = 0; i < sumW.length; i++) {
                sumW[i] += other.sumW[i];
                sumW2[i] += other.sumW2[i];
            }
            underflow += other.underflow;
            overflow += other.overflow;
            return this;
        }

        public Histogram1D build() {
            return new Histogram1D(edges, sumW, sumW2, underflow, overflow);
        }
    }
}
