package org.alpwb.channel.ggg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alpwb.analysis.window.WindowAnalysis;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.strategy.StrategyInput;
import org.alpwb.api.strategy.StrategyModel;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.table.ColumnTable;
import org.osgi.service.component.annotations.Component;

/**
 * Strategy {@code belle2-2020-ggg}: the cuts of the Belle II 2020 three-photon search ({@link Belle2020Cuts}), the
 * photon pairing per mass hypothesis ({@link PairChoice}) and the shared window analysis (window likelihood fit of
 * the M_gg peak on a smooth background). Run it with the shared tasks {@code signal-model} and {@code
 * expected-limits} and {@code "channel": "ggg"}.
 */
@Component(service = Strategy.class, property = {ServiceProperties.ID + "=" + Belle2020Strategy.ID,
    ServiceProperties.LABEL + "=Belle II 2020 three-photon selection, pairing per mass, window fit",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_STRATEGY,
    ServiceProperties.VERSION + "=" + Belle2020Strategy.ID + "-" + Belle2020Strategy.VERSION})
public class Belle2020Strategy implements Strategy {
    static final String ID = "belle2-2020-ggg";
    /** 2: pairing by the most probable recoil rank (1: closest pairing, sculpted the background). */
    static final int VERSION = 2;

    private static final Belle2020Cuts D = Belle2020Cuts.DEFAULT;
    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("photonEnergyCmMinGeV", D.photonEnergyCmMinGeV(), 0, 6, "GeV",
                    "E* > value for each of the three photons"),
            ParameterSpec.number("thetaLabMinDeg", D.thetaLabMinDeg(), 0, 180, "deg",
                    "theta_lab >= value for each photon (< thetaLabMaxDeg)"),
            ParameterSpec.number("thetaLabMaxDeg", D.thetaLabMaxDeg(), 0, 180, "deg",
                    "theta_lab <= value for each photon"),
            ParameterSpec.number("totalEnergyMinFraction", D.totalEnergyMinFraction(), 0, 2, "1",
                    "E*(3 gamma) / sqrt(s) >= value (< totalEnergyMaxFraction)"),
            ParameterSpec.number("totalEnergyMaxFraction", D.totalEnergyMaxFraction(), 0, 2, "1",
                    "E*(3 gamma) / sqrt(s) <= value"));

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public void check(ParameterValues values) {
        cuts(values);
    }

    static Belle2020Cuts cuts(ParameterValues v) {
        return new Belle2020Cuts(v.number("photonEnergyCmMinGeV"), v.number("thetaLabMinDeg"),
                v.number("thetaLabMaxDeg"), v.number("totalEnergyMinFraction"), v.number("totalEnergyMaxFraction"))
                .check("strategy " + ID, "parameters.");
    }

    @Override
    public Optional<CandidateSelection> selection(ParameterValues values, Channel channel,
            Map<String, Artifact> inputs) {
        return Optional.of(new PairSelection(values, cuts(values)));
    }

    @Override
    public StrategyModel prepare(StrategyInput input) {
        return WindowAnalysis.prepare(input, selection(input.parameters(), input.channel(), input.task().inputs())
                .orElseThrow());
    }

    /** The cuts, then one pairing per event: the most probable recoil rank at the mass hypothesis. */
    record PairSelection(ParameterValues values, Belle2020Cuts cuts) implements CandidateSelection {
        @Override
        public Selected apply(ColumnTable table, double massHypothesisGeV, String source) {
            double[] w = Belle2020Cuts.column(table, WEIGHT, source);
            double[] diagram = table.hasColumn(DIAGRAM) ? table.column(DIAGRAM) : null;
            List<boolean[]> masks = cuts.apply(table, source);
            List<String> names = cuts.cutNames();
            List<Step> steps = new ArrayList<>();
            boolean[] all = new boolean[table.rowCount()];
            java.util.Arrays.fill(all, true);
            steps.add(Step.of("preselected candidates (3 pairings per event)", all, w, diagram));
            for (int i = 0; i < masks.size(); i++) {
                steps.add(Step.of(names.get(i), masks.get(i), w, diagram));
            }
            boolean[] chosen = PairChoice.chosen(table, massHypothesisGeV, source);
            boolean[] pass = masks.get(masks.size() - 1).clone();
            for (int r = 0; r < pass.length; r++) {
                pass[r] &= chosen[r];
            }
            steps.add(Step.of("pairing of the most probable recoil rank at the mass hypothesis", pass, w, diagram));
            return new Selected(pass, steps);
        }

        @Override
        public boolean massIndependent() {
            return false;
        }

        @Override
        public Map<String, Object> record() {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("strategy", ID);
            r.put("version", VERSION);
            r.put("parameters", new java.util.TreeMap<>(values.asMap()));
            return r;
        }
    }
}
