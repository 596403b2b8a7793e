package org.alpwb.strategy.binned4d.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel.MassRegion;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.BackgroundSample;
import org.alpwb.api.strategy.SignalSample;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.strategy.StrategyInput;
import org.alpwb.api.strategy.StrategyModel;

/**
 * The binned-likelihood strategies as {@link Strategy} services (ids {@code binned-4d}, {@code binned-2d},
 * {@code binned-1d}; one component per {@link Variant}): slides' selection and window, signal-quantile grid,
 * background-MC merging rule, HistFactory model with POI = selected signal events at the nominal luminosity.
 */
abstract class BinnedStrategy implements Strategy {
    static final String NORM_BY_PROCESS = "normalisationUncertaintyByProcess";
    static final String TAGGER = "taggerThetaMinLabDeg";
    /** CM velocity of Belle II along the e- beam, (E- - E+) / (E- + E+) with 7.004 / 4.002 GeV (physics.md). */
    static final double BETA_CM = (7.004 - 4.002) / (7.004 + 4.002);

    private final Variant variant;

    BinnedStrategy(Variant variant) {
        this.variant = variant;
    }

    Variant variant() {
        return variant;
    }

    @Override
    public List<ParameterSpec> parameters() {
        Selection d = Selection.slides();
        return List.of(
                ParameterSpec.number("energyCmMinGeV", d.energyCmMinGeV(), 0, 20, "GeV", "E* of all four particles above (slides)"),
                ParameterSpec.number("thetaCmMinDeg", d.thetaCmMinDeg(), 0, 180, "deg", "theta* of all four at least (slides)"),
                ParameterSpec.number("thetaCmMaxDeg", d.thetaCmMaxDeg(), 0, 180, "deg", "theta* of all four at most (slides)"),
                ParameterSpec.number("separationMinRad", d.separationMinRad(), 0, Math.PI, "rad",
                        "gamma-gamma and gamma-e separation max(|dtheta|, |dphi|) above (slides)"),
                ParameterSpec.number("massWindowLowSigma", d.windowLowSigma(), -50, 50, "",
                        "low window edge m_gg - m_peak in units of the signal width (slides: -3)"),
                ParameterSpec.number("massWindowHighSigma", d.windowHighSigma(), -50, 50, "",
                        "high window edge in units of the signal width (slides: +1.5)"),
                ParameterSpec.number(TAGGER, 0, 0, 89.999, "deg",
                        "lab polar edge of a forward lepton tagger (0 = none): theta* may go down to its CM angle"),
                ParameterSpec.integer("binsPerAxis", variant.binsPerAxis(), 1, 50,
                        "signal-quantile bins per variable before merging (" + String.join(", ", variant.variables()) + ")"),
                ParameterSpec.integer("minBackgroundEntries", 10, 1, 1_000_000,
                        "background MC rows every merged bin needs (and the window at least)"),
                ParameterSpec.number("maxBackgroundRelError", 0.3, 1e-3, 1, "",
                        "largest relative MC error sqrt(sum w^2)/sum w of a merged bin's background"),
                ParameterSpec.number("luminosityUncertainty", BinnedLimitsTask.DEFAULT_LUMINOSITY_UNCERTAINTY, 0, 0.5, "",
                        "relative luminosity uncertainty (lumi modifier) [assumption: the ~1 % level of Belle II]"),
                ParameterSpec.number("normalisationUncertainty", BinnedLimitsTask.DEFAULT_NORMALISATION, 0, 0.9, "",
                        "relative normalisation uncertainty of every background (normsys) [model: missing higher orders]"),
                ParameterSpec.text(NORM_BY_PROCESS, "", "per-process overrides, e.g. 'bhabha-gamma=0.05,triphoton=0.2'"));
    }

    @Override
    public void check(ParameterValues values) {
        selection(values);
        normalisation(values);
    }

    /** The selection; window and theta edges in the wrong order name the parameter. */
    static Selection selection(ParameterValues v) {
        double lo = v.number("massWindowLowSigma");
        double hi = v.number("massWindowHighSigma");
        if (!(lo < hi)) {
            throw new InvalidInputException("strategy parameters", "massWindowLowSigma", lo + " (massWindowHighSigma "
                    + hi + ")", "massWindowLowSigma < massWindowHighSigma (window edges in units of sigma_m)");
        }
        double tMin = v.number("thetaCmMinDeg");
        double tMax = v.number("thetaCmMaxDeg");
        if (!(tMin < tMax)) {
            throw new InvalidInputException("strategy parameters", "thetaCmMinDeg", tMin + " (thetaCmMaxDeg " + tMax
                    + ")", "thetaCmMinDeg < thetaCmMaxDeg");
        }
        double tagger = v.number(TAGGER);
        double thetaMin = tagger > 0 ? Math.min(tMin, cmPolarAngleDeg(tagger)) : tMin;
        return new Selection(v.number("energyCmMinGeV"), thetaMin, tMax, v.number("separationMinRad"), lo, hi);
    }

