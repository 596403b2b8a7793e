package org.alpwb.plot.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.LineStyle;
import org.alpwb.api.plot.MarkerShape;
import org.alpwb.api.plot.Region;
import org.alpwb.api.plot.TextAnnotation;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;

/** Shaded regions, text annotations and the legend (drawn inside the plotting area). */
final class JFreeDecorations {
    static final Color REGION_GREY = new Color(0xbbbbbb);
    static final float REGION_ALPHA = 0.55f;

    private JFreeDecorations() {
    }

    static void addRegions(XYPlot plot, ChartSpec spec) {
        for (Region region : spec.regions()) {
            Color color = region.color() == null ? REGION_GREY : Palette.parse(region.color());
            IntervalMarker marker = new IntervalMarker(region.from(), region.to(), color);
            marker.setAlpha(REGION_ALPHA);
            marker.setOutlinePaint(null);
            if (!region.label().isEmpty()) {
                marker.setLabel(region.label());
                marker.setLabelFont(Fonts.of(Fonts.NOTE));
                marker.setLabelPaint(Color.BLACK);
                marker.setLabelAnchor(RectangleAnchor.TOP);
                marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
                marker.setLabelOffset(new RectangleInsets(4, 0, 0, 0));
            }
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
    }

    /** Relative positions are converted to data values here, as JFreeChart's are linear on log axes. */
    static void addAnnotations(XYPlot plot, ChartSpec spec, Scene scene) {
        for (TextAnnotation note : spec.annotations()) {
            double x = note.relative() ? scene.x().valueAt(note.x()) : note.x();
            double y = note.relative() ? scene.y().valueAt(note.y()) : note.y();
            XYTextAnnotation text = new XYTextAnnotation(note.text(), x, y);
            text.setFont(Fonts.of(Fonts.NOTE));
            text.setPaint(Color.BLACK);
            text.setTextAnchor(TextAnchor.BASELINE_LEFT);
            plot.addAnnotation(text);
        }
    }

    static void addLegend(XYPlot plot, Scene scene, LegendPosition position) {
        if (position == LegendPosition.NONE || scene.legend().isEmpty()) {
            return;
        }
        LegendItemCollection items = new LegendItemCollection();
        scene.legend().forEach(entry -> items.add(item(entry)));
        LegendTitle legend = new LegendTitle(() -> items,
                new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 2),
                new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 2));
        legend.setItemFont(Fonts.of(Fonts.LEGEND));
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(new Color(255, 255, 255, 210));
        legend.setPadding(new RectangleInsets(3, 4, 3, 4));
        boolean right = position == LegendPosition.TOP_RIGHT || position == LegendPosition.BOTTOM_RIGHT;
        boolean top = position == LegendPosition.TOP_RIGHT || position == LegendPosition.TOP_LEFT;
        RectangleAnchor anchor = top ? (right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT)
                : (right ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
        double x = scene.x().linearFraction(scene.x().valueAt(right ? 0.98 : 0.02));
        double y = scene.y().linearFraction(scene.y().valueAt(top ? 0.98 : 0.02));
        XYTitleAnnotation annotation = new XYTitleAnnotation(x, y, legend, anchor);
        annotation.setMaxWidth(0.6);
        plot.addAnnotation(annotation);
    }

    private static LegendItem item(LegendEntry entry) {
        if (entry.filled()) {
            Shape box = new Rectangle2D.Double(-10, -5, 20, 10);
            return new LegendItem(entry.label(), null, null, null, true, box, true, entry.color(), true,
                    Palette.outline(entry.color()), new BasicStroke(0.5f), false, box, new BasicStroke(0f),
                    entry.color());
        }
        boolean marker = entry.marker() != MarkerShape.NONE;
        boolean line = entry.line() != LineStyle.NONE;
        LineStyle lineStyle = line ? entry.line() : LineStyle.SOLID;
        // the line sample is always laid out (transparent without a line) so all labels align
        return new LegendItem(entry.label(), null, null, null, marker, Strokes.marker(entry.marker()), true,
                entry.color(), false, entry.color(), new BasicStroke(0.5f), true, new Line2D.Double(-10, 0, 10, 0),
                Strokes.of(lineStyle, entry.width()), line ? entry.color() : new Color(0, 0, 0, 0));
    }
}
