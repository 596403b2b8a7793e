package org.alpwb.strategy.binned4d.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.pyhf.Channel;
import org.alpwb.limits.pyhf.Measurement;
import org.alpwb.limits.pyhf.Modifier;
import org.alpwb.limits.pyhf.ModifierType;
import org.alpwb.limits.pyhf.Observation;
import org.alpwb.limits.pyhf.ParameterSetting;
import org.alpwb.limits.pyhf.Sample;
import org.alpwb.limits.pyhf.Workspace;

/**
 * The HistFactory likelihood of one mass hypothesis as a pyhf workspace (so that it is exported as it
 * is fitted): one channel, the merged bins; sample {@code signal} (its shape, normalised to one event) with
 * normfactor {@code mu} (the POI: selected signal events at the nominal luminosity) and
 * {@code lumi}; one sample per background process with {@code lumi}, normsys {@code norm_<process>}
 * (hi/lo = 1 +- its relative normalisation uncertainty) and the shared staterror
 * {@code staterror_window} (Barlow-Beeston lite: one Gaussian-constrained gamma per bin with the relative
 * MC uncertainty of the total background in that bin); observations = the background-only Asimov data
 * (every background at its nominal expectation). The POI is bounded by 50 times a Gaussian estimate of the
 * median limit; {@link #toSigmaLimit} converts a limit on it into a cross section.
 *
 * @param referenceSignalEvents signal yield (events) at the reference coupling: eff x sigma_ref x L
 */
record BinnedModel(Workspace workspace, HistFactoryModel model, double referenceSignalEvents, double[] signal, double[] background, double[] backgroundMcError,
        double luminosityUncertainty, java.util.function.DoubleFunction<BinnedModel> withBackgroundScaled) {

    static final String CHANNEL = "window";
    static final String POI = "mu";
    static final String LUMI = "lumi";
    static final String STATERROR = "staterror_window";
    static final double POI_BOUND_FACTOR = 50;

    /**
     * @param signalRef   signal events per bin at the reference coupling
     * @param backgrounds per process: {events per bin, MC error (events) per bin}
     * @param normUncertainty relative normalisation uncertainty per process
     */
    static BinnedModel build(String name, double[] signalRef, Map<String, double[][]> backgrounds,
            Map<String, Double> normUncertainty, double luminosityUncertainty, String source) {
        int bins = signalRef.length;
        double[] bTotal = new double[bins];
        double[] bVar = new double[bins];
        double normVar = 0;
        for (Map.Entry<String, double[][]> e : backgrounds.entrySet()) {
            double processTotal = 0;
            for (int b = 0; b < bins; b++) {
                bTotal[b] += e.getValue()[0][b];
                bVar[b] += e.getValue()[1][b] * e.getValue()[1][b];
                processTotal += e.getValue()[0][b];
            }
            double d = normUncertainty.get(e.getKey()) * processTotal;
            normVar += d * d;
        }
        double sRef = 0;
        double bSum = 0;
        double varSum = 0;
        for (int b = 0; b < bins; b++) {
            sRef += signalRef[b];
            bSum += bTotal[b];
            varSum += bVar[b];
        }
        // POI = signal events: the signal sample holds the shape (sum 1); its bound is 50 x the Gaussian median
        // limit estimate 1.64 sqrt(B + MC var + norm var + lumi var) + 3 (zero background: 2.3)
        double target = 2 * Math.sqrt(bSum + varSum + normVar + Math.pow(luminosityUncertainty * bSum, 2)) + 3;
        double[] signal = new double[bins];
        for (int b = 0; b < bins; b++) {
            signal[b] = signalRef[b] / sRef;
        }
        List<Sample> samples = new ArrayList<>();
        boolean withLumi = luminosityUncertainty > 0; // a zero uncertainty is no nuisance parameter at all
        List<Modifier> signalModifiers = new ArrayList<>(List.of(Modifier.simple(POI, ModifierType.NORMFACTOR)));
        if (withLumi) {
            signalModifiers.add(Modifier.simple(LUMI, ModifierType.LUMI));
        }
        samples.add(new Sample("signal", signal, signalModifiers));
        for (Map.Entry<String, double[][]> e : backgrounds.entrySet()) {
            double u = normUncertainty.get(e.getKey());
            List<Modifier> mods = new ArrayList<>();
            if (withLumi) {
                mods.add(Modifier.simple(LUMI, ModifierType.LUMI));
            }
            if (u > 0) {
                mods.add(Modifier.normsys("norm_" + e.getKey(), 1 + u, 1 - u));
            }
            mods.add(Modifier.perBin(STATERROR, ModifierType.STATERROR, e.getValue()[1]));
            samples.add(new Sample(e.getKey(), e.getValue()[0], mods));
        }
        List<ParameterSetting> parameters = new ArrayList<>();
        parameters.add(new ParameterSetting(POI, new double[][] {{0, POI_BOUND_FACTOR * target}}, new double[] {1}, null, null,
                null));
        if (withLumi) {
            parameters.add(new ParameterSetting(LUMI, new double[][] {{Math.max(1e-6, 1 - 10 * luminosityUncertainty),
                1 + 10 * luminosityUncertainty}}, new double[] {1}, null, new double[] {1},
                    new double[] {luminosityUncertainty}));
        }
        Workspace ws = new Workspace(List.of(new Channel(CHANNEL, samples)), List.of(new Observation(CHANNEL, bTotal)),
                List.of(new Measurement(name, POI, parameters)), "1.0.0");
        HistFactoryModel model = HistFactoryCompiler.compile(ws, null, source);
        double[] mcError = new double[bins];
        for (int b = 0; b < bins; b++) {
            mcError[b] = Math.sqrt(bVar[b]);
        }
        // the MC-statistics shift of the limit: every background (and its MC error, so the relative error stays) times
        // k, the Asimov data with it, as the window strategies' background scaling does
        java.util.function.DoubleFunction<BinnedModel> scaled = k -> {
            Map<String, double[][]> bk = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, double[][]> e : backgrounds.entrySet()) {
                double[][] yv = {e.getValue()[0].clone(), e.getValue()[1].clone()};
                for (int b = 0; b < bins; b++) {
                    yv[0][b] *= k;
                    yv[1][b] *= k;
                }
                bk.put(e.getKey(), yv);
            }
            return build(name, signalRef, bk, normUncertainty, luminosityUncertainty, source + ", background x " + k);
        };
        return new BinnedModel(ws, model, sRef, signal, bTotal, mcError, luminosityUncertainty, scaled);
    }

    /**
     * Pre-fit widths the workspace declares: normsys 1, lumi its sigma, staterror gamma_b the bin's relative
     * MC error; NaN for the POI.
     */
    double[] prefitSigmas() {
        List<String> names = model.parameterNames();
        double[] s = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.startsWith("norm_")) {
                s[i] = 1;
            } else if (n.equals(LUMI)) {
                s[i] = luminosityUncertainty;
            } else if (n.startsWith(STATERROR + "[")) {
                int b = Integer.parseInt(n.substring(STATERROR.length() + 1, n.length() - 1));
                s[i] = backgroundMcError[b] / background[b];
            } else {
                s[i] = Double.NaN;
            }
        }
        return s;
    }

    /** Limit on the signal events -> limit on the total cross section (pb) of the reference sample. */
    double toSigmaLimit(double signalEvents, double sigmaRefPb) {
        return sigmaRefPb * signalEvents / referenceSignalEvents;
    }
}
