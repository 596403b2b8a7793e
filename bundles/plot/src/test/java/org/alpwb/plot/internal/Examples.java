package org.alpwb.plot.internal;

import org.alpwb.api.plot.Axis;
import org.alpwb.api.plot.ChartSpec;
import org.alpwb.api.plot.HistogramSeries;
import org.alpwb.api.plot.HistogramStack;
import org.alpwb.api.plot.LegendPosition;
import org.alpwb.api.plot.LineStyle;
import org.alpwb.api.plot.MarkerShape;
import org.alpwb.api.plot.Region;
import org.alpwb.api.plot.Style;
import org.alpwb.api.plot.TextAnnotation;
import org.alpwb.api.plot.XYSeries;

/** Charts as the study report builds them, with deterministic numbers. */
final class Examples {
    static final int MASS_POINTS = 60;
    static final int BINS = 50;

    private Examples() {
    }

    static double[] masses() {
        double[] m = new double[MASS_POINTS];
        for (int i = 0; i < m.length; i++) {
            m[i] = 0.1 * Math.pow(95, i / (double) (m.length - 1));
        }
        return m;
    }

    /** Expected (median, +-1, +-2 sigma) and observed cross-section limits over 0.1-9.5 GeV. */
    static ChartSpec brazil() {
        double[] m = masses();
        double[] median = new double[m.length];
        double[][] band = new double[4][m.length];
        double[] observed = new double[m.length];
        double[] factors = {0.52, 0.72, 1.45, 2.05};
        for (int i = 0; i < m.length; i++) {
            median[i] = 4e-3 * Math.pow(m[i], -0.6) * (1 + 0.4 * m[i] / 9.5);
            for (int k = 0; k < 4; k++) {
                band[k][i] = median[i] * factors[k];
            }
            observed[i] = median[i] * (1 + 0.3 * Math.sin(11 * Math.log(m[i])));
        }
        return ChartSpec.builder(Axis.log("m\u2090 [GeV]"), Axis.log("\u03c3(e\u207ae\u207b \u2192 \u03b3a) \u00d7 B(a \u2192 \u03b3\u03b3) [pb]"))
                .title("95% CL upper limits")
                .expectedLimitBands(m, median, band[1], band[2], band[0], band[3])
                .add(XYSeries.of("Observed", m, observed, Style.line("#000000").withWidth(2)))
                .region(Region.of(0.11, 0.16, "\u03c0\u2070"))
                .region(Region.of(0.50, 0.60, "\u03b7"))
                .region(Region.of(0.91, 1.00, "\u03b7\u2032"))
                .annotate(TextAnnotation.inPlot("Belle II simulation, 20 fb\u207b\u00b9", 0.04, 0.05))
                .build();
    }

    static double[] edges() {
        double[] edges = new double[BINS + 1];
        for (int i = 0; i <= BINS; i++) {
            edges[i] = 10.0 * i / BINS;
        }
        return edges;
    }

    /** Diphoton mass spectrum: backgrounds stacked by process, data points, signal as a dashed step. */
    static ChartSpec stacked() {
        double[] edges = edges();
        double[] gg = new double[BINS];
        double[] eegg = new double[BINS];
        double[] peaking = new double[BINS];
        double[] signal = new double[BINS];
        double[] data = new double[BINS];
        double[] dataErrors = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            double x = 0.5 * (edges[i] + edges[i + 1]);
            gg[i] = 5000 * Math.exp(-0.7 * x);
            eegg[i] = 800 * Math.exp(-0.35 * x);
            peaking[i] = x < 1.2 ? 1500 * Math.exp(-Math.pow((x - 0.55) / 0.15, 2)) : 0;
            signal[i] = 400 * Math.exp(-0.5 * Math.pow((x - 4.0) / 0.2, 2));
            double total = gg[i] + eegg[i] + peaking[i];
            data[i] = Math.max(0, Math.round(total + Math.sqrt(total) * Math.sin(7.3 * i)));
            dataErrors[i] = Math.sqrt(data[i]);
        }
        HistogramStack stack = HistogramStack.of(
                new HistogramSeries("e\u207ae\u207b \u2192 \u03b3\u03b3(\u03b3)", edges, gg, null, Style.line("#87ceeb")),
                new HistogramSeries("e\u207ae\u207b \u2192 e\u207ae\u207b\u03b3\u03b3", edges, eegg, null, Style.line("#f4a582")),
                new HistogramSeries("\u03c0\u2070, \u03b7, \u03b7\u2032", edges, peaking, null, Style.line("#b2df8a")));
        return ChartSpec.builder(Axis.linear("M(\u03b3\u03b3) [GeV]"), Axis.log("Candidates / 0.2 GeV"))
                .title("Diphoton mass")
                .add(stack)
                .add(new HistogramSeries("ALP, m\u2090 = 4 GeV", edges, signal, null,
                        new Style("#d62728", LineStyle.DASHED, 1.8, MarkerShape.NONE)))
                .add(new HistogramSeries("Data", edges, data, dataErrors, Style.points("#000000")))
                .build();
    }

    /** Efficiency with asymmetric errors and a linear reference line, legend bottom left. */
    static ChartSpec efficiency() {
        double[] m = {0.2, 0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[] eff = new double[m.length];
        double[] lo = new double[m.length];
        double[] hi = new double[m.length];
        double[] reference = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            eff[i] = 0.35 - 0.02 * m[i] + 0.05 * Math.exp(-m[i]);
            lo[i] = 0.02 + 0.002 * i;
            hi[i] = 0.01 + 0.001 * i;
            reference[i] = 0.33 - 0.02 * m[i];
        }
        return ChartSpec.builder(Axis.linear("m\u2090 [GeV]"), Axis.linear("Signal efficiency"))
                .legend(LegendPosition.BOTTOM_LEFT)
                .add(new XYSeries("Selection", m, eff, lo, hi, Style.points(null).withMarker(MarkerShape.SQUARE)))
                .add(XYSeries.of("Thesis", m, reference, new Style(null, LineStyle.DOTTED, 1.5, MarkerShape.NONE)))
                .annotate(TextAnnotation.atData("E(\u03b3) > 0.65 GeV", 6.5, 0.3))
                .build();
    }

    /** A step histogram with error bars on linear axes. */
    static ChartSpec histogram() {
        double[] edges = edges();
        double[] contents = new double[BINS];
        double[] errors = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            contents[i] = 100 + 80 * Math.sin(i / 8.0);
            errors[i] = Math.sqrt(contents[i]);
        }
        return ChartSpec.builder(Axis.linear("E(\u03b3) [GeV]"), Axis.linear("Events / 0.2 GeV"))
                .legend(LegendPosition.TOP_LEFT)
                .add(new HistogramSeries("Photon energy", edges, contents, errors, Style.line("#0072b2")))
                .build();
    }
}
