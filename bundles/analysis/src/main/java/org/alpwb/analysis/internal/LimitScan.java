package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel.MassRegion;
import org.alpwb.api.fit.BackgroundFit;
import org.alpwb.api.fit.BackgroundModel;
import org.alpwb.api.fit.FitParameters;
import org.alpwb.api.fit.Interpolator;
import org.alpwb.api.fit.ShapeFitter;
import org.alpwb.api.hist.Histogram1D;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.limits.UpperLimitResult;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.strategy.MassHypothesis;
import org.alpwb.limits.coupling.CouplingConversion;
import org.alpwb.limits.coupling.LuminosityProjection;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.Shape;
import org.alpwb.limits.model.WindowModel;
import org.alpwb.limits.pyhf.WorkspaceReader;

/**
 * Expected limits at one mass hypothesis (thesis ch. 8.3 and 9), in two parts. {@link #hypothesis} (the shared
 * window analysis of strategies with a candidate selection): signal shape and efficiency from the interpolation,
 * background = weighted histogram of the selected background MC scaled to the luminosity, fitted in mu +-
 * windowSigma sigma with mu +- blindSigma sigma blinded; the likelihood is either the thesis window likelihood
 * (signal DSCB + fixed background shape, background yield free) or, for a selection with a counting window, a
 * one-bin counting experiment in that window. {@link #limits} (every strategy): the expected (Asimov, mu' = 0)
 * CLs upper limit on the signal yield with its band, its conversion to sigma and g, the projections, and the median
 * recomputed with the background scaled by 1 +- (its relative MC-statistical error in the signal region) to
 * measure how much the limited MC statistics move it. Stateless and thread-safe.
 */
final class LimitScan {
    static final String WINDOW_FIT = "window-fit";
    static final String COUNTING = "counting";
    /** Background-shape systematics: none (statistics only) or the spurious-signal term of {@link BackgroundChecks}. */
    static final String STATISTICS_ONLY = "none";
    static final String SPURIOUS_SIGNAL = "spurious-signal";
    static final String NOT_POSITIVE = "no limit: background fit not positive";
    static final String EMPTY_SIGNAL_REGION = "no limit: background fit predicts far fewer events in the signal region "
            + "than the MC has there";
    static final String NOT_RESOLVED = "no limit: the fitted background under the signal is below what the MC "
            + "resolves (it amounts to fewer than 3 MC rows)";
    static final String UNORDERED = "no limit: the limit fits did not converge (expected band not ordered)";
    /** Background fits with a goodness-of-fit p-value below this are flagged (default of badFitPValue). */
    static final double BAD_FIT_P = 1e-3;

    record Settings(double luminosityInvPb, double[] projectionsInvPb, double cl, double windowSigma,
            double blindSigma, int binsPerSigma, int gridCells, int minSidebandRows, String method,
            String systematics, double badFitPValue) {

        Settings(double luminosityInvPb, double[] projectionsInvPb, double cl, double windowSigma, double blindSigma,
                int binsPerSigma, int gridCells, int minSidebandRows, String method) {
            this(luminosityInvPb, projectionsInvPb, cl, windowSigma, blindSigma, binsPerSigma, gridCells,
                    minSidebandRows, method, SPURIOUS_SIGNAL, BAD_FIT_P);
        }
    }

    record Services(ShapeFitter shape, Interpolator interpolator, BackgroundModel background,
            LimitCalculator calculator) {
    }

    /** Background MC after the strategy's cuts: masses ascending, weights in pb. */
    record Background(double[] massGeV, double[] weightPb) {
    }

    /** Reference cross sections at coupling gRef: masses ascending, ln sigma linear in mass. */
    record CrossSections(double[] massGeV, double[] sigmaPb, double couplingPerGeV) {
        double at(double m) {
            return new org.alpwb.analysis.strategy.ReferenceCrossSections(massGeV, sigmaPb, couplingPerGeV).at(m);
        }
    }

    record Projection(double luminosityInvPb, double[] sigmaUpPb, double[] couplingUp, double[] couplingUpFourthRoot) {
    }

