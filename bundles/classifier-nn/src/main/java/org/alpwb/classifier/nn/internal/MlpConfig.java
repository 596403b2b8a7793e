package org.alpwb.classifier.nn.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.parameter.ParameterValues;

/**
 * Hyper-parameters of the multilayer perceptron. Two presets: {@code thesis} (thesis Table 7.3) and
 * {@code default} (a smaller network that trains in a minute or two on 2 cores). Every other parameter
 * left out of a study takes the preset's value; a value given overrides it.
 *
 * @param width                 largest hidden-layer width (nodes)
 * @param depth                 number of hidden layers
 * @param shape                 how the widths follow from width and depth ({@link Shape})
 * @param learningRate          Adam's initial step size
 * @param plateauFactor         reduce-on-plateau: factor applied to the learning rate
 * @param plateauPatience       reduce-on-plateau: bad epochs tolerated before the rate is reduced
 * @param earlyStoppingPatience epochs without a validation-loss improvement after which training stops and
 *                              the best epoch's weights are kept; 0 = train all epochs, keep the last
 * @param dropout               dropout probability of hidden units during training (0 = none)
 * @param scaling               {@code range} (the channel's declared feature ranges to [0, 1], thesis) or
 *                              {@code standard} (mean 0, standard deviation 1 on the training rows)
 * @param signalSampling        fraction of the signal rows of the train and validation parts that is used
 *                              (thesis: 10 %)
 */
