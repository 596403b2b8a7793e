package org.alpwb.api.plot;

import java.util.Arrays;
import java.util.Objects;

import org.alpwb.api.hist.Histogram1D;

/**
 * A histogram: {@code edges} (strictly increasing, one more than {@code contents}) and optional
 * per-bin {@code errors} ({@code null} for none). With a line style it is drawn as a step outline;
 * with markers only ({@link Style#points}) as data points at the bin centres with horizontal bars
 * spanning the bin. Zero-content bins are allowed on a log axis (drawn at the axis floor).
 */
public record HistogramSeries(String name, double[] edges, double[] contents, double[] errors, Style style)
        implements Layer {
    public HistogramSeries {
        name = Values.name(name);
        edges = Values.finite(name, "edges", edges, -1);
        if (edges.length < 2) {
            throw new IllegalArgumentException("histogram '" + name + "' needs at least two edges");
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("histogram '" + name + "': edges must increase, edges[" + i
                        + "] = " + edges[i]);
            }
        }
        contents = Values.finite(name, "contents", contents, edges.length - 1);
        errors = errors == null ? null : Values.errors(name, "errors", errors, edges.length - 1);
        if (style == null) {
            throw new IllegalArgumentException("histogram '" + name + "': style is required");
        }
    }

    /** From a filled histogram; {@code withErrors} adds the statistical errors sqrt(sum w^2). */
    public static HistogramSeries of(String name, Histogram1D histogram, boolean withErrors, Style style) {
        double[] errors = null;
        if (withErrors) {
            errors = new double[histogram.binCount()];
            for (int i = 0; i < errors.length; i++) {
                errors[i] = histogram.error(i);
            }
        }
        return new HistogramSeries(name, histogram.edges(), histogram.contents(), errors, style);
    }

    public int binCount() {
        return contents.length;
    }

    public boolean hasErrors() {
        return errors != null;
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public double[] contents() {
        return contents.clone();
    }

    @Override
    public double[] errors() {
        return errors == null ? null : errors.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistogramSeries h && name.equals(h.name) && style.equals(h.style)
                && Arrays.equals(edges, h.edges) && Arrays.equals(contents, h.contents)
                && Arrays.equals(errors, h.errors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, style, Arrays.hashCode(edges), Arrays.hashCode(contents), Arrays.hashCode(errors));
    }

    @Override
    public String toString() {
        return "HistogramSeries[" + name + ", " + contents.length + " bins]";
    }
}
