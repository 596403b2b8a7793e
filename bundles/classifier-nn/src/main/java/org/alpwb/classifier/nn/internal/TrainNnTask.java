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
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.strategy.Strategy;
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
    ServiceProperties.VERSION + "=" + TrainNnTask.ID + "-3"})
public class TrainNnTask implements TaskType {
    static final String ID = "train-nn";
    static final String MASS_FEATURE = "alpMassHypothesisGeV";
    static final String LABEL = "nnLabel";
    static final String WEIGHT = "nnTrainingWeight";
    /** Preselection value meaning "no strategy selection before the score". */
    static final String NO_PRESELECTION = "none";
    private static final String[] FIELDS = {"classifier", "channel", "parameters", "massParametrised",
        "trainFraction", "validationFraction", "preselection", "luminosityInvFb", "punziWindowGeV", "punziSigmas",
        "workingPoint"};

    @Override
    public void validate(TaskConfig config) {
        config.allowOnly(FIELDS);
        config.flag("massParametrised", false);
        fractions(config);
        settings(config, 0);
    }

    /** Also resolves the classifier, the channel and the preselection strategy before anything runs. */
    @Override
    public void validate(org.alpwb.api.study.ValidationContext context) {
        validate(context.config());
        context.service(Classifier.class, "classifier", MlpClassifier.ID);
        context.service(Channel.class, "channel", "eegg");
        if (!NO_PRESELECTION.equals(context.config().string("preselection", "thesis-cuts"))) {
            context.service(Strategy.class, "preselection", "thesis-cuts");
        }
    }

    /**
     * Settings of the per-mass test-part evaluation: luminosity (thesis 54.24 fb^-1), the +-15 MeV window of the
     * thesis' fig. 7.5, a = 1.28 (the one-sided Gaussian quantile of the 90 % CL limits), working point 0.9.
     */
    private static MassEvaluation.Settings settings(TaskConfig config, long seed) {
        return new MassEvaluation.Settings(config.number("luminosityInvFb", 54.24, 1e-9, 1e12),
                config.number("punziWindowGeV", 0.015, 1e-4, 5), config.number("punziSigmas", 1.28, 0, 10),
                config.number("workingPoint", 0.9, 0, 1), seed);
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
        String preselection = config.string("preselection", "thesis-cuts");
        Map<String, boolean[]> preselected = preselect(context, preselection, channel, source);
        ColumnTable table = trainingTable(context.inputs(), features, massParametrised, seed, source, preselected);
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
        if (trained instanceof TrainedMlp mlp) {
            Map<String, Object> evaluation = new LinkedHashMap<>();
            evaluation.put("preselection", preselection);
            evaluation.putAll(MassEvaluation.of(mlp, table, data.split().assign(table.rowCount()), LABEL,
                    massParametrised, settings(config, seed)));
            summary.put("evaluation", evaluation);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("training.json", new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(summary));
        files.put("loss.csv", lossCsv(trained.summary()));
        return new Artifact(ModelBytes.ARTIFACT_TYPE, trained.encode().toBytes(), files);
    }

    /**
     * Which rows of each input pass the selection of strategy {@code preselection} with its default parameters (the
     * selection the network strategies apply before the score); empty for {@value #NO_PRESELECTION}.
     */
    private static Map<String, boolean[]> preselect(TaskContext context, String preselection, Channel channel,
            String source) {
        Map<String, boolean[]> out = new java.util.TreeMap<>();
        if (NO_PRESELECTION.equals(preselection)) {
            return out;
        }
        Strategy strategy = context.service(Strategy.class, preselection);
        ParameterValues defaults = ParameterValues.resolve(strategy.parameters(), TaskConfig.empty(source,
                "preselection"));
        CandidateSelection selection = strategy.selection(defaults, channel, context.inputs()).orElseThrow(
                () -> new InvalidInputException(source, "preselection", preselection, "a strategy with a candidate "
                        + "selection (e.g. thesis-cuts), or " + NO_PRESELECTION));
        for (Map.Entry<String, Artifact> input : context.inputs().entrySet()) {
            boolean signal = input.getKey().startsWith("signal-");
            if (!signal && !input.getKey().startsWith("background-")) {
                continue;
            }
            if (!signal && !selection.massIndependent()) {
                throw new InvalidInputException(source, "preselection", preselection, "a mass-independent "
                        + "selection (background rows have no mass hypothesis here), or " + NO_PRESELECTION);
            }
            ColumnTable t = ColumnTable.fromBytes(input.getValue().payload());
            double hypothesis = signal ? massOf(input.getKey(), source) : 1.0;
            out.put(input.getKey(), selection.apply(t, hypothesis, source).passed());
        }
        return out;
    }

    /** Features, label and training weight of every truth-matched signal row and every background row. */
    static ColumnTable trainingTable(Map<String, Artifact> inputs, List<String> features, boolean massParametrised,
            long seed, String source) {
        return trainingTable(inputs, features, massParametrised, seed, source, Map.of());
    }

    /**
     * The training table, with the {@link MassEvaluation#COLUMNS} after the label and weight (mass, m_gg, m_ee,
     * diagram, preselected flag from {@code preselected} (all rows if an input is absent), raw weight).
     */
    static ColumnTable trainingTable(Map<String, Artifact> inputs, List<String> features, boolean massParametrised,
            long seed, String source, Map<String, boolean[]> preselected) {
        List<double[]> signalMasses = new ArrayList<>();
        ColumnTable.Builder out = ColumnTable.builder().columns(features).column(LABEL).column(WEIGHT)
                .columns(MassEvaluation.COLUMNS);
        int evaluation = features.size() + 2;
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
            double[][] extra = evaluationColumns(t);
            boolean[] pass = preselected.get(input.getKey());
            double[] row = new double[evaluation + MassEvaluation.COLUMNS.size()];
            for (int r = 0; r < t.rowCount(); r++) {
                if (truth[r] != 1) {
                    continue;
                }
                fillEvaluation(row, evaluation, mass, extra, r, pass, w[r]);
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
            double[][] extra = evaluationColumns(t);
            boolean[] pass = preselected.get(input.getKey());
            double[] row = new double[evaluation + MassEvaluation.COLUMNS.size()];
            for (int r = 0; r < t.rowCount(); r++) {
                fillEvaluation(row, evaluation, Double.NaN, extra, r, pass, w[r]);
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

    /** m_gg, m_ee and truthDiagram of a candidate table (NaN / 0 where a column is absent). */
    private static double[][] evaluationColumns(ColumnTable t) {
        String[] names = {"mGammaGammaGeV", "mEeGeV", "truthDiagram"};
        double[][] out = new double[names.length][];
        for (int c = 0; c < names.length; c++) {
            out[c] = t.hasColumn(names[c]) ? t.column(names[c]) : null;
        }
        return out;
    }

    private static void fillEvaluation(double[] row, int at, double massGeV, double[][] extra, int r, boolean[] pass,
            double weightPb) {
        row[at] = massGeV;
        row[at + 1] = extra[0] == null ? Double.NaN : extra[0][r];
        row[at + 2] = extra[1] == null ? Double.NaN : extra[1][r];
        row[at + 3] = extra[2] == null ? 0 : extra[2][r];
        row[at + 4] = pass == null || pass[r] ? 1 : 0;
        row[at + 5] = weightPb;
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
