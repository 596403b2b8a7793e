package org.alpwb.strategy.binned4d.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.channel.Channel.MassRegion;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.coupling.CouplingConversion;
import org.alpwb.limits.coupling.LuminosityProjection;

/**
 * Expected limits of one mass hypothesis: window from the interpolated peak and width, signal template
 * (interpolated), backgrounds on the same grid, merged bins, HistFactory model, asymptotic CLs at the
 * nominal luminosity and recomputed at each projection luminosity, conversion to sigma and g. Immutable
 * inputs; thread-safe.
 */
final class PointCalculator {

    /** Everything configurable that enters a point. */
    record Settings(Selection selection, int[] binsPerAxis, int minBackgroundEntries, double maxBackgroundRelError,
            double luminosityInvPb, double[] projectionsInvPb, double cl, double luminosityUncertainty,
            Map<String, Double> normalisationUncertainty, List<MassRegion> excluded) {
    }

    record Projection(double luminosityInvPb, double[] sigmaUpPb, double[] couplingUp, double[] couplingUpFourthRoot) {
    }

    /** One mass point; limits null (and status non-empty) where there is no limit. */
    record Point(double massGeV, boolean excluded, String status, double peakGeV, double sigmaGeV, double[] windowGeV,
            double efficiency, double referenceSigmaPb, double backgroundInWindow, long backgroundRows, int cells,
            int bins, double[] muUp, double[] sigmaUpPb, double[] couplingUp, List<Projection> projections,
            BinnedModel model, Templates.Signal signal, List<Templates.Background> backgrounds, int[] binOfCell,
            boolean binningSatisfied, List<String> projectionFailures) {
    }

    private final List<EventSample> signals;
    private final double[] peaks;
    private final double[] sigmas;
    private final SignalPeaks interpolatedPeaks;
    private final List<EventSample> backgrounds;
    private final CrossSections xsec;
    private final Settings settings;
    private final LimitCalculator calculator;

    PointCalculator(List<EventSample> signals, List<EventSample> backgrounds, CrossSections xsec, Settings settings,
            LimitCalculator calculator) {
        this.signals = signals;
        this.backgrounds = backgrounds;
        this.xsec = xsec;
        this.settings = settings;
        this.calculator = calculator;
        double[] masses = signals.stream().mapToDouble(EventSample::massGeV).toArray();
        this.peaks = new double[masses.length];
        this.sigmas = new double[masses.length];
        for (int k = 0; k < masses.length; k++) {
            EventSample s = signals.get(k);
            boolean[] all = new boolean[s.rows()];
            java.util.Arrays.fill(all, true);
            double[] ps = SignalPeaks.measure(s.massGeV(), s.mggGeV(), s.weightPb(), all);
            if (!Double.isFinite(ps[0]) || !(ps[1] > 0)) {
                throw new IllegalStateException("signal sample at " + s.massGeV() + " GeV: fewer than 10 selected rows "
                        + "near the generated mass; no peak width can be measured");
            }
            peaks[k] = ps[0];
            sigmas[k] = ps[1];
        }
        this.interpolatedPeaks = new SignalPeaks(masses, peaks, sigmas);
    }

    SignalPeaks peaks() {
        return interpolatedPeaks;
    }

    List<EventSample> signals() {
        return signals;
    }

    List<EventSample> backgroundSamples() {
        return backgrounds;
    }

    Settings settings() {
        return settings;
    }

    Point compute(double massGeV, boolean keepModel) {
        Point built = hypothesis(massGeV);
        return built.model() == null ? built : limits(built, keepModel);
    }

    /** The limit for a given signal template (used by the left-out check with an interpolated one). */
    Point evaluate(double massGeV, double peak, double sigma, double[] window, Templates.Signal signal, boolean keepModel) {
        Point built = build(massGeV, peak, sigma, window, signal);
        return built.model() == null ? built : limits(built, keepModel);
    }

