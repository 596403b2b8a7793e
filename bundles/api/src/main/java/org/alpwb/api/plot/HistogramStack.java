package org.alpwb.api.plot;

import java.util.Arrays;
import java.util.List;

/**
 * Histograms stacked on top of each other (e.g. background spectra by process), the first at the
 * bottom, each filled with its style's colour. All components share the same edges and must have
 * non-negative contents. The legend lists the components top first, as they appear in the stack.
 */
public record HistogramStack(List<HistogramSeries> components) implements Layer {
    public HistogramStack {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a histogram stack needs at least one component");
        }
        double[] edges = components.get(0).edges();
        for (HistogramSeries component : components) {
            if (!Arrays.equals(edges, component.edges())) {
                throw new IllegalArgumentException("stack component '" + component.name()
                        + "' has different edges from '" + components.get(0).name() + "'");
            }
            double[] contents = component.contents();
            for (int i = 0; i < contents.length; i++) {
                if (contents[i] < 0) {
                    throw new IllegalArgumentException("stack component '" + component.name() + "': contents[" + i
                            + "] = " + contents[i] + " is negative");
                }
            }
        }
    }

    public static HistogramStack of(HistogramSeries... components) {
        return new HistogramStack(List.of(components));
    }

    /** Bin edges shared by all components. */
    public double[] edges() {
        return components.get(0).edges();
    }

    /** Sum of the contents of all components, per bin. */
    public double[] total() {
        double[] total = new double[components.get(0).binCount()];
        for (HistogramSeries component : components) {
            double[] contents = component.contents();
            for (int i = 0; i < total.length; i++) {
                total[i] += contents[i];
            }
        }
        return total;
    }
}
