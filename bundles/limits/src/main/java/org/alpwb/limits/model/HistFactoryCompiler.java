package org.alpwb.limits.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.alpwb.api.InvalidInputException;
import org.alpwb.limits.pyhf.Channel;
import org.alpwb.limits.pyhf.Measurement;
import org.alpwb.limits.pyhf.Modifier;
import org.alpwb.limits.pyhf.ModifierType;
import org.alpwb.limits.pyhf.Observation;
import org.alpwb.limits.pyhf.ParameterSetting;
import org.alpwb.limits.pyhf.Sample;
import org.alpwb.limits.pyhf.Workspace;

/**
 * Turns a pyhf {@link Workspace} and one of its measurements into a {@link HistFactoryModel} with
 * pyhf's defaults: normfactor and shapefactor init 1 in [0, 10]; shapesys and staterror init 1 in
 * [1e-10, 10]; normsys and histosys init 0 in [-5, 5] with N(0 | alpha, 1); lumi init 1 in [0, 10]
 * with N(auxdata | lumi, sigma) from the measurement. Modifiers of the same name share one
 * parameter (normsys and histosys of one name share one constraint). shapesys and staterror bins
 * with no uncertainty or no nominal content are held fixed at 1 without a constraint, as in pyhf.
 * Interpolation: pyhf's defaults ({@link Interpolations#PYHF}: normsys code1, histosys code0) unless
 * other codes are given. Measurement parameters that match no modifier are ignored with a warning, as
 * pyhf ignores them (silently).
 */
public final class HistFactoryCompiler {
    private final String source;
    private final Interpolations codes;
    private final Consumer<String> warnings;
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<double[]> settings = new ArrayList<>(); // {init, lower, upper, fixed(0/1)}

    private HistFactoryCompiler(String source, Interpolations codes, Consumer<String> warnings) {
        this.source = source;
        this.codes = codes;
        this.warnings = warnings;
    }

    /** Compiles {@code ws} with the named measurement (the first one if null) and pyhf's interpolation codes. */
    public static HistFactoryModel compile(Workspace ws, String measurementName, String source) {
        return compile(ws, measurementName, source, Interpolations.PYHF, w -> { });
    }

    /** As {@link #compile(Workspace, String, String)} with explicit codes; {@code warnings} receives notices. */
    public static HistFactoryModel compile(Workspace ws, String measurementName, String source, Interpolations codes,
            Consumer<String> warnings) {
        return new HistFactoryCompiler(source, codes, warnings).build(ws, ws.measurement(measurementName, source));
    }

    /** What is known about one named parameter set. */
    private static final class Definition {
        final String name;
        final ModifierType type;
        final int first;
        final int size;
        final String path;
        // staterror: sums per bin over samples; shapesys: tau per bin; NaN = masked
        double[] sumNominal;
        double[] sumDelta2;
        double[] tau;
        double[] gaussAux;
        double[] gaussSigma;

        Definition(String name, ModifierType type, int first, int size, String path) {
            this.name = name;
            this.type = type;
            this.first = first;
            this.size = size;
            this.path = path;
        }

        boolean perBin() {
            return type == ModifierType.SHAPEFACTOR || type == ModifierType.SHAPESYS || type == ModifierType.STATERROR;
        }

        boolean gaussianScalar() {
            return type == ModifierType.NORMSYS || type == ModifierType.HISTOSYS || type == ModifierType.LUMI;
        }
    }

    private HistFactoryModel build(Workspace ws, Measurement measurement) {
        List<SampleTerm> terms = new ArrayList<>();
        List<Channel> channels = ws.channels();
        int offset = 0;
        for (int c = 0; c < channels.size(); c++) {
            Channel ch = channels.get(c);
            for (int s = 0; s < ch.samples().size(); s++) {
                terms.add(sample(ch.samples().get(s), offset, "channels[" + c + "].samples[" + s + "]"));
            }
            offset += ch.binCount();
        }
        int bins = offset;
        double[] data = new double[bins];
        offset = 0;
        for (Channel ch : channels) {
            Observation o = ws.observation(ch.name()).orElseThrow(() -> new InvalidInputException(source,
                    "observations", "(no entry for channel '" + ch.name() + "')", "one observation per channel"));
            System.arraycopy(o.data(), 0, data, offset, ch.binCount());
            offset += ch.binCount();
        }
        finishConstraints();
        applyMeasurement(measurement);
        int poi = poiIndex(measurement);
        ParameterSpace space = space(poi);
        Workspace exact = codes.equals(Interpolations.PYHF)
                ? new Workspace(ws.channels(), ws.observations(), List.of(measurement), ws.version()) : null;
        HistFactoryModel model = new HistFactoryModel(space, terms.toArray(new SampleTerm[0]), bins, data, constraints(),
                exact);
        requirePoiEffect(model);
        return model;
    }

