package com.example.alpwb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alpwb.analysis.window.WindowAnalysis;
import org.alpwb.api.InvalidInputException;
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
 * An external analysis strategy, {@code fisher-cut}: a Fisher linear discriminant over the channel's classifier
 * features, trained on every signal sample against every background sample of the task (weights normalised per
 * class), and a cut on it chosen per mass hypothesis to maximise s / sqrt(b) in a window around the mass; then the
 * workbench's shared window analysis (DSCB signal model + Chebyshev background, window likelihood fit).
 *
 * <p>Use it like the built-in strategies: tasks {@code signal-model} and {@code expected-limits} with
 * {@code "strategy": "fisher-cut"}; both need the {@code signal-*} and {@code background-*} inputs (the training
 * sample), see {@code study.json}.
 */
@Component(service = Strategy.class, property = {ServiceProperties.ID + "=fisher-cut",
        ServiceProperties.LABEL + "=Fisher discriminant over the channel features, cut optimised per mass (example plugin)",
        ServiceProperties.KIND + "=" + ServiceProperties.KIND_STRATEGY, ServiceProperties.VERSION + "=fisher-cut-2"})
public class FisherCutStrategy implements Strategy {
    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.text("features", "", "comma-separated feature columns; empty: all the channel's features"),
            ParameterSpec.number("windowRelative", 0.03, 1e-4, 0.5, "", "half width of the optimisation window, "
                    + "relative to the mass hypothesis"),
            ParameterSpec.number("windowMinGeV", 0.02, 1e-4, 1, "GeV", "smallest half width of that window"),
            ParameterSpec.integer("cutCandidates", 40, 2, 1000, "cuts tried per mass: signal-score quantiles"),
            ParameterSpec.number("minSignalEfficiency", 0.3, 0, 1, "", "cuts keeping less of the signal in the "
                    + "window (at the nearest generated mass) are not considered"),
            ParameterSpec.integer("minSignalRows", 200, 10, 1_000_000, "cuts keeping fewer signal candidates in the "
                    + "window are not considered (the DSCB fit needs them)"));

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public Optional<CandidateSelection> selection(ParameterValues values, Channel channel,
            Map<String, Artifact> inputs) {
        List<String> features = features(values, channel);
        List<FisherSelection.Sample> signal = new ArrayList<>();
        List<ColumnTable> background = new ArrayList<>();
        for (Map.Entry<String, Artifact> in : inputs.entrySet()) {
            if (!in.getValue().type().equals("alpwb/column-table")) {
                continue;
            }
            if (in.getKey().startsWith("signal-")) {
                double mass = Double.parseDouble(in.getKey().substring("signal-".length()));
                signal.add(new FisherSelection.Sample(mass, ColumnTable.fromBytes(in.getValue().payload())));
            } else if (in.getKey().startsWith("background-")) {
                background.add(ColumnTable.fromBytes(in.getValue().payload()));
            }
        }
        if (signal.isEmpty() || background.isEmpty()) {
            throw new InvalidInputException("strategy fisher-cut", "inputs", inputs.keySet(),
                    "signal-<mass> and background-<process> column tables (the Fisher training sample) in every task "
                            + "that runs this strategy");
        }
        return Optional.of(FisherSelection.train(features, signal, background, values));
    }

    @Override
    public StrategyModel prepare(StrategyInput input) {
        return WindowAnalysis.prepare(input, selection(input.parameters(), input.channel(), input.task().inputs())
                .orElseThrow());
    }

    private static List<String> features(ParameterValues values, Channel channel) {
        String text = values.string("features").trim();
        if (!text.isEmpty()) {
            return List.of(text.split("\\s*,\\s*"));
        }
        if (channel == null) {
            throw new InvalidInputException("strategy fisher-cut", "parameters.features", "(empty)",
                    "feature names (no channel installed to take them from)");
        }
        return channel.features().stream().map(Channel.Feature::name).toList();
    }
}
