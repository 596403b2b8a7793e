package org.alpwb.plot.internal;

import java.awt.BasicStroke;
import java.awt.Color;

import org.alpwb.api.plot.ChartSpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/** Builds a publication-style JFreeChart (white, framed, no grid, ticks on all four sides). */
final class JFreeCharts {
    private JFreeCharts() {
    }

    static JFreeChart create(ChartSpec spec, Scene scene) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(0, JFreeAxes.create(spec.xAxis(), scene.x()));
        plot.setRangeAxis(0, JFreeAxes.create(spec.yAxis(), scene.y()));
        plot.setDomainAxis(1, JFreeAxes.mirror(spec.xAxis(), scene.x()));
        plot.setRangeAxis(1, JFreeAxes.mirror(spec.yAxis(), scene.y()));
        plot.setDomainAxisLocation(1, AxisLocation.TOP_OR_RIGHT);
        plot.setRangeAxisLocation(1, AxisLocation.TOP_OR_RIGHT);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeLayers.addAll(plot, scene);
        JFreeDecorations.addRegions(plot, spec);
        JFreeDecorations.addAnnotations(plot, spec, scene);
        JFreeDecorations.addLegend(plot, scene, spec.legend());
        JFreeChart chart = new JFreeChart(null, Fonts.of(Fonts.TITLE), plot, false);
        if (!spec.title().isEmpty()) {
            chart.setTitle(new TextTitle(spec.title(), Fonts.of(Fonts.TITLE)));
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        return chart;
    }
}
