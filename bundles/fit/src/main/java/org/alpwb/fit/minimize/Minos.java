package org.alpwb.fit.minimize;

import java.util.ArrayList;
import java.util.List;

import org.alpwb.api.InvalidInputException;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * MINOS-like profile scan: for each side, the offset t where the objective minimised over all
 * other parameters (parameter {@code index} fixed at best + t) exceeds the minimum by errorDef.
 * The crossing is bracketed by doubling from the parabolic error, then found by Brent's method.
 */
final class Minos {
    private final Minimizer minimizer;
    private final ObjectiveFunction f;
    private final List<Parameter> params;
    private final MinimizationResult best;
    private int calls;

    Minos(Minimizer minimizer, ObjectiveFunction f, List<Parameter> params, MinimizationResult best) {
        this.minimizer = minimizer;
        this.f = f;
        this.params = params;
        this.best = best;
    }

    MinosError errors(int index) {
        if (index < 0 || index >= params.size() || params.get(index).isFixed()) {
            throw new InvalidInputException("minos", "index", index, "the index of a free parameter");
        }
        double[] lower = crossing(index, -1);
        double[] upper = crossing(index, +1);
        return new MinosError(-lower[0], upper[0], lower[1] > 0, upper[1] > 0, calls);
    }

    /** {offset, valid ? 1 : 0} of the crossing in direction sign. */
    private double[] crossing(int index, int sign) {
        Parameter p = params.get(index);
        double x0 = best.values()[index];
        double room = sign > 0 ? p.upper() - x0 : x0 - p.lower();
        double t = best.errors()[index] > 0 ? best.errors()[index] : p.step();
        double hi = Double.NaN;
        for (int i = 0; i < 30; i++) {
            if (t >= room) {
                if (excess(index, x0 + sign * room) < 0) {
                    return new double[] {room, 0};
                }
                hi = room;
                break;
            }
            if (excess(index, x0 + sign * t) > 0) {
                hi = t;
                break;
            }
            t *= 2;
        }
        if (Double.isNaN(hi)) {
            return new double[] {t, 0};
        }
        double accuracy = 1e-4 * Math.max(best.errors()[index], 1e-12);
        try {
            double root = new BrentSolver(accuracy).solve(60, s -> excess(index, x0 + sign * s), 0.0, hi);
            return new double[] {root, 1};
        } catch (MathIllegalStateException e) {
            return new double[] {hi, 0};
        }
    }

    /** Profiled objective at x minus (minimum + errorDef). */
    private double excess(int index, double x) {
        List<Parameter> fixed = new ArrayList<>(params.size());
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            double v = Math.max(p.lower(), Math.min(p.upper(), i == index ? x : best.values()[i]));
            fixed.add(i == index ? p.withValue(v).withFixed(true) : p.withValue(v));
        }
        MinimizationResult r = minimizer.minimize(f, fixed);
        calls += r.calls();
        return r.minimum() - best.minimum() - minimizer.errorDef();
    }
}