    /** The model of the hypothesis at {@code massGeV} (no limits yet); without a model the status says why. */
    Point hypothesis(double massGeV) {
        for (MassRegion r : settings.excluded()) {
            if (massGeV >= r.loGeV() && massGeV <= r.hiGeV()) {
                return empty(massGeV, true, "excluded region " + r.name());
            }
        }
        double peak = interpolatedPeaks.peakGeV(massGeV);
        double sigma = interpolatedPeaks.sigmaGeV(massGeV);
        Templates.Signal signal = Templates.signal(signals, peaks, sigmas, settings.selection(), massGeV,
                settings.binsPerAxis(), null);
        return build(massGeV, peak, sigma, settings.selection().window(peak, sigma), signal);
    }

    Point build(double massGeV, double peak, double sigma, double[] window, Templates.Signal signal) {
        CellGrid grid = signal.grid();
        List<Templates.Background> bgs = new ArrayList<>();
        double[] bw = new double[grid.cells()];
        double[] bw2 = new double[grid.cells()];
        long[] bn = new long[grid.cells()];
        for (EventSample b : backgrounds) {
            Templates.Background h = Templates.background(b, grid, window[0], window[1]);
            bgs.add(h);
            for (int c = 0; c < bw.length; c++) {
                bw[c] += h.weightPb()[c];
                bw2[c] += h.weight2()[c];
                bn[c] += h.rows()[c];
            }
        }
        long rows = 0;
        double bSum = 0;
        for (int c = 0; c < bw.length; c++) {
            rows += bn[c];
            bSum += bw[c];
        }
        double lumi = settings.luminosityInvPb();
        double sigmaRef = xsec == null ? 1 : xsec.sigmaPb(massGeV); // without cross sections: per pb
        if (rows == 0) {
            return new Point(massGeV, false, "no limit: no background MC row in the window [" + fmt(window[0]) + ", "
                    + fmt(window[1]) + "] GeV", peak, sigma, window, signal.totalEfficiency(), sigmaRef, 0, 0,
                    grid.cells(), 0, null, null, null, null, null, signal, bgs, null, false, List.of());
        }
        if (rows < settings.minBackgroundEntries()) {
            return new Point(massGeV, false, "no limit: " + rows + " background MC rows in the window, fewer than "
                    + "minBackgroundEntries = " + settings.minBackgroundEntries(), peak, sigma, window,
                    signal.totalEfficiency(), sigmaRef, bSum * lumi, rows, grid.cells(), 0, null, null, null, null,
                    null, signal, bgs, null, false, List.of());
        }
        if (!(signal.totalEfficiency() > 0)) {
            return new Point(massGeV, false, "no limit: no selected signal in the window", peak, sigma, window, 0,
                    sigmaRef, bSum * lumi, rows, grid.cells(), 0, null, null, null, null, null, signal, bgs, null, false, List.of());
        }
        BinMerger.Merging merging = BinMerger.merge(signal.efficiency(), bw, bw2, bn, settings.minBackgroundEntries(),
                settings.maxBackgroundRelError());
        int bins = merging.bins();
        double[] sRef = new double[bins];
        for (int c = 0; c < grid.cells(); c++) {
            sRef[merging.bin()[c]] += signal.efficiency()[c] * sigmaRef * lumi;
        }
        Map<String, double[][]> perProcess = new LinkedHashMap<>();
        for (Templates.Background h : bgs) {
            if (h.totalRows() == 0) {
                continue; // a process with no row in the window adds nothing (and no nuisance)
            }
            double[] y = new double[bins];
            double[] v = new double[bins];
            for (int c = 0; c < grid.cells(); c++) {
                y[merging.bin()[c]] += h.weightPb()[c] * lumi;
                v[merging.bin()[c]] += h.weight2()[c] * lumi * lumi;
            }
            for (int b = 0; b < bins; b++) {
                v[b] = Math.sqrt(v[b]);
            }
            perProcess.put(h.name(), new double[][] {y, v});
        }
        Map<String, Double> norm = new LinkedHashMap<>();
        for (String p : perProcess.keySet()) {
            norm.put(p, settings.normalisationUncertainty().getOrDefault(p,
                    settings.normalisationUncertainty().get(BinnedLimitsTask.DEFAULT_KEY)));
        }
        BinnedModel model = BinnedModel.build("m" + massGeV, sRef, perProcess, norm, settings.luminosityUncertainty(),
                "binned model at " + massGeV + " GeV");
        return new Point(massGeV, false, "", peak, sigma, window, signal.totalEfficiency(), sigmaRef, bSum * lumi, rows,
                grid.cells(), bins, null, null, null, null, model, signal, bgs, merging.bin(), merging.satisfied(),
                List.of());
    }