    /** A POI that changes no expected yield (an all-zero signal) cannot be constrained: say so instead of failing. */
    private void requirePoiEffect(HistFactoryModel model) {
        double[] x = model.initialValues();
        int poi = model.poiIndex();
        x[poi] = 0;
        double[] without = model.expected(x);
        x[poi] = Math.max(1, model.upperBounds()[poi] / 2);
        double[] with = model.expected(x);
        if (Arrays.equals(without, with)) {
            throw new InvalidInputException(source, "channels[*].samples[*].data", "(the POI '"
                    + model.parameterNames().get(poi) + "' scales only samples that are zero in every bin)",
                    "a signal sample with a yield > 0 in at least one bin");
        }
    }

    private SampleTerm sample(Sample sample, int offset, String path) {
        double[] nominal = sample.data();
        int bins = nominal.length;
        for (int b = 0; b < bins; b++) {
            if (!(nominal[b] >= 0) || Double.isInfinite(nominal[b])) {
                throw new InvalidInputException(source, path + ".data[" + b + "]", nominal[b],
                        "an expected yield >= 0 (sample '" + sample.name() + "')");
            }
        }
        List<HistoTerm> histos = new ArrayList<>();
        List<Factor> factors = new ArrayList<>();
        List<Modifier> mods = sample.modifiers();
        for (int m = 0; m < mods.size(); m++) {
            Modifier mod = mods.get(m);
            String mp = path + ".modifiers[" + m + "]";
            Definition d = define(mod, bins, mp);
            switch (mod.type()) {
                case NORMFACTOR, LUMI -> factors.add(Factor.linear(filled(d.first, bins)));
                case SHAPEFACTOR -> factors.add(Factor.linear(sequence(d.first, bins)));
                case NORMSYS -> factors.add(Factor.normsys(d.first, bins, mod.hi(), mod.lo(), codes.normsys()));
                case HISTOSYS -> {
                    double[] hi = mod.hiData();
                    double[] lo = mod.loData();
                    InterpolationCode.Term[] terms = new InterpolationCode.Term[bins];
                    for (int b = 0; b < bins; b++) {
                        try {
                            terms[b] = codes.histosys().term(nominal[b], hi[b], lo[b]);
                        } catch (IllegalArgumentException e) {
                            throw new InvalidInputException(source, mp + ".data", "nominal " + nominal[b] + ", hi "
                                    + hi[b] + ", lo " + lo[b] + " in bin " + b, "positive values for histosys "
                                    + codes.histosys().jsonName() + " (or an additive code: code0, code2, code4p)");
                        }
                    }
                    histos.add(new HistoTerm(d.first, terms));
                }
                case STATERROR -> {
                    double[] delta = mod.values();
                    if (d.sumNominal == null) {
                        d.sumNominal = new double[bins];
                        d.sumDelta2 = new double[bins];
                    }
                    for (int b = 0; b < bins; b++) {
                        d.sumNominal[b] += nominal[b];
                        d.sumDelta2[b] += delta[b] * delta[b];
                    }
                    factors.add(Factor.linear(sequence(d.first, bins)));
                }
                case SHAPESYS -> {
                    if (d.tau == null) {
                        double[] delta = mod.values();
                        d.tau = new double[bins];
                        for (int b = 0; b < bins; b++) {
                            d.tau[b] = delta[b] > 0 && nominal[b] > 0 ? Math.pow(nominal[b] / delta[b], 2) : Double.NaN;
                        }
                    }
                    factors.add(Factor.linear(sequence(d.first, bins)));
                }
                default -> throw new IllegalStateException(mod.type().toString());
            }
        }
        return new SampleTerm(sample.name(), offset, nominal, histos.toArray(new HistoTerm[0]),
                factors.toArray(new Factor[0]));
    }

