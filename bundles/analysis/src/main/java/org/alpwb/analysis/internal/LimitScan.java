package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.alpwb.limits.coupling.CouplingConversion;
import org.alpwb.limits.coupling.LuminosityProjection;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.Shape;
import org.alpwb.limits.model.WindowModel;
import org.alpwb.limits.pyhf.WorkspaceReader;

/**
 * Expected limits at one mass hypothesis (thesis ch. 8.3 and 9): signal shape and efficiency from the
 * interpolation, background = weighted histogram of the selected background MC scaled to the
 * luminosity, fitted in mu +- windowSigma sigma with mu +- blindSigma sigma blinded; then the
 * expected (Asimov, mu' = 0) CLs upper limit on the signal yield with its band, either with the
 * thesis window likelihood (signal DSCB + fixed background shape, background yield free) or, for
 * the slides, a one-bin counting experiment in the mass window. The median is recomputed with the
 * background scaled by 1 +- (its relative MC-statistical error in the signal region, from the fit
 * covariance) to measure how much the limited MC statistics move it. Stateless and thread-safe.
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

    /**
     * Background-fit diagnostics of one point: the fit's goodness-of-fit p-value and whether it is below the
     * threshold (a bad fit), the signal-region closure on MC and the spurious-signal yield used in the limit
     * at the nominal luminosity (events, 0 statistics only; projections add the template's MC-statistical error in
     * quadrature). NaN where not computed.
     */
    record Diagnostics(double backgroundFitPValue, boolean badBackgroundFit, double signalRegionMc,
            double signalRegionMcError, double shapeSystematic, double spuriousSignal, double firstNonPositiveGeV) {
        static final Diagnostics NONE = new Diagnostics(Double.NaN, false, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
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
            if (!(m >= massGeV[0] && m <= massGeV[massGeV.length - 1])) {
                return Double.NaN;
            }
            int i = Arrays.binarySearch(massGeV, m);
            if (i >= 0) {
                return sigmaPb[i];
            }
            int hi = -i - 1;
            int lo = hi - 1;
            double t = (m - massGeV[lo]) / (massGeV[hi] - massGeV[lo]);
            return Math.exp((1 - t) * Math.log(sigmaPb[lo]) + t * Math.log(sigmaPb[hi]));
        }
    }

    record Projection(double luminosityInvPb, double[] sigmaUpPb, double[] couplingUp, double[] couplingUpFourthRoot) {
    }

    /**
     * Result at one mass; limit arrays are null unless status is "ok". {@code backgroundInSignalRegionError}:
     * MC-statistical error of backgroundInSignalRegion from the fit covariance (SumW2-corrected, so it reflects
     * the effective number of MC rows); {@code mcStatRelUncertainty}: (N(+) - N(-)) / (2 N) of the median
     * expected limit N with the background scaled by 1 +- that relative error (NaN without a limit, or when the
     * relative error is >= 1 so that the -1 sigma background is not positive).
     */
    record Point(double massGeV, String status, boolean excluded, double efficiency, double windowFraction,
            double muGeV, double sigmaGeV, double backgroundInWindow, double backgroundInSignalRegion,
            double backgroundInSignalRegionError, double backgroundFitChi2Ndf, long sidebandRows, double[] yieldUp,
            double[] sigmaUpPb, double[] couplingUp, double referenceSigmaPb, List<Projection> projections,
            double mcStatRelUncertainty, Diagnostics diagnostics) {
    }

    private final SignalModel model;
    private final Settings settings;
    private final Services services;
    private final Background background;
    private final List<MassRegion> excluded;
    private final CrossSections xsec;
    private final boolean counting;

    LimitScan(SignalModel model, Settings settings, Services services, Background background,
            List<MassRegion> excluded, CrossSections xsec) {
        this.model = model;
        this.settings = settings;
        this.services = services;
        this.background = background;
        this.excluded = List.copyOf(excluded);
        this.xsec = xsec;
        this.counting = COUNTING.equals(settings.method());
    }

    Point compute(double m) {
        for (MassRegion r : excluded) {
            if (r.contains(m)) {
                return empty(m, "excluded (" + r.name() + ")", true, Double.NaN, Double.NaN, Double.NaN);
            }
        }
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
            return empty(m, "interpolation outside the physical range (efficiency, sigma, alpha, n must be > 0)",
                    false, eff, mu, sigma);
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
            return new Point(m, "too few background MC rows in the sidebands (" + side + " < "
                    + settings.minSidebandRows() + ")", false, eff, Double.NaN, mu, sigma, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, side, null, null, null, xsec.at(m), null, Double.NaN, Diagnostics.NONE);
        }
        BackgroundModel bgModel = services.background();
        BackgroundFit fit = bgModel.fit(filler.build(), lo, hi, blindLo, blindHi);
        double bWindow = bgModel.expected(fit, lo, hi);
        double bSignal = fit.windowExpected();
        double pFit = fit.quality().pValue();
        boolean badFit = pFit < settings.badFitPValue();
        // a density <= 0 anywhere in the window is a state, never clipped into a number
        double negativeAt = BackgroundChecks.firstNonPositive(bgModel, fit, lo, hi, 4 * settings.gridCells());
        if (!Double.isNaN(negativeAt)) {
            return new Point(m, NOT_POSITIVE, false, eff, Double.NaN, mu, sigma, bWindow, bSignal, fit.windowError(),
                    fit.quality().chi2PerNdf(), side, null, null, null, xsec.at(m), null, Double.NaN,
                    new Diagnostics(pFit, badFit, Double.NaN, Double.NaN, Double.NaN, Double.NaN, negativeAt));
        }
        ShapeFitter dscb = services.shape();
        // likelihood with the background scaled by k (k = 1: nominal); all share the POI bound of the nominal one
        DoubleFunction<LikelihoodModel> likelihoodAt;
        // the likelihood for projections: the same with the template's MC-statistical error in the systematic
        LikelihoodModel projectionLikelihood;
        double fraction;
        double bUsed;
        double bRegion;
        double bRegionError;
        BackgroundChecks.ShapeSystematic shapeSys;
        double spurious;
        boolean systematics = SPURIOUS_SIGNAL.equals(settings.systematics());
        if (counting) {
            double[] win = model.strategy().massWindowSigma();
            double rlo = m + win[0] * sigma;
            double rhi = m + win[1] * sigma;
            fraction = dscb.fraction(p, lo, hi, rlo, rhi);
            bUsed = bgModel.expected(fit, rlo, rhi);
            bRegion = bUsed;
            bRegionError = expectedError(bgModel, fit, rlo, rhi);
            shapeSys = BackgroundChecks.ShapeSystematic.of(bm, bw, lumi, rlo, rhi, bUsed, bRegionError);
            if (BackgroundChecks.deficit(shapeSys) < 1e-6) {
                return new Point(m, EMPTY_SIGNAL_REGION, false, eff, fraction, mu, sigma, bWindow, bUsed, bRegionError,
                        fit.quality().chi2PerNdf(), side, null, null, null, xsec.at(m), null, Double.NaN,
                        new Diagnostics(pFit, badFit, shapeSys.mcInRegion(), shapeSys.mcError(), shapeSys.shape(),
                                Double.NaN, Double.NaN));
            }
            if (!(bUsed > 0) || !(fraction > 0)) {
                return new Point(m, "no background or signal in the counting window", false, eff, fraction, mu, sigma,
                        bWindow, bUsed, bRegionError, fit.quality().chi2PerNdf(), side, null, null, null, xsec.at(m),
                        null, Double.NaN, new Diagnostics(pFit, badFit, shapeSys.mcInRegion(), shapeSys.mcError(),
                                shapeSys.shape(), Double.NaN, Double.NaN));
            }
            double b0 = bUsed;
            double f0 = fraction;
            double bound = poiUpper(bUsed, fraction);
            // the systematic as a relative background uncertainty of the one bin (normsys, code1): the shape term
            // at the nominal luminosity, shape and template MC error for projections
            double rel = systematics ? shapeSys.shape() / bUsed : 0;
            spurious = systematics ? shapeSys.shape() : 0;
            likelihoodAt = k -> countingModel(f0, k * b0, bound, rel);
            projectionLikelihood = countingModel(f0, b0, bound, systematics ? shapeSys.total() / bUsed : 0);
        } else {
            fraction = 1;
            bUsed = bWindow;
            bRegion = bSignal;
            // the blind window mu +- blindSigma sigma is the signal region; the service propagates its
            // count's error from the (SumW2-corrected) fit covariance
            bRegionError = fit.windowError();
            shapeSys = BackgroundChecks.ShapeSystematic.of(bm, bw, lumi, blindLo, blindHi, bSignal, bRegionError);
            if (!(bWindow > 0)) {
                return new Point(m, "background fit gives no events in the window", false, eff, 1, mu, sigma, bWindow,
                        bSignal, bRegionError, fit.quality().chi2PerNdf(), side, null, null, null, xsec.at(m), null,
                        Double.NaN, new Diagnostics(pFit, badFit, shapeSys.mcInRegion(), shapeSys.mcError(),
                                shapeSys.shape(), Double.NaN, Double.NaN));
            }
            if (BackgroundChecks.deficit(shapeSys) < 1e-6) {
                // a blinded fit can leave a hole under the peak even when positive: a fake background-free region
                return new Point(m, EMPTY_SIGNAL_REGION, false, eff, 1, mu, sigma, bWindow, bSignal, bRegionError,
                        fit.quality().chi2PerNdf(), side, null, null, null, xsec.at(m), null, Double.NaN,
                        new Diagnostics(pFit, badFit, shapeSys.mcInRegion(), shapeSys.mcError(), shapeSys.shape(),
                                Double.NaN, Double.NaN));
            }
            Shape bShape = Shape.of(x -> bgModel.density(fit, x));
            Shape sShape = Shape.of(dscb.densityFunction(p, lo, hi));
            // the signal-region systematic as a signal-shaped term: its yield in the region over the signal's
            // fraction there
            double inRegion = dscb.fraction(p, lo, hi, blindLo, blindHi);
            spurious = systematics && inRegion > 0 ? shapeSys.shape() / inRegion : 0;
            double projected = systematics && inRegion > 0 ? shapeSys.total() / inRegion : 0;
            // Expected limit: the data are the Asimov set at mu = 0, b = B; the builder needs only B as the
            // background yield's start value. For the MC-statistics shifts the whole window background is scaled
            // by k (shape fixed, so the background under the peak moves by the same factor).
            double b0 = bWindow;
            double poiBound = poiUpper(bWindow * 0.1, 1);
            double nominalSpurious = spurious;
            likelihoodAt = k -> windowModel(lo, hi, sShape, bShape, poiBound, k * b0, nominalSpurious);
            projectionLikelihood = windowModel(lo, hi, sShape, bShape, poiBound, b0, projected);
        }
        LikelihoodModel likelihood = likelihoodAt.apply(1.0);
        LimitCalculator calc = services.calculator();
        CalculatorOptions options = new CalculatorOptions(0, 1, 1);
        UpperLimitResult r = calc.upperLimit(likelihood, settings.cl(), options, ProgressMonitor.NONE);
        double[] yieldUp = r.expected();
        double mcStat = Double.NaN;
        double delta = bRegionError / bRegion;
        if (delta >= 0 && delta < 1) {
            double up = calc.upperLimit(likelihoodAt.apply(1 + delta), settings.cl(), options, ProgressMonitor.NONE)
                    .median();
            double down = calc.upperLimit(likelihoodAt.apply(1 - delta), settings.cl(), options, ProgressMonitor.NONE)
                    .median();
            mcStat = (up - down) / (2 * r.median());
        }
        double[] sigmaUp = divide(yieldUp, eff * lumi);
        double sigmaRef = xsec.at(m);
        double[] coupling = coupling(sigmaUp, sigmaRef);
        List<Projection> projections = new ArrayList<>();
        for (double lp : settings.projectionsInvPb()) {
            UpperLimitResult rp = LuminosityProjection.expectedAt(calc, projectionLikelihood, lumi, lp, settings.cl(),
                    options, ProgressMonitor.NONE);
            // withScaledYields scales the yield per POI unit too: the POI keeps its meaning (signal
            // events at the nominal luminosity), so it converts with the nominal luminosity
            double[] sp = divide(rp.expected(), eff * lumi);
            double[] fourth = new double[5];
            for (int i = 0; i < 5; i++) {
                fourth[i] = coupling == null ? Double.NaN
                        : CouplingConversion.naiveLuminosityScaling(coupling[i], lumi, lp);
            }
            projections.add(new Projection(lp, sp, coupling(sp, sigmaRef), coupling == null ? null : fourth));
        }
        Diagnostics diagnostics = new Diagnostics(pFit, badFit, shapeSys.mcInRegion(), shapeSys.mcError(),
                shapeSys.shape(), spurious, Double.NaN);
        boolean ordered = ascending(yieldUp);
        for (Projection q : projections) {
            ordered &= ascending(q.sigmaUpPb());
        }
        if (!ordered) {
            return new Point(m, UNORDERED, false, eff, fraction, mu, sigma, bWindow, bRegion, bRegionError,
                    fit.quality().chi2PerNdf(), side, null, null, null, sigmaRef, null, Double.NaN, diagnostics);
        }
        return new Point(m, "ok", false, eff, fraction, mu, sigma, bWindow, bRegion, bRegionError,
                fit.quality().chi2PerNdf(), side, yieldUp, sigmaUp, coupling, sigmaRef, projections, mcStat,
                new Diagnostics(pFit, badFit, shapeSys.mcInRegion(), shapeSys.mcError(), shapeSys.shape(), spurious,
                        Double.NaN));
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

    /** The window likelihood with Asimov background-only data of b events, and a spurious-signal term (0: none). */
    private LikelihoodModel windowModel(double lo, double hi, Shape signal, Shape background, double poiBound, double b,
            double spuriousEvents) {
        return WindowModel.builder().window(lo, hi).gridCells(settings.gridCells()).signal(signal, 1.0, poiBound)
                .background(background, List.of(), new double[0], new double[0], new double[0], false)
                .spuriousSignal(spuriousEvents).expectedBackground(b).build()
                .asimov(spuriousEvents > 0 ? new double[] {0, b, 0} : new double[] {0, b});
    }

    private Point empty(double m, String status, boolean isExcluded, double eff, double mu, double sigma) {
        return new Point(m, status, isExcluded, eff, Double.NaN, mu, sigma, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, 0, null, null, null, xsec.at(m), null, Double.NaN, Diagnostics.NONE);
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

    private double[] coupling(double[] sigmaUp, double sigmaRef) {
        if (!(sigmaRef > 0)) {
            return null;
        }
        double[] g = new double[sigmaUp.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = CouplingConversion.couplingLimit(sigmaUp[i], xsec.couplingPerGeV(), sigmaRef);
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