    /** Expected limits (nominal and projections) of a built hypothesis. */
    Point limits(Point built, boolean keepModel) {
        BinnedModel model = built.model();
        double massGeV = built.massGeV();
        double lumi = settings.luminosityInvPb();
        double sigmaRef = built.referenceSigmaPb();
        int bins = built.bins();
        double[] mu;
        try {
            // the data are the background-only Asimov set: only the expected limits are computed
            mu = calculator.expectedUpperLimits(model.model(), settings.cl(), CalculatorOptions.defaults(),
                    ProgressMonitor.NONE);
        } catch (RuntimeException e) {
            return with(built, "no limit: the limit calculator failed on the " + bins + "-bin model: " + e.getMessage(),
                    null, null, null, null, null, List.of());
        }
        double[] sigmaUp = new double[5];
        double[] gUp = new double[5];
        for (int i = 0; i < 5; i++) {
            sigmaUp[i] = model.toSigmaLimit(mu[i], sigmaRef);
            gUp[i] = CouplingConversion.couplingLimit(sigmaUp[i], xsec.couplingPerGeV(), sigmaRef);
        }
        List<Projection> projections = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (double l : settings.projectionsInvPb()) {
            double[] expected;
            try {
                expected = LuminosityProjection.expectedLimitsAt(calculator, model.model(), lumi, l, settings.cl(),
                        CalculatorOptions.defaults(), ProgressMonitor.NONE);
            } catch (RuntimeException e) {
                failures.add(l / 1000 + " fb^-1: " + e.getMessage());
                continue; // this projection is left out and named in projectionFailures
            }
            double[] s = new double[5];
            double[] g = new double[5];
            double[] g4 = new double[5];
            for (int i = 0; i < 5; i++) {
                // every yield scales with L_to / L_from, the signal at mu = 1 too: sigma per mu is unchanged
                s[i] = model.toSigmaLimit(expected[i], sigmaRef);
                g[i] = CouplingConversion.couplingLimit(s[i], xsec.couplingPerGeV(), sigmaRef);
                g4[i] = CouplingConversion.naiveLuminosityScaling(gUp[i], lumi, l);
            }
            projections.add(new Projection(l, s, g, g4));
        }
        return with(built, "", mu, sigmaUp, gUp, projections, keepModel ? model : null, failures);
    }

    private static Point with(Point p, String status, double[] mu, double[] sigmaUp, double[] gUp,
            List<Projection> projections, BinnedModel model, List<String> failures) {
        return new Point(p.massGeV(), p.excluded(), status, p.peakGeV(), p.sigmaGeV(), p.windowGeV(), p.efficiency(),
                p.referenceSigmaPb(), p.backgroundInWindow(), p.backgroundRows(), p.cells(), p.bins(), mu, sigmaUp, gUp,
                projections, model, p.signal(), p.backgrounds(), p.binOfCell(), p.binningSatisfied(), failures);
    }

    private Point empty(double massGeV, boolean excluded, String status) {
        return new Point(massGeV, excluded, status, Double.NaN, Double.NaN, null, Double.NaN,
                xsec == null ? Double.NaN : xsec.sigmaPb(massGeV),
                Double.NaN, 0, 0, 0, null, null, null, null, null, null, null, null, false, List.of());
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