record MlpConfig(String preset, int width, int depth, Shape shape, Activation activation, int epochs,
        int batchSize, double learningRate, double plateauFactor, int plateauPatience, int earlyStoppingPatience,
        double dropout, String scaling, double signalSampling) {

    static final List<String> PRESETS = List.of("default", "thesis");
    static final List<String> SCALINGS = List.of("range", "standard");
    private static final String FROM_PRESET = "preset";

    /** Thesis Table 7.3 (optimizer and scheduler settings beyond their names: PyTorch's defaults). */
    static MlpConfig thesis() {
        return new MlpConfig("thesis", 170, 12, Shape.CONSTANT, Activation.ELU, 240, 4608, 1e-4, 0.1, 10, 0, 0,
                "range", 0.10);
    }

    /** Small network for the default study: 3 x 64 ELU, larger steps, early stopping. */
    static MlpConfig smallDefault() {
        return new MlpConfig("default", 64, 3, Shape.CONSTANT, Activation.ELU, 40, 1024, 2e-3, 0.1, 3, 6, 0,
                "range", 1.0);
    }

    /** The declared parameters of the {@code mlp} classifier. */
    static List<ParameterSpec> specs() {
        MlpConfig d = smallDefault();
        MlpConfig t = thesis();
        String both = " (default: the preset's, " + d.preset + " / " + t.preset + " = ";
        List<String> shapes = new ArrayList<>(Shape.names());
        shapes.add(0, FROM_PRESET);
        List<String> activations = new ArrayList<>(Activation.names());
        activations.add(0, FROM_PRESET);
        List<String> scalings = new ArrayList<>(SCALINGS);
        scalings.add(0, FROM_PRESET);
        return List.of(
                ParameterSpec.choice("preset", "default", PRESETS,
                        "hyper-parameter set: thesis = thesis Table 7.3, default = small network for quick studies"),
                ParameterSpec.integer("width", 0, 1, 4096, "largest hidden-layer width" + both + d.width + " / "
                        + t.width + ")"),
                ParameterSpec.integer("depth", 0, 1, 64, "hidden layers" + both + d.depth + " / " + t.depth + ")"),
                ParameterSpec.choice("shape", FROM_PRESET, shapes, "layer widths: constant, triangle (falling), "
                        + "diamond (rising, then falling)" + both + d.shape.id() + " / " + t.shape.id() + ")"),
                ParameterSpec.choice("activation", FROM_PRESET, activations, "hidden-layer activation" + both
                        + d.activation.id() + " / " + t.activation.id() + ")"),
                ParameterSpec.integer("epochs", 0, 1, 100_000, "passes over the training part" + both + d.epochs
                        + " / " + t.epochs + ")"),
                ParameterSpec.integer("batchSize", 0, 1, 1 << 20, "rows per Adam step" + both + d.batchSize + " / "
                        + t.batchSize + ")"),
                ParameterSpec.number("learningRate", 0, 0, 10, "", "Adam's initial step size; 0 = the preset's ("
                        + d.learningRate + " / " + t.learningRate + ")"),
                ParameterSpec.number("plateauFactor", 0.1, 1e-6, 1, "",
                        "reduce-on-plateau factor (PyTorch's default 0.1)"),
                ParameterSpec.integer("plateauPatience", -1, 0, 100_000, "bad epochs before the learning rate is "
                        + "reduced" + both + d.plateauPatience + " / " + t.plateauPatience + ")"),
                ParameterSpec.integer("earlyStoppingPatience", -1, 0, 100_000, "epochs without validation-loss "
                        + "improvement before stopping (best weights kept); 0 = never" + both
                        + d.earlyStoppingPatience + " / " + t.earlyStoppingPatience + ")"),
                ParameterSpec.number("dropout", 0, 0, 0.95, "", "dropout probability of hidden units in training"),
                ParameterSpec.choice("scaling", FROM_PRESET, scalings, "feature scaling: range = the channel's "
                        + "declared ranges to [0, 1] (thesis Table 7.1), standard = mean 0 / sd 1 of the training rows"
                        + both + d.scaling + " / " + t.scaling + ")"),
                ParameterSpec.number("signalSampling", 0, 0, 1, "", "fraction of the signal rows of the train and "
                        + "validation parts used; 0 = the preset's (" + d.signalSampling + " / " + t.signalSampling
                        + ")"));
    }

    /** The preset with every value the study gave. */
    static MlpConfig fromValues(ParameterValues v) {
        MlpConfig base = "thesis".equals(v.string("preset")) ? thesis() : smallDefault();
        String shape = v.string("shape");
        String activation = v.string("activation");
        String scaling = v.string("scaling");
        return new MlpConfig(base.preset,
                orPreset((int) v.integer("width"), base.width),
                orPreset((int) v.integer("depth"), base.depth),
                FROM_PRESET.equals(shape) ? base.shape : Shape.parse(shape),
                FROM_PRESET.equals(activation) ? base.activation : Activation.parse(activation),
                orPreset((int) v.integer("epochs"), base.epochs),
                orPreset((int) v.integer("batchSize"), base.batchSize),
                v.number("learningRate") > 0 ? v.number("learningRate") : base.learningRate,
                v.number("plateauFactor"),
                v.integer("plateauPatience") >= 0 ? (int) v.integer("plateauPatience") : base.plateauPatience,
                v.integer("earlyStoppingPatience") >= 0 ? (int) v.integer("earlyStoppingPatience")
                        : base.earlyStoppingPatience,
                v.number("dropout"),
                FROM_PRESET.equals(scaling) ? base.scaling : scaling,
                v.number("signalSampling") > 0 ? v.number("signalSampling") : base.signalSampling);
    }

    private static int orPreset(int value, int preset) {
        return value > 0 ? value : preset;
    }

    /** Hidden-layer widths from width, depth and shape. */
    int[] hiddenWidths() {
        return shape.widths(width, depth);
    }

    /** All effective values, for summaries. */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("preset", preset);
        m.put("width", width);
        m.put("depth", depth);
        m.put("shape", shape.id());
        m.put("activation", activation.id());
        m.put("epochs", epochs);
        m.put("batchSize", batchSize);
        m.put("learningRate", learningRate);
        m.put("plateauFactor", plateauFactor);
        m.put("plateauPatience", plateauPatience);
        m.put("earlyStoppingPatience", earlyStoppingPatience);
        m.put("dropout", dropout);
        m.put("scaling", scaling);
        m.put("signalSampling", signalSampling);
        return m;
    }

    MlpConfig with(int newEpochs, int newBatch) {
        return new MlpConfig(preset, width, depth, shape, activation, newEpochs, newBatch, learningRate,
                plateauFactor, plateauPatience, earlyStoppingPatience, dropout, scaling, signalSampling);
    }
}
