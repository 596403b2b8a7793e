package org.alpwb.plot.internal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.alpwb.api.plot.Band;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.HistogramStack;
import org.alpwb.api.plot.Layer;
import org.alpwb.api.plot.LineStyle;
import org.alpwb.api.plot.MarkerShape;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.XYSeries;

/** Lowers a chart specification to drawing primitives and legend entries. */
final class SceneBuilder {
    private final DataRange yRange;
    private final Palette palette = new Palette();
    private final List<Primitive> primitives = new ArrayList<>();
    private final List<LegendEntry> legend = new ArrayList<>();

    private SceneBuilder(DataRange yRange) {
        this.yRange = yRange;
    }

    /** Validates the spec for its axes, chooses the ranges and lowers every layer. */
    static Scene build(ChartSpec spec) {
        LogScaleCheck.check(spec);
        DataRange x = AxisRanges.x(spec);
        DataRange y = AxisRanges.y(spec);
        SceneBuilder builder = new SceneBuilder(y);
        for (Layer layer : spec.layers()) {
            builder.lower(layer);
        }
        List<LegendEntry> topFirst = new ArrayList<>(builder.legend);
        java.util.Collections.reverse(topFirst);
        return new Scene(List.copyOf(builder.primitives), List.copyOf(topFirst), x, y);
    }

    private void lower(Layer layer) {
        if (layer instanceof XYSeries s) {
            xy(s);
        } else if (layer instanceof Band b) {
            Color color = palette.resolve(b.fillColor());
            primitives.add(new Primitive.Fill(b.name(), b.x(), b.low(), b.high(), color));
            legend.add(LegendEntry.fill(b.name(), color));
        } else if (layer instanceof HistogramSeries h) {
            histogram(h);
        } else if (layer instanceof HistogramStack stack) {
            stack(stack);
        }
    }

    private void xy(XYSeries s) {
        Style style = s.style();
        Color color = palette.resolve(style.color());
        double[] y = s.y();
        if (s.hasErrors()) {
            double[] low = s.errorLow();
            double[] high = s.errorHigh();
            for (int i = 0; i < y.length; i++) {
                low[i] = yRange.clamp(y[i] - low[i]);
                high[i] = y[i] + high[i];
            }
            primitives.add(new Primitive.ErrorBars(s.name(), s.x(), y, low, high, null, null, color, style.width()));
        }
        addLineAndMarkers(s.name(), s.x(), y, style, color);
    }

    private void histogram(HistogramSeries h) {
        Style style = h.style();
        Color color = palette.resolve(style.color());
        double[] edges = h.edges();
        double[] contents = h.contents();
        int n = contents.length;
        if (style.line() != LineStyle.NONE) {
            double[][] step = Steps.outline(edges, contents, yRange);
            primitives.add(new Primitive.Polyline(h.name(), step[0], step[1], color, style.line(), style.width()));
        }
        boolean points = style.line() == LineStyle.NONE;
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!yRange.log() || contents[i] > 0) {
                shown.add(i);
            }
        }
        double[] x = new double[shown.size()];
        double[] y = new double[shown.size()];
        double[] low = new double[shown.size()];
        double[] high = new double[shown.size()];
        double[] xLow = new double[shown.size()];
        double[] xHigh = new double[shown.size()];
        double[] errors = h.hasErrors() ? h.errors() : new double[n];
        for (int k = 0; k < x.length; k++) {
            int i = shown.get(k);
            x[k] = 0.5 * (edges[i] + edges[i + 1]);
            y[k] = contents[i];
            low[k] = yRange.clamp(contents[i] - errors[i]);
            high[k] = contents[i] + errors[i];
            xLow[k] = edges[i];
            xHigh[k] = edges[i + 1];
        }
        if (h.hasErrors() || points) {
            primitives.add(new Primitive.ErrorBars(h.name(), x, y, low, high, points ? xLow : null,
                    points ? xHigh : null, color, style.width()));
        }
        if (style.marker() != MarkerShape.NONE) {
            primitives.add(new Primitive.Markers(h.name(), x, y, style.marker(), color));
        }
        legend.add(new LegendEntry(h.name(), false, color, style.line(), style.width(), style.marker()));
    }

    private void stack(HistogramStack stack) {
        double[] edges = stack.edges();
        double[] bottom = new double[edges.length - 1];
        for (HistogramSeries component : stack.components()) {
            Color color = palette.resolve(component.style().color());
            double[] contents = component.contents();
            double[] top = bottom.clone();
            for (int i = 0; i < top.length; i++) {
                top[i] += contents[i];
            }
            double[][] lower = Steps.flat(edges, bottom, yRange);
            double[][] upper = Steps.flat(edges, top, yRange);
            primitives.add(new Primitive.Fill(component.name(), lower[0], lower[1], upper[1], color));
            primitives.add(new Primitive.Polyline(component.name(), upper[0], upper[1], Palette.outline(color),
                    LineStyle.SOLID, 0.6));
            legend.add(LegendEntry.fill(component.name(), color));
            bottom = top;
        }
    }

    private void addLineAndMarkers(String name, double[] x, double[] y, Style style, Color color) {
        if (style.line() != LineStyle.NONE) {
            primitives.add(new Primitive.Polyline(name, x, y, color, style.line(), style.width()));
        }
        if (style.marker() != MarkerShape.NONE) {
            primitives.add(new Primitive.Markers(name, x, y, style.marker(), color));
        }
        legend.add(new LegendEntry(name, false, color, style.line(), style.width(), style.marker()));
    }
}
