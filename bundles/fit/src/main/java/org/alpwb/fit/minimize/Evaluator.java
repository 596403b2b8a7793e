package org.alpwb.fit.minimize;

/**
 * Evaluates the objective at internal coordinates, counts calls, maps NaN to +Infinity (so that
 * line searches back off) and remembers the best point seen, which fallbacks restart from.
 */
final class Evaluator {
    final ObjectiveFunction function;
    final Transform transform;
    private final double[] external;
    int calls;
    double bestValue = Double.POSITIVE_INFINITY;
    double[] bestPoint;

    Evaluator(ObjectiveFunction function, Transform transform) {
        this.function = function;
        this.transform = transform;
        this.external = new double[transform.size()];
    }

    double value(double[] u) {
        transform.external(u, external);
        calls++;
        double v = function.value(external);
        if (Double.isNaN(v)) {
            v = Double.POSITIVE_INFINITY;
        }
        if (v < bestValue) {
            bestValue = v;
            bestPoint = u.clone();
        }
        return v;
    }

    double[] externalValues(double[] u) {
        double[] out = new double[transform.size()];
        transform.external(u, out);
        return out;
    }
}