    private Definition define(Modifier mod, int bins, String path) {
        Definition d = definitions.get(mod.name());
        int size = switch (mod.type()) {
            case SHAPEFACTOR, SHAPESYS, STATERROR -> bins;
            default -> 1;
        };
        if (d != null) {
            boolean sharedSystematic = d.gaussianScalar() && d.type != ModifierType.LUMI
                    && (mod.type() == ModifierType.NORMSYS || mod.type() == ModifierType.HISTOSYS);
            if (d.type != mod.type() && !sharedSystematic) {
                throw new InvalidInputException(source, path + ".type", mod.type().jsonName(),
                        d.type.jsonName() + " (modifier '" + mod.name() + "' is already defined at " + d.path + ")");
            }
            if (d.size != size) {
                throw new InvalidInputException(source, path + ".data", size + " bins",
                        d.size + " bins like modifier '" + mod.name() + "' at " + d.path);
            }
            return d;
        }
        d = new Definition(mod.name(), mod.type(), names.size(), size, path);
        definitions.put(mod.name(), d);
        double[] def = switch (mod.type()) {
            case NORMFACTOR, SHAPEFACTOR, LUMI -> new double[] {1, 0, 10, 0};
            case SHAPESYS, STATERROR -> new double[] {1, 1e-10, 10, 0};
            case NORMSYS, HISTOSYS -> new double[] {0, -5, 5, 0};
        };
        for (int i = 0; i < size; i++) {
            names.add(d.perBin() ? mod.name() + "[" + i + "]" : mod.name());
            settings.add(def.clone());
        }
        if (d.gaussianScalar()) {
            d.gaussAux = new double[] {mod.type() == ModifierType.LUMI ? 1 : 0};
            d.gaussSigma = new double[] {mod.type() == ModifierType.LUMI ? Double.NaN : 1};
        }
        return d;
    }

    /** Staterror relative uncertainties, and masking of bins without uncertainty. */
    private void finishConstraints() {
        for (Definition d : definitions.values()) {
            if (d.type == ModifierType.STATERROR) {
                d.gaussAux = new double[d.size];
                d.gaussSigma = new double[d.size];
                for (int b = 0; b < d.size; b++) {
                    double rel = d.sumNominal[b] > 0 ? Math.sqrt(d.sumDelta2[b]) / d.sumNominal[b] : 0;
                    d.gaussAux[b] = 1;
                    d.gaussSigma[b] = rel > 0 ? rel : Double.NaN;
                }
            }
            double[] masks = d.type == ModifierType.STATERROR ? d.gaussSigma : d.type == ModifierType.SHAPESYS ? d.tau : null;
            if (masks != null) {
                for (int b = 0; b < d.size; b++) {
                    if (Double.isNaN(masks[b])) {
                        settings.get(d.first + b)[3] = 1; // masked: fixed at 1, no constraint
                    }
                }
            }
        }
    }

