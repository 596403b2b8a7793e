package org.alpwb.plot.internal;

/** Step-shaped polylines of histograms, as {@code {x[], y[]}} arrays. */
final class Steps {
    private Steps() {
    }

    /**
     * The outline of a histogram: up from the baseline at the first edge, across each bin, down to
     * the baseline at the last edge. The baseline is 0, or the axis floor on a log axis, where bins
     * at or below the floor leave a gap (NaN) rather than a line along the axis.
     */
    static double[][] outline(double[] edges, double[] contents, DataRange y) {
        int bins = contents.length;
        double base = y.clamp(0);
        double[] xs = new double[3 * bins + 2];
        double[] ys = new double[xs.length];
        int n = 0;
        xs[n] = edges[0];
        ys[n++] = base;
        for (int i = 0; i < bins; i++) {
            double value = y.clamp(contents[i]);
            xs[n] = edges[i];
            ys[n++] = value;
            if (y.log() && value <= y.lower()) {
                // on a log axis an empty bin would run along the axis floor: leave a gap instead
                xs[n] = edges[i];
                ys[n++] = Double.NaN;
            }
            xs[n] = edges[i + 1];
            ys[n++] = value;
        }
        xs[n] = edges[bins];
        ys[n++] = base;
        return new double[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
    }

    /** Two points per bin: {@code (edge[i], v[i])} and {@code (edge[i+1], v[i])}, clamped to the axis. */
    static double[][] flat(double[] edges, double[] values, DataRange y) {
        int bins = values.length;
        double[] xs = new double[2 * bins];
        double[] ys = new double[2 * bins];
        for (int i = 0; i < bins; i++) {
            xs[2 * i] = edges[i];
            xs[2 * i + 1] = edges[i + 1];
            ys[2 * i] = y.clamp(values[i]);
            ys[2 * i + 1] = ys[2 * i];
        }
        return new double[][] {xs, ys};
    }
}