    /**
     * CM polar angle of a massless particle at lab polar angle {@code labDeg} for the boost along the e- beam
     * (the 41.5 mrad half crossing angle neglected): cos theta* = (cos theta - beta) / (1 - beta cos theta).
     * 17 deg (the CDC edge) gives 22.35 deg, the slides' 22 deg.
     */
    static double cmPolarAngleDeg(double labDeg) {
        double c = Math.cos(Math.toRadians(labDeg));
        return Math.toDegrees(Math.acos((c - BETA_CM) / (1 - BETA_CM * c)));
    }

    static Map<String, Double> normalisation(ParameterValues v) {
        Map<String, Double> norm = new TreeMap<>();
        norm.put(BinnedLimitsTask.DEFAULT_KEY, v.number("normalisationUncertainty"));
        String text = v.string(NORM_BY_PROCESS).trim();
        if (!text.isEmpty()) {
            for (String item : text.split(",")) {
                String[] kv = item.split("=");
                double u = kv.length == 2 ? parse(kv[1]) : Double.NaN;
                if (kv.length != 2 || kv[0].isBlank() || !(u >= 0 && u <= 0.9)) {
                    throw new InvalidInputException("strategy parameters", NORM_BY_PROCESS, item,
                            "comma-separated process=value with 0 <= value <= 0.9");
                }
                norm.put(kv[0].trim(), u);
            }
        }
        return norm;
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static PointCalculator.Settings settings(ParameterValues v, double luminosityInvFb, double[] projectionsInvFb,
            double cl, List<MassRegion> excluded, int axes) {
        int[] bins = new int[axes];
        java.util.Arrays.fill(bins, (int) v.integer("binsPerAxis"));
        double[] proj = java.util.Arrays.stream(projectionsInvFb).map(x -> x * 1000).toArray();
        return new PointCalculator.Settings(selection(v), bins, (int) v.integer("minBackgroundEntries"),
                v.number("maxBackgroundRelError"), luminosityInvFb * 1000, proj, cl, v.number("luminosityUncertainty"),
                normalisation(v), excluded);
    }

    /** The calculator over the samples; cross sections may be null (the generic task converts with the efficiency). */
    PointCalculator calculator(ParameterValues v, List<SignalSample> signal, List<BackgroundSample> backgrounds,
            CrossSections xsec, double luminosityInvFb, double[] projectionsInvFb, double cl, List<MassRegion> excluded,
            LimitCalculator limits) {
        PointCalculator.Settings settings = settings(v, luminosityInvFb, projectionsInvFb, cl, excluded,
                variant.variables().size());
        List<EventSample> s = new ArrayList<>();
        for (SignalSample x : signal) {
            s.add(EventSample.of(x.inputName(), x.massGeV(), x.generated().weightPb(), x.candidates(),
                    settings.selection(), variant.variables(), "strategy " + variant.id() + " input " + x.inputName()));
        }
        if (s.isEmpty()) {
            throw new InvalidInputException("strategy " + variant.id(), "inputs", "(no signal-<mass>)",
                    "signal-<mass> inputs with generated-<mass>");
        }
        List<EventSample> b = new ArrayList<>();
        for (BackgroundSample x : backgrounds) {
            String name = x.inputName().startsWith("background-") ? x.inputName().substring("background-".length())
                    : x.inputName();
            b.add(EventSample.of(name, Double.NaN, Double.NaN, x.candidates(), settings.selection(), variant.variables(),
                    "strategy " + variant.id() + " input " + x.inputName()));
        }
        if (b.isEmpty()) {
            throw new InvalidInputException("strategy " + variant.id(), "inputs", "(no background-<process>)",
                    "at least one background-<process> input");
        }
        return new PointCalculator(s, b, xsec, settings, limits);
    }

    @Override
    public StrategyModel prepare(StrategyInput input) {
        List<MassRegion> excluded = input.channel() == null ? List.of() : input.channel().excludedRegions();
        LimitCalculator limits = input.task().service(LimitCalculator.class, "asymptotic-cls");
        PointCalculator calc = calculator(input.parameters(), input.signal(), input.backgrounds(), null,
                input.luminosityInvFb(), new double[0], 0.9, excluded, limits);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("strategy", variant.id());
        summary.put("variables", variant.variables());
        summary.put("parameters", input.parameters().asMap());
        return new BinnedStrategyModel(calc, summary);
    }
}
