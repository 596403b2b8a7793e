package org.alpwb.report.internal;

import java.util.List;
import org.alpwb.api.plot.Axis;

/**
 * The y range of a parameter-versus-mass chart chosen from what is meaningful (#17 defect 11): the fitted values,
 * the interpolating curve and the error bars that are meaningful, widened by half their span on each side. A point's
 * error is not meaningful when it exceeds {@value #MEANINGLESS} times that span of the values (a parameter the fit
 * does not constrain, e.g. a tail parameter at +-1e4): such points are drawn without error bars and do not set the
 * axis. An interpolation band outside the range is clipped to it, and the caption gives its true extent.
 */
final class ChartRange {
    static final double MEANINGLESS = 10;

    private final double low;
    private final double high;
    private final double errorLimit;

    private ChartRange(double low, double high, double errorLimit) {
        this.low = low;
        this.high = high;
        this.errorLimit = errorLimit;
    }

    /**
     * @param rows  {mass, value, error} of the fitted points
     * @param curve the interpolation (may be null), evaluated on {@code grid}
     */
    static ChartRange of(List<double[]> rows, Inputs.Chebyshev curve, boolean residual, double[] grid) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] r : rows) {
            lo = Math.min(lo, r[1]);
            hi = Math.max(hi, r[1]);
        }
        if (curve != null) {
            for (double x : grid) {
                double v = curve.value(x) - (residual ? x : 0);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(lo <= hi)) {
            return new ChartRange(Double.NaN, Double.NaN, Double.POSITIVE_INFINITY);
        }
        double scale = Math.max(hi - lo, 1e-3 * Math.max(Math.abs(hi), Math.abs(lo)));
        if (!(scale > 0)) {
            scale = 1;
        }
        double limit = MEANINGLESS * scale;
        for (double[] r : rows) {
            if (r[2] <= limit) {
                lo = Math.min(lo, r[1] - r[2]);
                hi = Math.max(hi, r[1] + r[2]);
            }
        }
        double margin = 0.5 * Math.max(hi - lo, scale);
        return new ChartRange(lo - margin, hi + margin, limit);
    }

    Axis axis(String label) {
        Axis a = Axis.linear(label);
        return Double.isFinite(low) ? a.withRange(low, high) : a;
    }

    List<double[]> meaningful(List<double[]> rows) {
        return rows.stream().filter(r -> r[2] <= errorLimit).toList();
    }

    List<double[]> meaningless(List<double[]> rows) {
        return rows.stream().filter(r -> !(r[2] <= errorLimit)).toList();
    }

    /** Clips the band in place to the range; returns a caption fragment naming its true extent, or "". */
    String clip(double[] bandLow, double[] bandHigh, double[] value) {
        if (!Double.isFinite(low)) {
            return "";
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (int i = 0; i < bandLow.length; i++) {
            min = Math.min(min, Double.isNaN(bandLow[i]) ? Double.NEGATIVE_INFINITY : bandLow[i]);
            max = Math.max(max, Double.isNaN(bandHigh[i]) ? Double.POSITIVE_INFINITY : bandHigh[i]);
            double l = clamp(Double.isNaN(bandLow[i]) ? low : bandLow[i]);
            double h = clamp(Double.isNaN(bandHigh[i]) ? high : bandHigh[i]);
            any |= l != bandLow[i] || h != bandHigh[i];
            bandLow[i] = Math.min(l, clamp(value[i]));
            bandHigh[i] = Math.max(h, clamp(value[i]));
        }
        return any ? " (the \u00b11\u03c3 band is clipped to the axis range [" + Fmt.num(low) + ", " + Fmt.num(high)
                + "]; it extends to [" + Fmt.num(min) + ", " + Fmt.num(max) + "])" : "";
    }

    /** Caption fragment for the points drawn without error bars. */
    String caption(int meaninglessPoints) {
        return meaninglessPoints == 0 ? "" : "; " + meaninglessPoints + " point" + (meaninglessPoints > 1 ? "s" : "")
                + " drawn without error bar (orange): error > " + (int) MEANINGLESS
                + " x the spread of the values, i.e. the fit does not constrain the parameter there";
    }

    private double clamp(double v) {
        return Math.max(low, Math.min(high, v));
    }
}
