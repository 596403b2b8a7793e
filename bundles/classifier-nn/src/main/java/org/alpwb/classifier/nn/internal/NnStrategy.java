package org.alpwb.classifier.nn.internal;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alpwb.analysis.window.WindowAnalysis;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.classifier.ModelBytes;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.strategy.StrategyInput;
import org.alpwb.api.strategy.StrategyModel;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;

/**
 * A network-score strategy: the {@code thesis-cuts} strategy's selection (looked up as a service, so the
 * cuts exist once), a cut on the score of the trained network of task input {@code classifier}, then the
 * shared window analysis (DSCB + Chebyshev window fit, asymptotic CLs: {@link WindowAnalysis}).
 */
abstract class NnStrategy implements Strategy {
    static final int VERSION = 2;
    static final String CLASSIFIER_INPUT = "classifier";
    static final String FIXED = "fixed";
    static final String PUNZI = "punzi";

    abstract String id();

    abstract boolean massParametrised();

    /** How the working point is chosen unless the parameter {@code workingPointChoice} says otherwise. */
    String defaultWorkingPointChoice() {
        return FIXED;
    }

    /** The thesis-cuts strategy service. */
    abstract Strategy thesisCuts();

    @Override
    public List<ParameterSpec> parameters() {
        List<ParameterSpec> specs = new ArrayList<>(thesisCuts().parameters());
        specs.add(ParameterSpec.number("workingPoint", 0.9, 0, 1, "", "cut on the network score (thesis Table 7.4: "
                + "0.9) with workingPointChoice = fixed"));
        specs.add(ParameterSpec.choice("workingPointChoice", defaultWorkingPointChoice(), List.of(FIXED, PUNZI),
                "fixed: score > workingPoint at every mass (thesis); punzi: per mass the cut of largest Punzi figure of "
                        + "merit on the training's test part (train-nn evaluation), linear in mass between the "
                        + "trained masses, constant beyond them"));
        return specs;
    }

    @Override
    public Optional<CandidateSelection> selection(ParameterValues values, Channel channel,
            Map<String, Artifact> inputs) {
        Artifact model = inputs.get(CLASSIFIER_INPUT);
        if (model == null || !ModelBytes.ARTIFACT_TYPE.equals(model.type())) {
            throw new InvalidInputException("strategy " + id(), "inputs." + CLASSIFIER_INPUT,
                    model == null ? "(missing)" : model.type(), "a trained network (" + ModelBytes.ARTIFACT_TYPE
                    + ", task train-nn) wired as input '" + CLASSIFIER_INPUT + "'; inputs: " + inputs.keySet());
        }
        ModelBytes bytes = ModelBytes.fromBytes(model.payload(), "input " + CLASSIFIER_INPUT);
        TrainedMlp network = (TrainedMlp) new MlpClassifier().decode(bytes);
        boolean hasMass = network.features().contains(TrainNnTask.MASS_FEATURE);
        if (hasMass != massParametrised()) {
            throw new InvalidInputException("strategy " + id(), "inputs." + CLASSIFIER_INPUT, hasMass
                    ? "a mass-parametrised network" : "a network without mass input", massParametrised()
                    ? "a network trained with massParametrised = true" : "a network trained without the mass input");
        }
        Map<String, Object> cutValues = new LinkedHashMap<>();
        for (ParameterSpec s : thesisCuts().parameters()) {
            cutValues.put(s.name(), values.asMap().get(s.name()));
        }
        ParameterValues cuts = ParameterValues.resolve(thesisCuts().parameters(),
                new TaskConfig("strategy " + id(), "parameters", cutValues));
        CandidateSelection cutSelection = thesisCuts().selection(cuts, channel, inputs).orElseThrow();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("strategy", id());
        record.put("version", VERSION);
        String choice = values.string("workingPointChoice");
        WorkingPoint workingPoint = PUNZI.equals(choice) ? WorkingPoint.punzi(model, "strategy " + id())
                : WorkingPoint.fixed(values.number("workingPoint"));
        record.put("workingPointChoice", choice);
        record.put("workingPoint", workingPoint.record());
        record.put("massParametrised", massParametrised());
        record.put("network", HexFormat.of().formatHex(sha256(model.payload())));
        return Optional.of(new NnSelection(cutSelection, network, workingPoint, massParametrised(), record));
    }

    @Override
    public StrategyModel prepare(StrategyInput input) {
        return WindowAnalysis.prepare(input, selection(input.parameters(), input.channel(), input.task().inputs())
                .orElseThrow());
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