    /**
     * Result at one mass; limit arrays are null unless status is "ok". {@code details}: the strategy's numbers of
     * the hypothesis (for the window analysis: windowFraction, signalMuGeV, signalSigmaGeV, backgroundInWindow,
     * backgroundFitChi2Ndf, sidebandRows). {@code backgroundInSignalRegionError}: MC-statistical error of
     * backgroundInSignalRegion (window analysis: from the SumW2-corrected fit covariance, so it reflects the
     * effective number of MC rows); {@code mcStatRelUncertainty}: (N(+) - N(-)) / (2 N) of the median expected
     * limit N with the background scaled by 1 +- that relative error (NaN without a limit, or when the relative
     * error is >= 1 so that the -1 sigma background is not positive).
     */
    record Point(double massGeV, String status, boolean excluded, double efficiency, Map<String, Object> details,
            double backgroundInSignalRegion, double backgroundInSignalRegionError, double[] yieldUp,
            double[] sigmaUpPb, double[] couplingUp, double referenceSigmaPb, List<Projection> projections,
            double mcStatRelUncertainty) {

        double sigmaGeV() {
            return detail("signalSigmaGeV");
        }

        double muGeV() {
            return detail("signalMuGeV");
        }

        double windowFraction() {
            return detail("windowFraction");
        }

        double backgroundInWindow() {
            return detail("backgroundInWindow");
        }

        long sidebandRows() {
            return (long) detail("sidebandRows");
        }

        /** A number of {@code details}, NaN if absent or not a number. */
        double detail(String key) {
            return details.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
        }
    }

    private final SignalModel model;
    private final Settings settings;
    private final Services services;
    private final Background background;
    private final List<MassRegion> excluded;
    private final CrossSections xsec;
    private final double[] countingWindowSigma;
    private final boolean counting;

    /**
     * @param countingWindowSigma the selection's counting window [low, high] in sigma (method counting), else null
     * @param background          the selected background, or null when the selection depends on the mass (then
     *                            {@link #hypothesis(double, Background)} is given the one selected at each mass)
     */
    LimitScan(SignalModel model, Settings settings, Services services, Background background,
            List<MassRegion> excluded, CrossSections xsec, double[] countingWindowSigma) {
        this.model = model;
        this.settings = settings;
        this.services = services;
        this.background = background;
        this.excluded = List.copyOf(excluded);
        this.xsec = xsec;
        this.countingWindowSigma = countingWindowSigma == null ? null : countingWindowSigma.clone();
        this.counting = COUNTING.equals(settings.method());
        if (counting && countingWindowSigma == null) {
            throw new IllegalArgumentException("method counting needs a counting window");
        }
    }

    /** The excluded-region check, the window hypothesis and the limits at m. */
    Point compute(double m) {
        MassRegion r = excludedAt(excluded, m);
        if (r != null) {
            return excludedPoint(m, r, xsec);
        }
        return limits(hypothesis(m, background), settings.luminosityInvPb(), settings.projectionsInvPb(),
                settings.cl(), services.calculator(), xsec);
    }

    /** The first region containing m, or null. */
    static MassRegion excludedAt(List<MassRegion> regions, double m) {
        for (MassRegion r : regions) {
            if (r.contains(m)) {
                return r;
            }
        }
        return null;
    }

    static Point excludedPoint(double m, MassRegion r, CrossSections xsec) {
        return new Point(m, "excluded (" + r.name() + ")", true, Double.NaN, Map.of(), Double.NaN, Double.NaN, null,
                null, null, xsec.at(m), null, Double.NaN);
    }

