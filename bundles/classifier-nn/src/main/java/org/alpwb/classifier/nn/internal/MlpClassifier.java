package org.alpwb.classifier.nn.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.channel.Channel.Feature;
import org.alpwb.api.classifier.Classifier;
import org.alpwb.api.classifier.DataSplit;
import org.alpwb.api.classifier.ModelBytes;
import org.alpwb.api.classifier.TrainedClassifier;
import org.alpwb.api.classifier.TrainingData;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.table.ColumnTable;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@code mlp} classifier: a fully connected network trained with weighted BCE and Adam (see
 * {@link Trainer}). Feature ranges for {@code scaling=range} come from the installed channels' declared
 * features (thesis Table 7.1 for eegg).
 */
@Component(service = Classifier.class, property = {ServiceProperties.ID + "=" + MlpClassifier.ID,
    ServiceProperties.LABEL + "=Multilayer perceptron (pure Java, vectorised, thread-count independent)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_CLASSIFIER,
    ServiceProperties.VERSION + "=" + MlpClassifier.VERSION})
public class MlpClassifier implements Classifier {
    static final String ID = "mlp";
    static final String VERSION = "mlp-1";

    private final List<Channel> channels = new CopyOnWriteArrayList<>();
    private final Kernels kernels;

    public MlpClassifier() {
        this(Kernels.best());
    }

