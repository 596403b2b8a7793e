package org.alpwb.combination.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.limits.pyhf.Channel;
import org.alpwb.limits.pyhf.Measurement;
import org.alpwb.limits.pyhf.Modifier;
import org.alpwb.limits.pyhf.ModifierType;
import org.alpwb.limits.pyhf.Observation;
import org.alpwb.limits.pyhf.ParameterSetting;
import org.alpwb.limits.pyhf.Sample;
import org.alpwb.limits.pyhf.Workspace;

/**
 * Merges the channels' workspaces into one pyhf workspace with one likelihood (the product of the channels'):
 * <ul>
 * <li>shared POI {@value #POI} = (g / g_ref)^2: every sample that carries a channel's POI (normfactor) is
 * multiplied by that channel's signal events at g_ref (data, histosys variations, staterror / shapesys
 * uncertainties), so its POI N_c becomes mu x S_c; POI bounds [0, min_c(upper_c / S_c)];</li>
 * <li>channel-specific nuisances: every other parameter (and channel and observation) is prefixed with the
 * channel's name, {@code <name>_<parameter>}, so no two channels share a nuisance by accident;</li>
 * <li>a shared luminosity uncertainty: every lumi modifier of every channel becomes the one parameter
 * {@value #LUMI} (Gaussian, auxdata 1, the combination's sigma), and every POI-carrying sample gets it; with a
 * sigma of 0 no sample has one (statistics only). The channels' own lumi settings are replaced.</li>
 * </ul>
 * The merged workspace is what `alpwb limits --workspace` reads: the combined limit is computed from it.
 */
final class WorkspaceCombiner {
    static final String POI = "mu";
    static final String LUMI = "lumi";
    static final String MEASUREMENT = "combination";

    private WorkspaceCombiner() {
    }

    static Workspace combine(List<ChannelTerm> terms, double luminosityUncertainty) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("no channel to combine");
        }
        if (!(luminosityUncertainty >= 0) || luminosityUncertainty >= 0.5) {
            throw new IllegalArgumentException("luminosity uncertainty must be in [0, 0.5), got " + luminosityUncertainty);
        }
        boolean withLumi = luminosityUncertainty > 0;
        List<Channel> channels = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<ParameterSetting> settings = new ArrayList<>();
        double poiUpper = Double.POSITIVE_INFINITY;
        double poiInit = Double.POSITIVE_INFINITY;
        for (ChannelTerm t : terms) {
            Measurement m = t.workspace().measurements().get(0);
            Map<String, ModifierType> types = modifierTypes(t.workspace());
            String poi = m.poi();
            double s = t.signalEventsAtReference();
            for (Channel c : t.workspace().channels()) {
                List<Sample> samples = new ArrayList<>();
                for (Sample sample : c.samples()) {
                    samples.add(convert(sample, t.name(), poi, s, withLumi));
                }
                channels.add(new Channel(t.name() + "_" + c.name(), samples));
            }
            for (Observation o : t.workspace().observations()) {
                observations.add(new Observation(t.name() + "_" + o.name(), o.data()));
            }
            double upper = 10; // pyhf's default normfactor bounds [0, 10]
            double init = 1;
            for (ParameterSetting p : m.parameters()) {
                if (p.name().equals(poi)) {
                    upper = p.bounds() != null ? p.bounds()[0][1] : upper;
                    init = p.inits() != null ? p.inits()[0] : init;
                } else if (types.get(p.name()) != ModifierType.LUMI) {
                    settings.add(new ParameterSetting(t.name() + "_" + p.name(), p.bounds(), p.inits(), p.fixed(),
                            p.auxdata(), p.sigmas()));
                }
            }
            poiUpper = Math.min(poiUpper, upper / s);
            poiInit = Math.min(poiInit, init / s);
        }
        List<ParameterSetting> all = new ArrayList<>();
        all.add(new ParameterSetting(POI, new double[][] {{0, poiUpper}}, new double[] {Math.min(poiInit, poiUpper)},
                null, null, null));
        if (withLumi) {
            all.add(new ParameterSetting(LUMI, new double[][] {{Math.max(1e-6, 1 - 10 * luminosityUncertainty),
                1 + 10 * luminosityUncertainty}}, new double[] {1}, null, new double[] {1},
                    new double[] {luminosityUncertainty}));
        }
        all.addAll(settings);
        return new Workspace(channels, observations, List.of(new Measurement(MEASUREMENT, POI, all)), "1.0.0");
    }

    private static Sample convert(Sample sample, String prefix, String poi, double signalEvents, boolean withLumi) {
        boolean signal = sample.modifiers().stream()
                .anyMatch(m -> m.type() == ModifierType.NORMFACTOR && m.name().equals(poi));
        double k = signal ? signalEvents : 1;
        List<Modifier> mods = new ArrayList<>();
        boolean lumi = false;
        for (Modifier m : sample.modifiers()) {
            if (m.type() == ModifierType.LUMI) {
                lumi = true;
                continue;
            }
            String name = m.type() == ModifierType.NORMFACTOR && m.name().equals(poi) ? POI : prefix + "_" + m.name();
            mods.add(new Modifier(name, m.type(), times(m.values(), k), m.hi(), m.lo(), times(m.hiData(), k),
                    times(m.loData(), k)));
        }
        if (withLumi && (lumi || signal)) {
            mods.add(Modifier.simple(LUMI, ModifierType.LUMI));
        }
        return new Sample(sample.name(), times(sample.data(), k), mods);
    }

    private static Map<String, ModifierType> modifierTypes(Workspace ws) {
        Map<String, ModifierType> types = new HashMap<>();
        for (Channel c : ws.channels()) {
            for (Sample s : c.samples()) {
                for (Modifier m : s.modifiers()) {
                    types.putIfAbsent(m.name(), m.type());
                }
            }
        }
        return types;
    }

    private static double[] times(double[] values, double k) {
        if (values == null || k == 1) {
            return values;
        }
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= k;
        }
        return out;
    }
}
