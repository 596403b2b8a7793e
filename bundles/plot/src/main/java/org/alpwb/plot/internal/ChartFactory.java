package org.alpwb.plot.internal;

import org.alpwb.api.plot.ChartSpec;
import org.jfree.chart.JFreeChart;

/** Entry point for {@link org.alpwb.plot.interactive.InteractiveCharts}: the same chart the PNG back end draws. */
public final class ChartFactory {
    private ChartFactory() {
    }

    public static JFreeChart create(ChartSpec spec) {
        return JFreeCharts.create(spec, SceneBuilder.build(spec));
    }
}