    MlpClassifier(Kernels kernels) {
        this.kernels = kernels;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addChannel(Channel channel) {
        channels.add(channel);
    }

    void removeChannel(Channel channel) {
        channels.remove(channel);
    }

    /** The kernels in use ("vector-512bit", ... or "scalar"). */
    String kernelName() {
        return kernels.name();
    }

    @Override
    public List<ParameterSpec> parameters() {
        return MlpConfig.specs();
    }

    @Override
    public List<Integer> codecVersions() {
        return List.of(MlpModel.FORMAT_VERSION);
    }

    @Override
    public TrainedClassifier decode(ModelBytes model) {
        if (!ID.equals(model.classifierId())) {
            throw new InvalidInputException("trained classifier", "classifierId", model.classifierId(), ID);
        }
        if (!codecVersions().contains(model.codecVersion())) {
            throw new InvalidInputException("trained classifier", "codecVersion", model.codecVersion(),
                    codecVersions().toString());
        }
        return new TrainedMlp(MlpModel.fromBytes(model.body()), kernels, Map.of());
    }

    @Override
    public TrainedClassifier train(TrainingData data, ParameterValues hyperParameters, ProgressMonitor monitor) {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mlp-training");
            t.setDaemon(true);
            return t;
        });
        try {
            return train(data, hyperParameters, monitor, pool, threads);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Training on a given pool; the result does not depend on {@code threads}. */
    TrainedMlp train(TrainingData data, ParameterValues hyperParameters, ProgressMonitor monitor,
            ExecutorService executor, int threads) {
        return train(data, hyperParameters, monitor, executor, threads, Parallel.PARTS_PER_THREAD);
    }

    /** The same with {@code partsPerThread} parts of every parallel range per thread (see {@link Parallel}). */
    TrainedMlp train(TrainingData data, ParameterValues hyperParameters, ProgressMonitor monitor,
            ExecutorService executor, int threads, int partsPerThread) {
        MlpConfig config = MlpConfig.fromValues(hyperParameters);
        String source = "classifier " + ID;
        ColumnTable table = data.table();
        int rows = table.rowCount();
        double[][] columns = new double[data.features().size()][];
        for (int f = 0; f < columns.length; f++) {
            String name = data.features().get(f);
            if (!table.hasColumn(name)) {
                throw new InvalidInputException(source, "features", name, "columns of the candidate table: "
                        + table.columnNames());
            }
            columns[f] = table.column(name);
        }
        double[] label = column(table, data.labelColumn(), source);
        double[] weight = column(table, data.weightColumn(), source);
        for (int r = 0; r < rows; r++) {
            if (!(label[r] == 0 || label[r] == 1)) {
                throw new InvalidInputException(source, data.labelColumn(), label[r] + " in row " + r, "0 or 1");
            }
            if (!(weight[r] >= 0 && Double.isFinite(weight[r]))) {
                throw new InvalidInputException(source, data.weightColumn(), weight[r] + " in row " + r,
                        "finite weights >= 0");
            }
        }
        int[] part = data.split().assign(rows);
        // thesis 7.1: only a fraction of the signal rows enters training and validation
        for (int r = 0; r < rows; r++) {
            if (label[r] == 1 && part[r] != DataSplit.TEST
                    && Hash.uniform(data.split().seed(), 0x51a1L, r) >= config.signalSampling()) {
                part[r] = -1;
            }
        }
        FeatureScaling scaling = scaling(config, data.features(), columns, part, source);
        Samples train = samples(scaling, columns, label, weight, part, DataSplit.TRAIN, source, "train");
        Samples validation = samples(scaling, columns, label, weight, part, DataSplit.VALIDATION, source,
                "validation");
        Samples test = samples(scaling, columns, label, weight, part, DataSplit.TEST, source, "test");
        Parallel parallel = new Parallel(executor, threads, partsPerThread);
        Trainer trainer = new Trainer(config, columns.length, kernels, parallel, data.split().seed(), train.rows());
        Trainer.History history = trainer.train(train, validation, monitor);
        MlpModel model = new MlpModel(trainer.network(), scaling);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("classifier", ID);
        summary.put("hyperParameters", config.toMap());
        summary.put("hiddenWidths", toList(config.hiddenWidths()));
        summary.put("trainableParameters", trainer.network().trainableParameters());
        summary.put("features", data.features());
        summary.put("rows", new java.util.TreeMap<>(Map.of("train", train.rows(), "validation", validation.rows(), "test", test.rows())));
        summary.put("signalRows", new java.util.TreeMap<>(Map.of("train", train.count(true), "validation", validation.count(true), "test",
                test.count(true))));
        summary.put("epochsRun", history.trainingLoss().length);
        summary.put("bestEpoch", history.bestEpoch());
        summary.put("stoppedEarly", history.stoppedEarly());
        summary.put("trainingLoss", toList(history.trainingLoss()));
        summary.put("validationLoss", toList(history.validationLoss()));
        summary.put("learningRate", toList(history.learningRate()));
        summary.put("testLoss", test.rows() > 0 ? trainer.loss(test) : null);
        Map<String, Object> diagnostics = Diagnostics.of(trainer.network(), kernels, parallel, train, test,
                data.features(), data.split().seed());
        summary.put("testAuc", diagnostics.get("testAuc"));
        summary.put("diagnostics", diagnostics);
        return new TrainedMlp(model, kernels, summary);
    }

    private FeatureScaling scaling(MlpConfig config, List<String> names, double[][] columns, int[] part,
            String source) {
        if ("standard".equals(config.scaling())) {
            boolean[] use = new boolean[part.length];
            for (int r = 0; r < part.length; r++) {
                use[r] = part[r] == DataSplit.TRAIN;
            }
            List<Feature> features = names.stream().map(n -> new Feature(n, 0, 1, "")).toList();
            return FeatureScaling.standard(features, columns, use);
        }
        List<Feature> features = new ArrayList<>();
        for (String name : names) {
            features.add(declared(name, source));
        }
        return FeatureScaling.range(features);
    }

    private Feature declared(String name, String source) {
        List<String> known = new ArrayList<>();
        for (Channel channel : channels) {
            for (Feature f : channel.features()) {
                if (f.name().equals(name)) {
                    return f;
                }
                known.add(f.name());
            }
        }
        throw new InvalidInputException(source, "features", name, "with scaling=range, features a channel declares "
                + "with its range: " + known + " (or use scaling=standard)");
    }

    private static Samples samples(FeatureScaling scaling, double[][] columns, double[] label, double[] weight,
            int[] part, int which, String source, String partName) {
        int n = 0;
        for (int p : part) {
            n += p == which ? 1 : 0;
        }
        int[] rows = new int[n];
        int k = 0;
        for (int r = 0; r < part.length; r++) {
            if (part[r] == which) {
                rows[k++] = r;
            }
        }
        float[] x = scaling.apply(columns, rows, source);
        float[] y = new float[n];
        float[] w = new float[n];
        double signal = 0;
        double background = 0;
        for (int i = 0; i < n; i++) {
            y[i] = (float) label[rows[i]];
            if (label[rows[i]] == 1) {
                signal += weight[rows[i]];
            } else {
                background += weight[rows[i]];
            }
        }
        if (which != DataSplit.TEST && (signal <= 0 || background <= 0)) {
            throw new InvalidInputException(source, "split", "the " + partName + " part has signal weight " + signal
                    + " and background weight " + background + " (" + n + " rows)",
                    "signal and background rows with positive weight in the train and validation parts");
        }
        // thesis 7.1: signal and background weights sum to the same total; mean weight 1 (scale-free loss)
        double signalScale = signal > 0 ? n / (2 * signal) : 0;
        double backgroundScale = background > 0 ? n / (2 * background) : 0;
        for (int i = 0; i < n; i++) {
            w[i] = (float) (weight[rows[i]] * (label[rows[i]] == 1 ? signalScale : backgroundScale));
        }
        return new Samples(n, columns.length, x, y, w);
    }

    private static double[] column(ColumnTable table, String name, String source) {
        if (!table.hasColumn(name)) {
            throw new InvalidInputException(source, "column", name, "columns of the candidate table: "
                    + table.columnNames());
        }
        return table.column(name);
    }

    static List<Double> toList(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    static List<Integer> toList(int[] values) {
        List<Integer> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(v);
        }
        return out;
    }
}
