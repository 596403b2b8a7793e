package org.alpwb.report.internal;

import java.util.List;
import java.util.Map;
import org.alpwb.api.study.TaskConfig;

/**
 * Configuration of the {@code report} task.
 *
 * <pre>
 * title              string, default "ALP sensitivity study"
 * luminosityInvFb    number > 0, required: the study luminosity
 * masses             list of masses [GeV] for the comparison table, default [0.5, 1, 2, 4, 8]
 * study              object shown as the study configuration (passed through by the study file)
 * channel            optional channel id (e.g. eegg) whose excluded regions are shaded; without it the
 *                    regions are the runs of excluded points of the limit curves
 * referenceStrategy  optional: the strategy the others are compared to (default: first by name)
 * massAxis           auto (log when the masses span a decade or more), log or linear
 * curvePoints        points per interpolation curve, default 200
 * spectrum           {bins (default 100), minGeV, maxGeV (default: the data range)}
 * chart              {widthPx (900), heightPx (600), dpi (100), svg (true)}
 * </pre>
 */
record ReportConfig(String title, double luminosityInvFb, double[] masses, Map<String, Object> study,
        String channel, String referenceStrategy, String massAxis, int curvePoints, int spectrumBins,
        double spectrumMinGeV, double spectrumMaxGeV, int widthPx, int heightPx, int dpi, boolean svg) {

    static final String[] FIELDS = {"title", "luminosityInvFb", "masses", "study", "channel", "referenceStrategy",
        "massAxis", "curvePoints", "spectrum", "chart", "sections"};
    static final double[] DEFAULT_MASSES = {0.5, 1, 2, 4, 8};
    static final String DEFAULT_TITLE = "ALP sensitivity study";
    static final int DEFAULT_CURVE_POINTS = 200;
    static final int DEFAULT_BINS = 100;
    static final int DEFAULT_WIDTH = 900;
    static final int DEFAULT_HEIGHT = 600;
    static final int DEFAULT_DPI = 100;
    static final int MAX_POINTS = 100_000;

    static ReportConfig parse(TaskConfig config) {
        config.allowOnly(FIELDS);
        double luminosity = config.requiredNumber("luminosityInvFb", Double.MIN_VALUE, Double.MAX_VALUE);
        double[] masses = config.numbers("masses", DEFAULT_MASSES);
        for (int i = 0; i < masses.length; i++) {
            if (!(masses[i] > 0) || Double.isInfinite(masses[i])) {
                throw config.invalid("masses[" + i + "]", masses[i], "a positive mass in GeV");
            }
        }
        TaskConfig spectrum = config.child("spectrum");
        spectrum.allowOnly("bins", "minGeV", "maxGeV");
        double min = spectrum.number("minGeV", Double.NaN);
        double max = spectrum.number("maxGeV", Double.NaN);
        if (!Double.isNaN(min) && !Double.isNaN(max) && !(max > min)) {
            throw spectrum.invalid("maxGeV", max, "a number greater than minGeV = " + min);
        }
        TaskConfig chart = config.child("chart");
        chart.allowOnly("widthPx", "heightPx", "dpi", "svg");
        String reference = config.string("referenceStrategy", null);
        return new ReportConfig(config.string("title", DEFAULT_TITLE), luminosity, masses,
                config.child("study").asMap(), config.string("channel", null), reference,
                config.choice("massAxis", "auto", "auto", "log", "linear"),
                (int) config.integer("curvePoints", DEFAULT_CURVE_POINTS, 2, MAX_POINTS),
                (int) spectrum.integer("bins", DEFAULT_BINS, 1, MAX_POINTS), min, max,
                (int) chart.integer("widthPx", DEFAULT_WIDTH, 300, 4000),
                (int) chart.integer("heightPx", DEFAULT_HEIGHT, 200, 4000),
                (int) chart.integer("dpi", DEFAULT_DPI, 50, 600), chart.flag("svg", true));
    }

    List<Double> massList() {
        return java.util.Arrays.stream(masses).boxed().toList();
    }
}