    /** Window-analysis numbers of a hypothesis, in the order they are written. */
    private static Map<String, Object> details(double windowFraction, double mu, double sigma, double bWindow,
            double chi2Ndf, long sidebandRows) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("windowFraction", Json.num(windowFraction));
        d.put("signalMuGeV", Json.num(mu));
        d.put("signalSigmaGeV", Json.num(sigma));
        d.put("backgroundInWindow", Json.num(bWindow));
        d.put("backgroundFitChi2Ndf", Json.num(chi2Ndf));
        d.put("sidebandRows", sidebandRows);
        return d;
    }

    /**
     * {@link #details} plus the background-fit diagnostics (issue 16): the fit's goodness-of-fit p-value and the
     * bad-fit flag (p below badFitPValue), the signal-region closure on MC, the shape systematic and the
     * spurious-signal yield used at the nominal luminosity (events; 0 statistics only), where the density is not
     * positive (NaN: nowhere).
     */
    private Map<String, Object> details(double windowFraction, double mu, double sigma, double bWindow, BackgroundFit fit,
            long sidebandRows, BackgroundChecks.ShapeSystematic shape, double spurious, double notPositiveAt) {
        Map<String, Object> d = details(windowFraction, mu, sigma, bWindow, fit.quality().chi2PerNdf(), sidebandRows);
        double p = fit.quality().pValue();
        d.put("backgroundFitPValue", Json.num(p));
        d.put("badBackgroundFit", p < settings.badFitPValue());
        d.put("signalRegionMc", Json.num(shape == null ? Double.NaN : shape.mcInRegion()));
        d.put("signalRegionMcError", Json.num(shape == null ? Double.NaN : shape.mcError()));
        d.put("backgroundShapeSystematic", Json.num(shape == null ? Double.NaN : shape.shape()));
        d.put("spuriousSignal", Json.num(spurious));
        d.put("backgroundNotPositiveAtGeV", Json.num(notPositiveAt));
        return d;
    }

    /**
     * The window analysis at mass m: likelihood (POI = signal events at the nominal luminosity), efficiency, fitted
     * background in the signal region with its MC-statistical error, and the likelihood with the background scaled.
     */
    MassHypothesis hypothesis(double m, Background background) {
        Interpolator in = services.interpolator();
        // efficiency, sigma, alpha, n: exp of a log-space series (> 0 unless it over/underflows); old payloads
        // with a linear-space basis can still cross zero, hence the check below
        double eff = model.interpolation("efficiency").value(in, m);
        double[] p = new double[SignalModelTask.DSCB.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.interpolation(SignalModelTask.DSCB.get(i)).value(in, m);
        }
        double mu = p[0];
        double sigma = p[1];
        if (!(eff > 0) || !(sigma > 0) || !(p[2] > 0) || !(p[3] > 0) || !(p[4] > 0) || !(p[5] > 0)) {
            return MassHypothesis.without(m, "interpolation outside the physical range (efficiency, sigma, alpha, n "
                    + "must be > 0)", eff, Double.NaN, Double.NaN, details(Double.NaN, mu, sigma, Double.NaN,
                            Double.NaN, 0));
        }
        double w = settings.windowSigma();
        double lo = mu - w * sigma;
        double hi = mu + w * sigma;
        double blindLo = mu - settings.blindSigma() * sigma;
        double blindHi = mu + settings.blindSigma() * sigma;
        double lumi = settings.luminosityInvPb();
        // weighted spectrum in expected events at the nominal luminosity, bins of sigma / binsPerSigma
        int bins = (int) Math.round(2 * w * settings.binsPerSigma());
        double[] edges = Histogram1D.uniformEdges(bins, lo, hi);
        Histogram1D.Filler filler = new Histogram1D.Filler(edges);
        double[] bm = background.massGeV();
        double[] bw = background.weightPb();
        int start = lowerBound(bm, lo);
        long side = 0;
        for (int i = start; i < bm.length && bm[i] <= hi; i++) {
            filler.fill(bm[i], bw[i] * lumi);
            side += bm[i] < blindLo || bm[i] > blindHi ? 1 : 0;
        }
        if (side < settings.minSidebandRows()) {
            return MassHypothesis.without(m, "too few background MC rows in the sidebands (" + side + " < "
                    + settings.minSidebandRows() + ")", eff, Double.NaN, Double.NaN,
                    details(Double.NaN, mu, sigma, Double.NaN, Double.NaN, side));
        }
        BackgroundModel bgModel = services.background();
        BackgroundFit fit = bgModel.fit(filler.build(), lo, hi, blindLo, blindHi);
        double bWindow = bgModel.expected(fit, lo, hi);
        double bSignal = fit.windowExpected();
        // a density <= 0 anywhere in the window is a state, never clipped into a number
        double negativeAt = BackgroundChecks.firstNonPositive(bgModel, fit, lo, hi, 4 * settings.gridCells());
        if (!Double.isNaN(negativeAt)) {
            return MassHypothesis.without(m, NOT_POSITIVE, eff, bSignal, fit.windowError(),
                    details(Double.NaN, mu, sigma, bWindow, fit, side, null, Double.NaN, negativeAt));
        }
        boolean systematics = SPURIOUS_SIGNAL.equals(settings.systematics());
        ShapeFitter dscb = services.shape();
        // likelihood with the background scaled by k (k = 1: nominal); all share the POI bound of the nominal one
        DoubleFunction<LikelihoodModel> likelihoodAt;
        double fraction;
        double bUsed;
        double bRegion;
        double bRegionError;
        double spuriousUsed;
        BackgroundChecks.ShapeSystematic shapeUsed;
        double[] resolved;
        if (counting) {
            double[] win = countingWindowSigma;
            double rlo = m + win[0] * sigma;
            double rhi = m + win[1] * sigma;
            fraction = dscb.fraction(p, lo, hi, rlo, rhi);
            bUsed = bgModel.expected(fit, rlo, rhi);
            bRegion = bUsed;
            bRegionError = expectedError(bgModel, fit, rlo, rhi);
            BackgroundChecks.ShapeSystematic shapeSys = BackgroundChecks.ShapeSystematic.of(bm, bw, lumi, rlo, rhi,
                    bUsed, bRegionError);
            if (!(bUsed > 0) || !(fraction > 0)) {
                return MassHypothesis.without(m, "no background or signal in the counting window", eff, bUsed,
                        bRegionError, details(fraction, mu, sigma, bWindow, fit, side, shapeSys, Double.NaN,
                                Double.NaN));
            }
            if (BackgroundChecks.deficit(shapeSys) < 1e-6) {
                return MassHypothesis.without(m, EMPTY_SIGNAL_REGION, eff, bUsed, bRegionError,
                        details(fraction, mu, sigma, bWindow, fit, side, shapeSys, Double.NaN, Double.NaN));
            }
            double rows = bUsed / BackgroundChecks.rowWeight(bm, bw, lumi, lo, hi);
            if (!(rows >= BackgroundChecks.MIN_ROWS_UNDER_SIGNAL)) {
                return MassHypothesis.without(m, NOT_RESOLVED, eff, bUsed, bRegionError,
                        resolution(details(fraction, mu, sigma, bWindow, fit, side, shapeSys, Double.NaN, Double.NaN),
                                bUsed, rows));
            }
            double b0 = bUsed;
            double f0 = fraction;
            double bound = poiUpper(bUsed, fraction);
            // the shape systematic as a relative background uncertainty of the one bin (normsys, code1); it is
            // relative, so projections keep it (the template's MC error is not added for counting)
            double rel = systematics ? shapeSys.shape() / bUsed : 0;
            spuriousUsed = systematics ? shapeSys.shape() : 0;
            shapeUsed = shapeSys;
            likelihoodAt = k -> countingModel(f0, k * b0, bound, rel);
            resolved = new double[] {bUsed, rows};
        } else {
            fraction = 1;
            bUsed = bWindow;
            bRegion = bSignal;
            // the blind window mu +- blindSigma sigma is the signal region; the service propagates its
            // count's error from the (SumW2-corrected) fit covariance
            bRegionError = fit.windowError();
            BackgroundChecks.ShapeSystematic shapeSys = BackgroundChecks.ShapeSystematic.of(bm, bw, lumi, blindLo,
                    blindHi, bSignal, bRegionError);
            if (!(bWindow > 0)) {
                return MassHypothesis.without(m, "background fit gives no events in the window", eff, bSignal,
                        bRegionError, details(1, mu, sigma, bWindow, fit, side, shapeSys, Double.NaN, Double.NaN));
            }
            if (BackgroundChecks.deficit(shapeSys) < 1e-6) {
                // a blinded fit can leave a hole under the peak even when positive: a fake background-free region
                return MassHypothesis.without(m, EMPTY_SIGNAL_REGION, eff, bSignal, bRegionError,
                        details(1, mu, sigma, bWindow, fit, side, shapeSys, Double.NaN, Double.NaN));
            }
            // the limit must rest on a background the MC can confirm: a fit dipping where the signal has a tail
            // (exp-Chebyshev between ~100 MC rows of 1e3 events each) gives a background-free region no row supports
            double underSignal = BackgroundChecks.backgroundUnderSignal(dscb.densityFunction(p, lo, hi), bgModel, fit,
                    bWindow, lo, hi, settings.gridCells());
            double rows = underSignal / BackgroundChecks.rowWeight(bm, bw, lumi, lo, hi);
            if (!(rows >= BackgroundChecks.MIN_ROWS_UNDER_SIGNAL)) {
                return MassHypothesis.without(m, NOT_RESOLVED, eff, bSignal, bRegionError,
                        resolution(details(1, mu, sigma, bWindow, fit, side, shapeSys, Double.NaN, Double.NaN),
                                underSignal, rows));
            }
            resolved = new double[] {underSignal, rows};
            Shape bShape = Shape.of(x -> bgModel.density(fit, x));
            Shape sShape = Shape.of(dscb.densityFunction(p, lo, hi));
            // the signal-region systematic as a signal-shaped term (yield in the region over the signal's fraction
            // there): the shape term at the nominal luminosity; projections (scaled yields) add the template's MC
            // error, which does not shrink with luminosity
            double inRegion = dscb.fraction(p, lo, hi, blindLo, blindHi);
            double nominalSpurious = systematics && inRegion > 0 ? shapeSys.shape() / inRegion : 0;
            double projectedSpurious = systematics && inRegion > 0 ? shapeSys.total() / inRegion : 0;
            spuriousUsed = nominalSpurious;
            shapeUsed = shapeSys;
            // Expected limit: the data are the Asimov set at mu = 0, b = B; the builder needs only B as the
            // background yield's start value. For the MC-statistics shifts the whole window background is scaled
            // by k (shape fixed, so the background under the peak moves by the same factor).
            double b0 = bWindow;
            double poiBound = poiUpper(bWindow * 0.1, 1);
            likelihoodAt = k -> {
                WindowModel.Builder b = WindowModel.builder().window(lo, hi).gridCells(settings.gridCells())
                        .signal(sShape, 1.0, poiBound)
                        .background(bShape, List.of(), new double[0], new double[0], new double[0], false)
                        .spuriousSignal(nominalSpurious, projectedSpurious).expectedBackground(k * b0);
                WindowModel wm = b.build();
                double[] at = wm.parameterNames().size() > 2 ? new double[] {0, k * b0, 0} : new double[] {0, k * b0};
                return wm.asimov(at);
            };
        }
        return new MassHypothesis(m, MassHypothesis.OK, eff, likelihoodAt.apply(1.0), likelihoodAt, bRegion,
                bRegionError, resolution(details(fraction, mu, sigma, bWindow, fit, side, shapeUsed, spuriousUsed,
                        Double.NaN), resolved[0], resolved[1]));
    }

    /**
     * The MC-resolution diagnostics added to {@code d}: the background under the signal (window fit: the
     * Fisher-effective background of {@link BackgroundChecks#backgroundUnderSignal}; counting: the background in
     * the counting window) in events and in effective MC rows.
     */
    private static Map<String, Object> resolution(Map<String, Object> d, double underSignal, double rows) {
        d.put("backgroundUnderSignal", Json.num(underSignal));
        d.put("backgroundUnderSignalMcRows", Json.num(rows));
        return d;
    }

    /**
     * The limits of any strategy's hypothesis: expected CLs limit on the POI (signal events at the nominal luminosity
     * {@code lumi}, pb^-1) with its band, sigma_UL = N_UL / (efficiency x L), g_UL (eq. 9.2), the MC-statistics shift
     * of the median (if the hypothesis can scale its background) and the projections to {@code projections} (pb^-1).
     * A hypothesis without a likelihood gives a point with its status and no limits.
     */
    static Point limits(MassHypothesis h, double lumi, double[] projections, double cl, LimitCalculator calc,
            CrossSections xsec) {
        double m = h.massGeV();
        double sigmaRef = xsec.at(m);
        if (!h.ok()) {
            return new Point(m, h.status(), false, h.efficiency(), h.details(), h.backgroundInSignalRegion(),
                    h.backgroundInSignalRegionError(), null, null, null, sigmaRef, null, Double.NaN);
        }
        double eff = h.efficiency();
        LikelihoodModel likelihood = h.likelihood();
        CalculatorOptions options = new CalculatorOptions(0, 1, 1);
        UpperLimitResult r = calc.upperLimit(likelihood, cl, options, ProgressMonitor.NONE);
        double[] yieldUp = r.expected();
        double mcStat = Double.NaN;
        double delta = h.backgroundInSignalRegionError() / h.backgroundInSignalRegion();
        if (h.withBackgroundScaled() != null && delta >= 0 && delta < 1) {
            double up = calc.upperLimit(h.withBackgroundScaled().apply(1 + delta), cl, options, ProgressMonitor.NONE)
                    .median();
            double down = calc.upperLimit(h.withBackgroundScaled().apply(1 - delta), cl, options,
                    ProgressMonitor.NONE).median();
            mcStat = (up - down) / (2 * r.median());
        }
        double[] sigmaUp = divide(yieldUp, eff * lumi);
        double[] coupling = coupling(sigmaUp, sigmaRef, xsec.couplingPerGeV());
        List<Projection> projected = new ArrayList<>();
        for (double lp : projections) {
            UpperLimitResult rp = LuminosityProjection.expectedAt(calc, likelihood, lumi, lp, cl, options,
                    ProgressMonitor.NONE);
            // withScaledYields scales the yield per POI unit too: the POI keeps its meaning (signal
            // events at the nominal luminosity), so it converts with the nominal luminosity
            double[] sp = divide(rp.expected(), eff * lumi);
            double[] fourth = new double[5];
            for (int i = 0; i < 5; i++) {
                fourth[i] = coupling == null ? Double.NaN
                        : CouplingConversion.naiveLuminosityScaling(coupling[i], lumi, lp);
            }
            projected.add(new Projection(lp, sp, coupling(sp, sigmaRef, xsec.couplingPerGeV()),
                    coupling == null ? null : fourth));
        }
        boolean ordered = ascending(yieldUp);
        for (Projection q : projected) {
            ordered &= ascending(q.sigmaUpPb());
        }
        if (!ordered) {
            return new Point(m, UNORDERED, false, eff, h.details(), h.backgroundInSignalRegion(),
                    h.backgroundInSignalRegionError(), null, null, null, sigmaRef, null, Double.NaN);
        }
        return new Point(m, MassHypothesis.OK, false, eff, h.details(), h.backgroundInSignalRegion(),
                h.backgroundInSignalRegionError(), yieldUp, sigmaUp, coupling, sigmaRef, projected, mcStat);
    }

    /** Strictly ascending and finite (an expected band -2..+2 sigma must be). */
    static boolean ascending(double[] band) {
        for (int i = 0; i < band.length; i++) {
            if (!Double.isFinite(band[i]) || (i > 0 && !(band[i] > band[i - 1]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Error of the expected count in [a, b] from the fit covariance: sqrt(g^T C g), g the central-difference
     * gradient of {@link BackgroundModel#expected} in the fit parameters (steps 1e-3 x their errors, as the
     * service propagates its blind-window error).
     */
    static double expectedError(BackgroundModel bg, BackgroundFit fit, double a, double b) {
        FitParameters fp = fit.parameters();
        double[] v = fp.values();
        double[] e = fp.errors();
        double[][] c = fp.covariance();
        double[] g = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!(e[i] > 0)) {
                continue;
            }
            double h = 1e-3 * e[i];
            double[] up = v.clone();
            double[] down = v.clone();
            up[i] += h;
            down[i] -= h;
            g[i] = (bg.expected(shifted(fit, up), a, b) - bg.expected(shifted(fit, down), a, b)) / (2 * h);
        }
        double var = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                var += g[i] * c[i][j] * g[j];
            }
        }
        return Math.sqrt(Math.max(var, 0));
    }

    private static BackgroundFit shifted(BackgroundFit fit, double[] values) {
        FitParameters fp = fit.parameters();
        return new BackgroundFit(new FitParameters(fp.names(), values, fp.errors(), fp.covariance()), fit.quality(),
                fit.low(), fit.high(), fit.blindLow(), fit.blindHigh(), fit.windowExpected(), fit.windowError());
    }

    /** Generous POI bound in signal events (the calculator brackets its roots in [0, bound]). */
    private static double poiUpper(double b, double fraction) {
        return 20 * (Math.sqrt(Math.max(b, 0)) + 5) / fraction;
    }

    /** One bin: signal yield mu x fraction, known background b, Asimov observation b (no systematics). */
    static LikelihoodModel countingModel(double fraction, double b, double poiUpper) {
        return countingModel(fraction, b, poiUpper, 0);
    }

    /**
     * One bin as {@link #countingModel(double, double, double)}, with a relative background uncertainty
     * {@code relative} (a normsys with factors 1 +- relative, pyhf's code1) when positive.
     */
    static LikelihoodModel countingModel(double fraction, double b, double poiUpper, double relative) {
        String systematic = relative > 0 ? String.format(Locale.ROOT, "{\"name\": \"background_shape\", "
                + "\"type\": \"normsys\", \"data\": {\"hi\": %s, \"lo\": %s}}", Double.toString(1 + relative),
                Double.toString(Math.max(1 / (1 + relative), 1 - relative))) : "";
        String json = String.format(Locale.ROOT, "{\"channels\": [{\"name\": \"window\", \"samples\": ["
                + "{\"name\": \"signal\", \"data\": [%s], \"modifiers\": [{\"name\": \"mu\", \"type\": \"normfactor\", "
                + "\"data\": null}]}, {\"name\": \"background\", \"data\": [%s], \"modifiers\": [%s]}]}], "
                + "\"observations\": [{\"name\": \"window\", \"data\": [%s]}], \"measurements\": [{\"name\": \"m\", "
                + "\"config\": {\"poi\": \"mu\", \"parameters\": [{\"name\": \"mu\", \"bounds\": [[0, %s]], "
                + "\"inits\": [0]}]}}], \"version\": \"1.0.0\"}", Double.toString(fraction), Double.toString(b),
                systematic, Double.toString(b), Double.toString(poiUpper));
        return HistFactoryCompiler.compile(WorkspaceReader.parse(json, "counting window"), "m", "counting window");
    }

    private static double[] coupling(double[] sigmaUp, double sigmaRef, double couplingPerGeV) {
        if (!(sigmaRef > 0)) {
            return null;
        }
        double[] g = new double[sigmaUp.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = CouplingConversion.couplingLimit(sigmaUp[i], couplingPerGeV, sigmaRef);
        }
        return g;
    }

    private static double[] divide(double[] v, double d) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / d;
        }
        return out;
    }

    /** First index with a[i] >= x. */
    static int lowerBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static void checkSettings(Settings s, String source) {
        double bins = 2 * s.windowSigma() * s.binsPerSigma();
        double blind = s.blindSigma() * s.binsPerSigma();
        if (Math.abs(bins - Math.rint(bins)) > 1e-9 || Math.abs(blind - Math.rint(blind)) > 1e-9) {
            throw new InvalidInputException(source, "binsPerSigma", s.binsPerSigma(),
                    "a value making windowSigma x binsPerSigma and blindSigma x binsPerSigma integers (bin edges on "
                            + "the blind window)");
        }
        if (!(s.blindSigma() < s.windowSigma())) {
            throw new InvalidInputException(source, "blindSigma", s.blindSigma(), "less than windowSigma "
                    + s.windowSigma());
        }
    }
}
