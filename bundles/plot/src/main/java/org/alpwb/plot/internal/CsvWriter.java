package org.alpwb.plot.internal;

import java.util.List;

import org.alpwb.api.plot.Band;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.HistogramStack;
import org.alpwb.api.plot.Layer;
import org.alpwb.api.plot.Region;
import org.alpwb.api.plot.XYSeries;

/**
 * The numbers of a chart as CSV, one row per point, bin or region, exactly as given (shortest
 * round-trip decimal form, so {@code Double.parseDouble} returns the input value). Empty cells do
 * not apply to that kind of row. Columns:
 * <pre>layer,series,kind,x,x_low,x_high,y,y_err_low,y_err_high,y_low,y_high</pre>
 * kind {@code xy}: x, y and errors; {@code band}: x, y_low, y_high; {@code hist}: bin centre x,
 * edges x_low/x_high, content y, error; {@code stack}: as hist plus the cumulative bottom and top
 * of the component in y_low/y_high; {@code region}: x_low, x_high (series is the label, layer empty).
 */
final class CsvWriter {
    static final String HEADER = "layer,series,kind,x,x_low,x_high,y,y_err_low,y_err_high,y_low,y_high";

    private CsvWriter() {
    }

    static String write(ChartSpec spec) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        List<Layer> layers = spec.layers();
        for (int index = 0; index < layers.size(); index++) {
            Layer layer = layers.get(index);
            if (layer instanceof XYSeries s) {
                double[] x = s.x();
                double[] y = s.y();
                double[] lo = s.errorLow();
                double[] hi = s.errorHigh();
                for (int i = 0; i < x.length; i++) {
                    row(out, index, s.name(), "xy", x[i], null, null, y[i], lo == null ? null : lo[i],
                            hi == null ? null : hi[i], null, null);
                }
            } else if (layer instanceof Band b) {
                double[] x = b.x();
                double[] lo = b.low();
                double[] hi = b.high();
                for (int i = 0; i < x.length; i++) {
                    row(out, index, b.name(), "band", x[i], null, null, null, null, null, lo[i], hi[i]);
                }
            } else if (layer instanceof HistogramSeries h) {
                histogram(out, index, h, "hist", null);
            } else if (layer instanceof HistogramStack stack) {
                double[] bottom = new double[stack.edges().length - 1];
                for (HistogramSeries component : stack.components()) {
                    bottom = histogram(out, index, component, "stack", bottom);
                }
            }
        }
        for (Region region : spec.regions()) {
            row(out, null, region.label(), "region", null, region.from(), region.to(), null, null, null, null, null);
        }
        return out.toString();
    }

    /** Writes the bins; for a stack component returns the new cumulative top. */
    private static double[] histogram(StringBuilder out, int index, HistogramSeries h, String kind, double[] bottom) {
        double[] edges = h.edges();
        double[] contents = h.contents();
        double[] errors = h.errors();
        double[] top = bottom == null ? null : bottom.clone();
        for (int i = 0; i < contents.length; i++) {
            Double error = errors == null ? null : errors[i];
            Double low = null;
            Double high = null;
            if (top != null) {
                low = top[i];
                top[i] += contents[i];
                high = top[i];
            }
            row(out, index, h.name(), kind, 0.5 * (edges[i] + edges[i + 1]), edges[i], edges[i + 1], contents[i],
                    error, error, low, high);
        }
        return top;
    }

    private static void row(StringBuilder out, Integer layer, String series, String kind, Double... values) {
        out.append(layer == null ? "" : layer.toString()).append(',').append(quote(series)).append(',').append(kind);
        for (Double value : values) {
            out.append(',');
            if (value != null) {
                out.append(value.doubleValue());
            }
        }
        out.append('\n');
    }

    static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
