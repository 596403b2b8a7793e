package org.alpwb.classifier.nn.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.classifier.ModelBytes;
import org.alpwb.api.classifier.TrainedClassifier;
import org.alpwb.api.table.ColumnTable;

/** A trained {@code mlp}: scores tables on the calling thread (results do not depend on threads anyway). */
final class TrainedMlp implements TrainedClassifier {
    private final MlpModel model;
    private final Kernels kernels;
    private final Map<String, Object> summary;

    TrainedMlp(MlpModel model, Kernels kernels, Map<String, Object> summary) {
        this.model = model;
        this.kernels = kernels;
        this.summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    MlpModel model() {
        return model;
    }

    @Override
    public String classifierId() {
        return MlpClassifier.ID;
    }

    @Override
    public List<String> features() {
        return model.featureNames();
    }

    /** Scores of the rows of {@code table}. */
    float[] scores(ColumnTable table, Parallel parallel) {
        String source = "classifier " + MlpClassifier.ID;
        double[][] columns = new double[features().size()][];
        for (int f = 0; f < columns.length; f++) {
            String name = features().get(f);
            if (!table.hasColumn(name)) {
                throw new InvalidInputException(source, "features", name, "the model's features " + features()
                        + "; table columns: " + table.columnNames());
            }
            columns[f] = table.column(name);
        }
        if (table.rowCount() == 0) {
            return new float[0];
        }
        return model.score(columns, kernels, parallel, source);
    }

    /** Scores of rows given as feature columns in {@link #features()} order (one thread). */
    float[] scores(double[][] columns) {
        return model.score(columns, kernels, new Parallel(null, 1), "classifier " + MlpClassifier.ID);
    }

    @Override
    public ColumnTable score(ColumnTable table, String scoreColumn) {
        if (table.hasColumn(scoreColumn)) {
            throw new InvalidInputException("classifier " + MlpClassifier.ID, "scoreColumn", scoreColumn,
                    "a name that is not a column yet");
        }
        float[] s = scores(table, new Parallel(null, 1));
        ColumnTable.Builder builder = ColumnTable.builder();
        List<String> names = table.columnNames();
        builder.columns(names).column(scoreColumn);
        double[][] columns = new double[names.size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = table.column(names.get(c));
        }
        double[] row = new double[names.size() + 1];
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < columns.length; c++) {
                row[c] = columns[c][r];
            }
            row[columns.length] = s[r];
            builder.row(row);
        }
        return builder.build();
    }

    @Override
    public Map<String, Object> summary() {
        return summary;
    }

    @Override
    public ModelBytes encode() {
        return new ModelBytes(MlpClassifier.ID, MlpModel.FORMAT_VERSION, model.toBytes());
    }
}
