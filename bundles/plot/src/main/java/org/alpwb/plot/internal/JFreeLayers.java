package org.alpwb.plot.internal;

import java.awt.BasicStroke;

import org.alpwb.api.plot.LineStyle;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Adds each primitive to an XY plot as its own dataset with its own renderer, in drawing order. */
final class JFreeLayers {
    private JFreeLayers() {
    }

    static void addAll(XYPlot plot, Scene scene) {
        int index = 0;
        for (Primitive primitive : scene.primitives()) {
            String key = index + ":" + primitive.series();
            if (primitive instanceof Primitive.Fill f) {
                fill(plot, index, key, f);
            } else if (primitive instanceof Primitive.Polyline p) {
                line(plot, index, key, p);
            } else if (primitive instanceof Primitive.Markers m) {
                markers(plot, index, key, m);
            } else if (primitive instanceof Primitive.ErrorBars e) {
                errors(plot, index, key, e);
            }
            index++;
        }
    }

    private static void fill(XYPlot plot, int index, String key, Primitive.Fill f) {
        YIntervalSeries series = new YIntervalSeries(key, false, true);
        for (int i = 0; i < f.x().length; i++) {
            series.add(f.x()[i], 0.5 * (f.low()[i] + f.high()[i]), f.low()[i], f.high()[i]);
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        DeviationRenderer renderer = new DeviationRenderer(false, false);
        renderer.setAlpha(1f);
        renderer.setSeriesFillPaint(0, f.color());
        renderer.setSeriesPaint(0, f.color());
        plot.setDataset(index, dataset);
        plot.setRenderer(index, renderer);
    }

    private static void line(XYPlot plot, int index, String key, Primitive.Polyline p) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesPaint(0, p.color());
        renderer.setSeriesStroke(0, Strokes.of(p.line(), p.width()));
        plot.setDataset(index, points(key, p.x(), p.y()));
        plot.setRenderer(index, renderer);
    }

    private static void markers(XYPlot plot, int index, String key, Primitive.Markers m) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, m.color());
        renderer.setSeriesShape(0, Strokes.marker(m.shape()));
        renderer.setSeriesShapesFilled(0, true);
        plot.setDataset(index, points(key, m.x(), m.y()));
        plot.setRenderer(index, renderer);
    }

    private static void errors(XYPlot plot, int index, String key, Primitive.ErrorBars e) {
        XYIntervalSeries series = new XYIntervalSeries(key, false, true);
        for (int i = 0; i < e.x().length; i++) {
            double xLow = e.xLow() == null ? e.x()[i] : e.xLow()[i];
            double xHigh = e.xHigh() == null ? e.x()[i] : e.xHigh()[i];
            series.add(e.x()[i], xLow, xHigh, e.y()[i], e.low()[i], e.high()[i]);
        }
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(series);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(false);
        renderer.setDrawXError(e.xLow() != null);
        renderer.setCapLength(0);
        renderer.setErrorPaint(e.color());
        renderer.setErrorStroke(Strokes.of(LineStyle.SOLID, e.width()));
        renderer.setSeriesStroke(0, new BasicStroke((float) e.width()));
        plot.setDataset(index, dataset);
        plot.setRenderer(index, renderer);
    }

    private static XYSeriesCollection points(String key, double[] x, double[] y) {
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        return new XYSeriesCollection(series);
    }
}
