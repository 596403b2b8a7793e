package org.alpwb.limits.model;

import java.util.function.DoubleUnaryOperator;
import org.alpwb.api.hist.Histogram1D;

/**
 * A non-negative shape in the mass variable with {@link #parameterCount()} parameters; need not be
 * normalised ({@link WindowModel} normalises it on its window).
 */
public interface Shape {

    int parameterCount();

    double value(double x, double[] parameters);

    /** A shape without parameters. */
    static Shape of(DoubleUnaryOperator f) {
        return new Shape() {
            @Override
            public int parameterCount() {
                return 0;
            }

            @Override
            public double value(double x, double[] parameters) {
                return f.applyAsDouble(x);
            }
        };
    }

    /** A histogram as a piecewise-constant density (content / bin width), 0 outside its range. */
    static Shape histogram(Histogram1D h) {
        double[] edges = h.edges();
        double[] density = h.contents();
        for (int i = 0; i < density.length; i++) {
            density[i] /= edges[i + 1] - edges[i];
        }
        return of(x -> {
            if (!(x >= edges[0] && x < edges[edges.length - 1])) {
                return 0;
            }
            int bin = java.util.Arrays.binarySearch(edges, x);
            bin = bin >= 0 ? bin : -bin - 2;
            return density[bin];
        });
    }
}
