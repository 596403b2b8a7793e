package org.alpwb.classifier.nn.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.classifier.Classifier;
import org.alpwb.api.classifier.DataSplit;
import org.alpwb.api.classifier.ModelBytes;
import org.alpwb.api.classifier.TrainedClassifier;
import org.alpwb.api.classifier.TrainingData;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.InputSpec;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.table.ColumnTable;
import org.osgi.service.component.annotations.Component;

/**
 * Task {@code train-nn}: the thesis' training set-up (sec. 7.1) on reconstructed candidate tables and a
 * trained classifier as the result (artifact {@value ModelBytes#ARTIFACT_TYPE}), cached like every task.
 * Labels by full truth matching (signal rows with {@code truthSignal} = 1; other rows of signal samples are
 * not used), background weighted to its cross section ({@code weightPb}), signal weights equalising every
 * mass (each mass sums to 1), then the classifier scales signal and background to equal totals. With
 * {@code massParametrised} the ALP mass is one more input: the generated mass for signal, for background a
 * mass drawn from the signal rows' mass distribution (seeded hash per row).
 *
 * <p>The inputs must be samples of their own (the study wires dedicated training samples generated with
 * other seeds), so that no event is used both to train and to evaluate efficiencies and backgrounds.
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=" + TrainNnTask.ID,
    ServiceProperties.LABEL + "=Train a classifier with the thesis' set-up (sec. 7.1)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK,
    ServiceProperties.VERSION + "=" + TrainNnTask.ID + "-2"})
public class TrainNnTask implements TaskType {
    static final String ID = "train-nn";
    static final String MASS_FEATURE = "alpMassHypothesisGeV";
    static final String LABEL = "nnLabel";
    static final String WEIGHT = "nnTrainingWeight";
    private static final String[] FIELDS = {"classifier", "channel", "parameters", "massParametrised",
        "trainFraction", "validationFraction"};

    @Override
    public void validate(TaskConfig config) {
        config.allowOnly(FIELDS);
        config.flag("massParametrised", false);
        fractions(config);
    }

    @Override
    public List<InputSpec> inputs(TaskConfig config) {
        return List.of(InputSpec.required("signal-*", "alpwb/column-table"),
                InputSpec.required("background-*", "alpwb/column-table"));
    }

    /** The classifier's version enters the cache key (api.study 1.2). */
    @Override
    public Map<String, String> pluginVersions(TaskConfig config) {
        String id = config.string("classifier", MlpClassifier.ID);
        return Map.of("classifier:" + id, MlpClassifier.ID.equals(id) ? MlpClassifier.VERSION : "unknown");
    }

    @Override
    public Optional<String> outputType(TaskConfig config) {
        return Optional.of(ModelBytes.ARTIFACT_TYPE);
    }

    private static double[] fractions(TaskConfig config) {
        double train = config.number("trainFraction", 0.6, 0.05, 0.95);
        double validation = config.number("validationFraction", 0.2, 0.01, 0.9);
        if (train + validation > 1) {
            throw config.invalid("validationFraction", validation, "trainFraction + validationFraction <= 1 "
                    + "(trainFraction " + train + ")");
        }
        return new double[] {train, validation};
    }

    @Override
    public Artifact run(TaskContext context) throws Exception {
        TaskConfig config = context.config();
        validate(config);
        String source = "task " + context.taskName();
        Classifier classifier = context.service(Classifier.class, config.string("classifier", MlpClassifier.ID));
        Channel channel = context.service(Channel.class, config.string("channel", "eegg"));
        boolean massParametrised = config.flag("massParametrised", false);
        ParameterValues values = ParameterValues.resolve(classifier.parameters(), config.child("parameters"));
        List<String> features = new ArrayList<>();
        channel.features().forEach(f -> features.add(f.name()));
        if (massParametrised) {
            features.add(MASS_FEATURE);
        }
        long seed = context.seeds().seed(0)[0];
        ColumnTable table = trainingTable(context.inputs(), features, massParametrised, seed, source);
        double[] f = fractions(config);
        TrainingData data = new TrainingData(table, features, LABEL, WEIGHT, new DataSplit(f[0], f[1], seed));
        TrainedClassifier trained;
        if (classifier instanceof MlpClassifier) {
            // a private pool: the study's shared executor may be busy with long chunks of other tasks, and a
            // training step synchronises ~40 times (the result does not depend on the pool or its size)
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                    context.threads(), r -> {
                        Thread t = new Thread(r, "train-nn " + context.taskName());
                        t.setDaemon(true);
                        return t;
                    });
            try {
                trained = ((MlpClassifier) classifier).train(data, values, context.monitor(), pool, context.threads());
            } finally {
                pool.shutdownNow();
            }
        } else {
            trained = classifier.train(data, values, context.monitor());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("task", ID);
        summary.put("massParametrised", massParametrised);
        summary.put("classifierParameters", values.asMap());
        summary.putAll(trained.summary());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("training.json", new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(summary));
        files.put("loss.csv", lossCsv(trained.summary()));
        return new Artifact(ModelBytes.ARTIFACT_TYPE, trained.encode().toBytes(), files);
    }

    /** Features, label and training weight of every truth-matched signal row and every background row. */
    static ColumnTable trainingTable(Map<String, Artifact> inputs, List<String> features, boolean massParametrised,
            long seed, String source) {
        List<double[]> signalMasses = new ArrayList<>();
        ColumnTable.Builder out = ColumnTable.builder().columns(features).column(LABEL).column(WEIGHT);
        int channelFeatures = massParametrised ? features.size() - 1 : features.size();
        List<Double> massOfSignalRow = new ArrayList<>();
        int samples = 0;
        for (Map.Entry<String, Artifact> input : inputs.entrySet()) {
            if (!input.getKey().startsWith("signal-")) {
                continue;
            }
            samples++;
            ColumnTable t = ColumnTable.fromBytes(input.getValue().payload());
            double mass = massOf(input.getKey(), source);
            double[] truth = column(t, "truthSignal", input.getKey(), source);
            double[] w = column(t, "weightPb", input.getKey(), source);
            double total = 0;
            for (int r = 0; r < t.rowCount(); r++) {
                total += truth[r] == 1 ? w[r] : 0;
            }
            if (!(total > 0)) {
                throw new InvalidInputException(source, "inputs." + input.getKey(), "no truth-matched signal row",
                        "signal samples with truth-matched candidates (truthSignal = 1)");
            }
            double[][] cols = columns(t, features.subList(0, channelFeatures), input.getKey(), source);
            double[] row = new double[features.size() + 2];
            for (int r = 0; r < t.rowCount(); r++) {
                if (truth[r] != 1) {
                    continue;
                }
                for (int c = 0; c < channelFeatures; c++) {
                    row[c] = cols[c][r];
                }
                if (massParametrised) {
                    row[channelFeatures] = mass;
                }
                row[features.size()] = 1;
                row[features.size() + 1] = w[r] / total; // every mass sums to 1 (thesis 7.1)
                out.row(row);
                massOfSignalRow.add(mass);
            }
            signalMasses.add(new double[] {mass, total});
        }
        if (samples == 0) {
            throw new InvalidInputException(source, "inputs", inputs.keySet(), "signal-<mass> inputs");
        }
        int backgroundSamples = 0;
        long backgroundRow = 0;
        for (Map.Entry<String, Artifact> input : inputs.entrySet()) {
            if (!input.getKey().startsWith("background-")) {
                continue;
            }
            backgroundSamples++;
            ColumnTable t = ColumnTable.fromBytes(input.getValue().payload());
            double[] w = column(t, "weightPb", input.getKey(), source);
            double[][] cols = columns(t, features.subList(0, channelFeatures), input.getKey(), source);
            double[] row = new double[features.size() + 2];
            for (int r = 0; r < t.rowCount(); r++) {
                for (int c = 0; c < channelFeatures; c++) {
                    row[c] = cols[c][r];
                }
                if (massParametrised) {
                    // a mass drawn from the signal mass distribution of the training rows
                    int pick = (int) (Hash.uniform(seed, 0xb9L, backgroundRow) * massOfSignalRow.size());
                    row[channelFeatures] = massOfSignalRow.get(pick);
                }
                row[features.size()] = 0;
                row[features.size() + 1] = w[r]; // cross-section weight (thesis 7.1)
                out.row(row);
                backgroundRow++;
            }
        }
        if (backgroundSamples == 0) {
            throw new InvalidInputException(source, "inputs", inputs.keySet(), "background-<process> inputs");
        }
        return out.build();
    }

    static double massOf(String inputName, String source) {
        String suffix = inputName.substring(inputName.lastIndexOf('-') + 1);
        try {
            return Double.parseDouble(suffix);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source, "inputs." + inputName, inputName, "signal-<mass in GeV>");
        }
    }

    private static double[] column(ColumnTable t, String name, String input, String source) {
        if (!t.hasColumn(name)) {
            throw new InvalidInputException(source, "inputs." + input, "no column " + name, "a candidate table of "
                    + "the channel (columns " + t.columnNames() + ")");
        }
        return t.column(name);
    }

    private static double[][] columns(ColumnTable t, List<String> names, String input, String source) {
        double[][] cols = new double[names.size()][];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = column(t, names.get(c), input, source);
        }
        return cols;
    }

    private static byte[] lossCsv(Map<String, Object> summary) {
        StringBuilder csv = new StringBuilder("epoch,trainingLoss,validationLoss,learningRate\n");
        List<?> train = (List<?>) summary.get("trainingLoss");
        List<?> val = (List<?>) summary.get("validationLoss");
        List<?> lr = (List<?>) summary.get("learningRate");
        for (int e = 0; e < train.size(); e++) {
            csv.append(String.format(Locale.ROOT, "%d,%.8g,%.8g,%.4g%n", e + 1, (Double) train.get(e),
                    (Double) val.get(e), (Double) lr.get(e)));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
