package org.alpwb.limits.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.fit.minimize.MinimizationResult;
import org.alpwb.fit.minimize.Minimizer;
import org.alpwb.fit.minimize.Parameter;

/**
 * The thesis' first fit (ch. 8.3): the background shape fitted to the events of the window outside
 * the blinded signal region, with the shape normalised on the sidebands only, so a signal cannot pull
 * it. Uses the fit bundle's MIGRAD-like minimiser (shape parameters need ~1e-4 precision, not more).
 */
public final class SidebandFit {
    private static final int CELLS = 2000;

    private SidebandFit() {
    }

    /** Best-fit shape parameters; {@code start}, {@code lo}, {@code hi} per shape parameter. */
    public static double[] fit(Shape shape, double[] masses, double windowLow, double windowHigh, double blindLow,
            double blindHigh, double[] start, double[] lo, double[] hi) {
        if (!(windowLow < blindLow && blindLow < blindHigh && blindHigh < windowHigh)) {
            throw new InvalidInputException("sideband fit", "blind region", "[" + blindLow + ", " + blindHigh + "]",
                    "inside the window (" + windowLow + ", " + windowHigh + ")");
        }
        double[] side = Arrays.stream(masses)
                .filter(m -> m >= windowLow && m <= windowHigh && (m < blindLow || m > blindHigh)).toArray();
        if (side.length < shape.parameterCount() + 1) {
            throw new InvalidInputException("sideband fit", "events", side.length,
                    "more sideband events than shape parameters");
        }
        double dx = (windowHigh - windowLow) / CELLS;
        List<Parameter> params = new ArrayList<>();
        for (int i = 0; i < start.length; i++) {
            params.add(Parameter.bounded("p" + i, start[i], 0.1 * Math.max(1e-3, Math.abs(start[i])) + 0.01, lo[i], hi[i]));
        }
        MinimizationResult r = new Minimizer(1e-4, 0, 0.5).minimize(p -> {
            double norm = 0;
            for (int c = 0; c < CELLS; c++) {
                double m = windowLow + (c + 0.5) * dx;
                if (m < blindLow || m > blindHigh) {
                    norm += shape.value(m, p);
                }
            }
            norm *= dx;
            double nll = side.length * Math.log(norm);
            for (double m : side) {
                double v = shape.value(m, p);
                if (!(v > 0)) {
                    return Double.MAX_VALUE;
                }
                nll -= Math.log(v);
            }
            return nll;
        }, params);
        return r.values();
    }
}
