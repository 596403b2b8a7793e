package org.alpwb.plot.internal;

import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.Band;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.HistogramStack;
import org.alpwb.api.plot.Layer;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.MarkerShape;
import org.alpwb.api.plot.XYSeries;

/**
 * Chooses the visible axis ranges from the data (unless the axis fixes them). x spans the data
 * exactly (a little more if markers would be cut); y gets headroom above for a legend at the top,
 * starts at zero for histograms on a linear axis, and spans at least one decade on a log axis so
 * that a labelled decade tick is always visible.
 */
final class AxisRanges {
    private static final double LEGEND_HEADROOM = 0.35;
    private static final double MARGIN = 0.05;
    /** Auto log ranges show at most this many decades below the maximum (signal tails are tiny). */
    private static final double MAX_DECADES_BELOW = 5;

    private AxisRanges() {
    }

    static DataRange x(ChartSpec spec) {
        Extent extent = new Extent(spec.xAxis().isLog());
        boolean markers = false;
        for (Layer layer : spec.layers()) {
            if (layer instanceof XYSeries s) {
                extent.addAll(s.x());
                markers |= s.style().marker() != MarkerShape.NONE;
            } else if (layer instanceof Band b) {
                extent.addAll(b.x());
            } else if (layer instanceof HistogramSeries h) {
                extent.addAll(h.edges());
            } else if (layer instanceof HistogramStack stack) {
                extent.addAll(stack.edges());
            }
        }
        return finish(spec.xAxis(), extent, markers ? 0.02 : 0, markers ? 0.02 : 0);
    }

    static DataRange y(ChartSpec spec) {
        Extent extent = new Extent(spec.yAxis().isLog());
        boolean fromZero = false;
        for (Layer layer : spec.layers()) {
            if (layer instanceof XYSeries s) {
                addWithErrors(extent, s.y(), s.errorLow(), s.errorHigh());
            } else if (layer instanceof Band b) {
                extent.addAll(b.low());
                extent.addAll(b.high());
            } else if (layer instanceof HistogramSeries h) {
                addWithErrors(extent, h.contents(), h.errors(), h.errors());
                fromZero = true;
            } else if (layer instanceof HistogramStack stack) {
                extent.addAll(stack.total());
                fromZero = true;
            }
        }
        if (fromZero && !extent.log) {
            extent.add(0);
        }
        LegendPosition legend = spec.legend();
        boolean top = legend == LegendPosition.TOP_LEFT || legend == LegendPosition.TOP_RIGHT;
        boolean bottom = legend == LegendPosition.BOTTOM_LEFT || legend == LegendPosition.BOTTOM_RIGHT;
        double below = fromZero && !extent.log && extent.min >= 0 ? 0 : (bottom ? LEGEND_HEADROOM : MARGIN);
        return finish(spec.yAxis(), extent, below, top ? LEGEND_HEADROOM : MARGIN);
    }

    private static void addWithErrors(Extent extent, double[] values, double[] low, double[] high) {
        for (int i = 0; i < values.length; i++) {
            extent.add(values[i]);
            if (low != null) {
                extent.add(values[i] - low[i]);
                extent.add(values[i] + high[i]);
            }
        }
    }

    private static DataRange finish(Axis axis, Extent extent, double below, double above) {
        if (extent.count == 0) {
            throw new IllegalArgumentException("axis '" + axis.label() + "': no " + (extent.log ? "positive " : "")
                    + "values to show");
        }
        double lo = extent.log ? Math.log10(extent.min) : extent.min;
        double hi = extent.log ? Math.log10(extent.max) : extent.max;
        if (extent.log) {
            lo = Math.max(lo, hi - MAX_DECADES_BELOW);
        }
        double scale = Math.max(Math.abs(lo), Math.abs(hi));
        double minimumSpan = extent.log ? 1 : (hi > lo ? 0 : (scale > 0 ? 0.2 * scale : 1));
        if (hi - lo < minimumSpan) {
            double centre = 0.5 * (lo + hi);
            lo = centre - minimumSpan / 2;
            hi = centre + minimumSpan / 2;
        }
        double span = hi - lo;
        lo -= below * span;
        hi += above * span;
        double lower = Double.isNaN(axis.min()) ? (extent.log ? Math.pow(10, lo) : lo) : axis.min();
        double upper = Double.isNaN(axis.max()) ? (extent.log ? Math.pow(10, hi) : hi) : axis.max();
        if (!(upper > lower)) {
            throw new IllegalArgumentException("axis '" + axis.label() + "': empty range " + lower + " .. " + upper);
        }
        return new DataRange(lower, upper, extent.log);
    }

    /** Minimum and maximum of the finite (on a log axis: positive) values. */
    private static final class Extent {
        private final boolean log;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private int count;

        Extent(boolean log) {
            this.log = log;
        }

        void add(double value) {
            if (Double.isFinite(value) && (!log || value > 0)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
                count++;
            }
        }

        void addAll(double[] values) {
            for (double value : values) {
                add(value);
            }
        }
    }
}
