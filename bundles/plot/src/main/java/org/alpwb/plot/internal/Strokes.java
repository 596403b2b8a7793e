package org.alpwb.plot.internal;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.alpwb.api.plot.LineStyle;
import org.alpwb.api.plot.MarkerShape;

/** Java2D strokes and marker shapes (sizes in points); the SVG back end uses the same numbers. */
final class Strokes {
    static final float[] DASH = {6f, 4f};
    static final float[] DOT = {1.2f, 2.4f};
    static final double MARKER_RADIUS = 2.6;

    private Strokes() {
    }

    static BasicStroke of(LineStyle line, double width) {
        float w = (float) width;
        return switch (line) {
            case DASHED -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f);
            case DOTTED -> new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, DOT, 0f);
            default -> new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        };
    }

    /** A marker centred on the origin. */
    static Shape marker(MarkerShape shape) {
        double r = MARKER_RADIUS;
        return switch (shape) {
            case SQUARE -> new Rectangle2D.Double(-0.9 * r, -0.9 * r, 1.8 * r, 1.8 * r);
            case TRIANGLE -> triangle(r);
            default -> new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
        };
    }

    private static Shape triangle(double r) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -r * 1.1);
        path.lineTo(r, r * 0.8);
        path.lineTo(-r, r * 0.8);
        path.closePath();
        return path;
    }
}
