package org.alpwb.plot.internal;

import org.alpwb.api.plot.Band;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.HistogramStack;
import org.alpwb.api.plot.Layer;
import org.alpwb.api.plot.Region;
import org.alpwb.api.plot.TextAnnotation;
import org.alpwb.api.plot.XYSeries;

/**
 * Rejects values a logarithmic axis cannot show, naming the series and the value. Histogram bins
 * may be empty (zero) on a log y axis; they are drawn at the axis floor.
 */
final class LogScaleCheck {
    private LogScaleCheck() {
    }

    static void check(ChartSpec spec) {
        boolean logX = spec.xAxis().isLog();
        boolean logY = spec.yAxis().isLog();
        for (Layer layer : spec.layers()) {
            if (layer instanceof XYSeries s) {
                requirePositive(logX, "x", s.name(), "x", s.x(), s.x());
                requirePositive(logY, "y", s.name(), "y", s.y(), s.x());
            } else if (layer instanceof Band b) {
                requirePositive(logX, "x", b.name(), "x", b.x(), b.x());
                requirePositive(logY, "y", b.name(), "low", b.low(), b.x());
            } else if (layer instanceof HistogramSeries h) {
                checkHistogram(h, logX, logY);
            } else if (layer instanceof HistogramStack stack) {
                stack.components().forEach(h -> checkHistogram(h, logX, logY));
            }
        }
        if (logX) {
            for (Region region : spec.regions()) {
                if (region.from() <= 0) {
                    throw new IllegalArgumentException("region '" + region.label() + "' starts at x = " + region.from()
                            + ", which a log x axis cannot show");
                }
            }
        }
        for (TextAnnotation note : spec.annotations()) {
            if (!note.relative() && ((logX && note.x() <= 0) || (logY && note.y() <= 0))) {
                throw new IllegalArgumentException("annotation '" + note.text() + "' at (" + note.x() + ", " + note.y()
                        + ") is not positive on a log axis");
            }
        }
    }

    private static void checkHistogram(HistogramSeries h, boolean logX, boolean logY) {
        requirePositive(logX, "x", h.name(), "bin edge", h.edges(), h.edges());
        if (logY) {
            double[] contents = h.contents();
            for (int i = 0; i < contents.length; i++) {
                if (contents[i] < 0) {
                    throw new IllegalArgumentException("histogram '" + h.name() + "': bin " + i + " has content "
                            + contents[i] + ", which a log y axis cannot show");
                }
            }
        }
    }

    private static void requirePositive(boolean log, String axis, String series, String what, double[] values,
            double[] x) {
        if (!log) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= 0) {
                throw new IllegalArgumentException("series '" + series + "': " + what + " = " + values[i] + " at x = "
                        + x[i] + " (point " + i + ") is not positive, which a log " + axis + " axis cannot show");
            }
        }
    }
}
