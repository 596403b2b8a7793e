package org.alpwb.plot.interactive;

import org.alpwb.api.plot.ChartSpec;
import org.alpwb.plot.internal.ChartFactory;
import org.jfree.chart.JFreeChart;

/**
 * The JFreeChart of a {@link ChartSpec}, exactly as the PNG back end of the plot service draws it (axes, log
 * ticks, bands, regions, legend), for interactive display in a {@code ChartPanel}. Validates like
 * {@code PlotService.render}: an {@link IllegalArgumentException} names a series with a value a log axis cannot
 * show.
 */
public final class InteractiveCharts {
    private InteractiveCharts() {
    }

    public static JFreeChart create(ChartSpec spec) {
        return ChartFactory.create(spec);
    }
}
