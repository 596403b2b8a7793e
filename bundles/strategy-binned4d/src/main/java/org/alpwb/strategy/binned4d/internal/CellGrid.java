package org.alpwb.strategy.binned4d.internal;

import java.util.Arrays;

/**
 * A D-dimensional rectangular grid over the analysis variables: per axis the interior edges (the
 * outer cells are open to +-infinity, so no selected event falls outside). Cell index = row-major
 * flat index over the axes. Immutable.
 */
final class CellGrid {
    private final double[][] interiorEdges;
    private final int[] stride;
    private final int cells;

    CellGrid(double[][] interiorEdges) {
        this.interiorEdges = new double[interiorEdges.length][];
        this.stride = new int[interiorEdges.length];
        int n = 1;
        for (int a = interiorEdges.length - 1; a >= 0; a--) {
            double[] e = interiorEdges[a].clone();
            for (int k = 1; k < e.length; k++) {
                if (!(e[k] > e[k - 1])) {
                    throw new IllegalArgumentException("edges of axis " + a + " not strictly increasing: " + Arrays.toString(e));
                }
            }
            this.interiorEdges[a] = e;
            stride[a] = n;
            n *= e.length + 1;
        }
        this.cells = n;
    }

    /**
     * Signal-quantile edges: on each axis the weighted quantiles k / n (k = 1..n-1) of the signal
     * values; coinciding quantiles (discrete or very peaked variables) collapse into one edge.
     */
    static CellGrid signalQuantiles(double[][] signalValues, double[] signalWeights, int[] binsPerAxis) {
        return signalQuantiles(binsPerAxis, (axis, p) -> WeightedQuantiles.quantiles(signalValues[axis], signalWeights, p));
    }

    /** As above with the quantiles k / n of axis a given by {@code quantilesOfAxis.apply(a, p)}. */
    static CellGrid signalQuantiles(int[] binsPerAxis,
            java.util.function.BiFunction<Integer, double[], double[]> quantilesOfAxis) {
        double[][] edges = new double[binsPerAxis.length][];
        for (int a = 0; a < edges.length; a++) {
            int n = binsPerAxis[a];
            double[] p = new double[n - 1];
            for (int k = 1; k < n; k++) {
                p[k - 1] = (double) k / n;
            }
            double[] q = quantilesOfAxis.apply(a, p);
            edges[a] = Arrays.stream(q).filter(Double::isFinite).distinct().sorted().toArray();
        }
        return new CellGrid(edges);
    }

    int axes() {
        return interiorEdges.length;
    }

    int cells() {
        return cells;
    }

    double[] interiorEdges(int axis) {
        return interiorEdges[axis].clone();
    }

    /** Bin of {@code x} on an axis: the number of interior edges <= x. */
    int axisBin(int axis, double x) {
        double[] e = interiorEdges[axis];
        int lo = 0;
        int hi = e.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (e[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Flat cell index of a point given as one value per axis. */
    int cell(double[] x) {
        int c = 0;
        for (int a = 0; a < x.length; a++) {
            c += stride[a] * axisBin(a, x[a]);
        }
        return c;
    }

    /** The bin index on {@code axis} of flat cell {@code cell}. */
    int axisIndex(int cell, int axis) {
        return (cell / stride[axis]) % (interiorEdges[axis].length + 1);
    }

    int axisBins(int axis) {
        return interiorEdges[axis].length + 1;
    }
}