    private void applyMeasurement(Measurement m) {
        List<ParameterSetting> ps = m.parameters();
        for (int i = 0; i < ps.size(); i++) {
            ParameterSetting p = ps.get(i);
            String path = "measurements[" + m.name() + "].config.parameters[" + i + "]";
            Definition d = definitions.get(p.name());
            if (d == null) {
                warnings.accept(source + ": " + path + ".name: '" + p.name() + "' matches no modifier; ignored (as pyhf "
                        + "does). Modifiers: " + String.join(", ", definitions.keySet()));
                continue;
            }
            if (p.inits() != null) {
                checkLength(p.inits().length, d, path + ".inits");
                for (int k = 0; k < d.size; k++) {
                    settings.get(d.first + k)[0] = p.inits()[k];
                }
            }
            if (p.bounds() != null) {
                checkLength(p.bounds().length, d, path + ".bounds");
                for (int k = 0; k < d.size; k++) {
                    settings.get(d.first + k)[1] = p.bounds()[k][0];
                    settings.get(d.first + k)[2] = p.bounds()[k][1];
                }
            }
            if (p.fixed() != null) {
                for (int k = 0; k < d.size; k++) {
                    settings.get(d.first + k)[3] = p.fixed() ? 1 : 0;
                }
            }
            if (p.auxdata() != null || p.sigmas() != null) {
                if (d.gaussAux == null) {
                    throw new InvalidInputException(source, path + (p.auxdata() != null ? ".auxdata" : ".sigmas"),
                            p.name(), "only for Gaussian-constrained parameters (normsys, histosys, lumi, staterror)");
                }
                if (p.auxdata() != null) {
                    checkLength(p.auxdata().length, d, path + ".auxdata");
                    d.gaussAux = p.auxdata();
                }
                if (p.sigmas() != null) {
                    checkLength(p.sigmas().length, d, path + ".sigmas");
                    for (double s : p.sigmas()) {
                        if (!(s > 0)) {
                            throw new InvalidInputException(source, path + ".sigmas", Arrays.toString(p.sigmas()), "positive numbers");
                        }
                    }
                    d.gaussSigma = p.sigmas();
                }
            }
        }
        for (Definition d : definitions.values()) {
            if (d.type == ModifierType.LUMI && Double.isNaN(d.gaussSigma[0])) {
                throw new InvalidInputException(source, "measurements[" + m.name() + "].config.parameters",
                        "(no sigmas for lumi parameter '" + d.name + "')", "an entry {\"name\": \"" + d.name
                                + "\", \"auxdata\": [1.0], \"sigmas\": [relative uncertainty]}");
            }
        }
        for (int i = 0; i < settings.size(); i++) {
            double[] s = settings.get(i);
            if (!(s[1] < s[2]) || s[0] < s[1] || s[0] > s[2]) {
                throw new InvalidInputException(source, "parameter " + names.get(i), "init " + s[0] + " bounds ["
                        + s[1] + ", " + s[2] + "]", "low < high and low <= init <= high");
            }
        }
    }

    private void checkLength(int length, Definition d, String path) {
        if (length != d.size) {
            throw new InvalidInputException(source, path, "length " + length, d.size + " value(s) for '" + d.name + "'");
        }
    }

    private int poiIndex(Measurement m) {
        Definition d = definitions.get(m.poi());
        if (d == null || d.size != 1) {
            throw new InvalidInputException(source, "measurements[" + m.name() + "].config.poi", m.poi(),
                    "a scalar parameter: " + String.join(", ", definitions.values().stream()
                            .filter(x -> x.size == 1).map(x -> x.name).toList()));
        }
        return d.first;
    }

    private ParameterSpace space(int poi) {
        int n = names.size();
        double[] init = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        boolean[] fixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            double[] s = settings.get(i);
            init[i] = s[0];
            lo[i] = s[1];
            hi[i] = s[2];
            fixed[i] = s[3] != 0;
        }
        return new ParameterSpace(names, init, lo, hi, fixed, poi);
    }

    private Constraints constraints() {
        int ng = 0;
        int np = 0;
        for (Definition d : definitions.values()) {
            for (int k = 0; k < d.size; k++) {
                if (maskedBin(d, k)) {
                    continue;
                }
                if (d.gaussAux != null) {
                    ng++;
                } else if (d.tau != null) {
                    np++;
                }
            }
        }
        int[] gp = new int[ng];
        double[] ga = new double[ng];
        double[] gs = new double[ng];
        int[] pp = new int[np];
        double[] pa = new double[np];
        double[] pt = new double[np];
        int gi = 0;
        int pi = 0;
        for (Definition d : definitions.values()) {
            for (int k = 0; k < d.size; k++) {
                if (maskedBin(d, k)) {
                    continue;
                }
                if (d.gaussAux != null) {
                    gp[gi] = d.first + k;
                    ga[gi] = d.gaussAux[k];
                    gs[gi++] = d.gaussSigma[k];
                } else if (d.tau != null) {
                    pp[pi] = d.first + k;
                    pt[pi] = d.tau[k];
                    pa[pi++] = d.tau[k];
                }
            }
        }
        return new Constraints(gp, ga, gs, pp, pa, pt);
    }

    private static boolean maskedBin(Definition d, int k) {
        return (d.type == ModifierType.STATERROR && Double.isNaN(d.gaussSigma[k]))
                || (d.type == ModifierType.SHAPESYS && Double.isNaN(d.tau[k]));
    }

    private static int[] filled(int value, int n) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }

    private static int[] sequence(int first, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = first + i;
        }
        return a;
    }
}
