package org.alpwb.api.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * An immutable chart: title, axes, layers (drawn in order), shaded regions (behind the layers),
 * text annotations and legend position. Build with {@link #builder}.
 */
public record ChartSpec(String title, Axis xAxis, Axis yAxis, List<Layer> layers, List<Region> regions,
        List<TextAnnotation> annotations, LegendPosition legend) {
    /** Colours of the expected-limit bands: +-1 sigma green, +-2 sigma yellow. */
    public static final String GREEN = "#33cc33";
    public static final String YELLOW = "#ffdd00";

    public ChartSpec {
        title = title == null ? "" : title;
        if (xAxis == null || yAxis == null || legend == null) {
            throw new IllegalArgumentException("axes and legend position are required");
        }
        layers = List.copyOf(layers);
        regions = List.copyOf(regions);
        annotations = List.copyOf(annotations);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("chart '" + title + "' has nothing to draw");
        }
    }

    public static Builder builder(Axis xAxis, Axis yAxis) {
        return new Builder(xAxis, yAxis);
    }

    /** Collects layers, regions and annotations in drawing order. */
    public static final class Builder {
        private final Axis xAxis;
        private final Axis yAxis;
        private final List<Layer> layers = new ArrayList<>();
        private final List<Region> regions = new ArrayList<>();
        private final List<TextAnnotation> annotations = new ArrayList<>();
        private String title = "";
        private LegendPosition legend = LegendPosition.TOP_RIGHT;

        private Builder(Axis xAxis, Axis yAxis) {
            this.xAxis = xAxis;
            this.yAxis = yAxis;
        }

        public Builder title(String newTitle) {
            this.title = newTitle;
            return this;
        }

        public Builder legend(LegendPosition position) {
            this.legend = position;
            return this;
        }

        public Builder add(Layer layer) {
            layers.add(layer);
            return this;
        }

        public Builder region(Region region) {
            regions.add(region);
            return this;
        }

        public Builder annotate(TextAnnotation annotation) {
            annotations.add(annotation);
            return this;
        }

        /**
         * Adds the expected-limit "Brazil" band: +-2 sigma in yellow, +-1 sigma in green, and the median
         * as a dashed black line. Add the observed limit afterwards as a solid {@link XYSeries}.
         */
        public Builder expectedLimitBands(double[] x, double[] median, double[] minus1, double[] plus1,
                double[] minus2, double[] plus2) {
            layers.add(new Band("Expected \u00b1 2\u03c3", x, minus2, plus2, YELLOW));
            layers.add(new Band("Expected \u00b1 1\u03c3", x, minus1, plus1, GREEN));
            layers.add(XYSeries.of("Expected (median)", x, median, Style.dashed("#000000")));
            return this;
        }

        public ChartSpec build() {
            return new ChartSpec(title, xAxis, yAxis, layers, regions, annotations, legend);
        }
    }
}
