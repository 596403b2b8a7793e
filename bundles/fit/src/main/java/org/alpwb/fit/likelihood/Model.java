package org.alpwb.fit.likelihood;

import java.util.ArrayList;
import java.util.List;

import org.alpwb.api.InvalidInputException;
import org.alpwb.fit.pdf.BoundShape;
import org.alpwb.fit.pdf.Shape;

/**
 * Shapes on a fit range [low, high] with an optional blind window excluded from the data.
 * Extended: parameters are [yield_1..yield_K, shape_1 params.., shape_K params..] and yields count
 * events on the whole range, window included. Not extended: one shape, parameters as the shape's.
 */
public final class Model {
    final List<Shape> shapes;
    final boolean extended;
    final double low;
    final double high;
    final double blindLow;
    final double blindHigh;
    private final int[] offsets;
    private final int size;

    public Model(List<Shape> shapes, boolean extended, double low, double high, double blindLow, double blindHigh) {
        if (shapes.isEmpty() || !extended && shapes.size() != 1) {
            throw new InvalidInputException("fit", "model.shapes", shapes.size(),
                    "one shape, or one or more with extended = true");
        }
        if (!(high > low)) {
            throw new InvalidInputException("fit", "range", "[" + low + ", " + high + "]", "low < high");
        }
        if (!Double.isNaN(blindLow) && !(blindHigh > blindLow && blindLow >= low && blindHigh <= high)) {
            throw new InvalidInputException("fit", "blindWindow", "[" + blindLow + ", " + blindHigh + "]",
                    "NaN (none) or a non-empty window inside [" + low + ", " + high + "]");
        }
        this.shapes = List.copyOf(shapes);
        this.extended = extended;
        this.low = low;
        this.high = high;
        this.blindLow = blindLow;
        this.blindHigh = blindHigh;
        offsets = new int[shapes.size()];
        int o = extended ? shapes.size() : 0;
        for (int k = 0; k < shapes.size(); k++) {
            offsets[k] = o;
            o += shapes.get(k).parameterCount();
        }
        size = o;
    }

    public static Model single(Shape shape, double low, double high) {
        return new Model(List.of(shape), false, low, high, Double.NaN, Double.NaN);
    }

    public int parameterCount() {
        return size;
    }

    /** Parameter names in vector order (yields are named yield_0, yield_1, ...). */
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        if (extended) {
            for (int k = 0; k < shapes.size(); k++) {
                names.add(shapes.size() == 1 ? "yield" : "yield_" + k);
            }
        }
        for (int k = 0; k < shapes.size(); k++) {
            for (String n : shapes.get(k).parameterNames()) {
                names.add(shapes.size() == 1 ? n : n + "_" + k);
            }
        }
        return names;
    }

    boolean blinded() {
        return !Double.isNaN(blindLow);
    }

    boolean inData(double x) {
        return x >= low && x <= high && !(blinded() && x > blindLow && x < blindHigh);
    }

    /** Bound shapes for a parameter vector. */
    BoundShape[] bind(double[] p) {
        BoundShape[] b = new BoundShape[shapes.size()];
        for (int k = 0; k < b.length; k++) {
            double[] q = new double[shapes.get(k).parameterCount()];
            System.arraycopy(p, offsets[k], q, 0, q.length);
            b[k] = shapes.get(k).bind(q);
        }
        return b;
    }

    /** Integral over the data region (the range minus the window). */
    double dataIntegral(BoundShape s) {
        double all = s.integral(low, high);
        return blinded() ? all - s.integral(blindLow, blindHigh) : all;
    }
}
