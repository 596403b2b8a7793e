package org.alpwb.classifier.nn.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.alpwb.api.classifier.DataSplit;
import org.alpwb.api.classifier.TrainingData;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.table.ColumnTable;

/**
 * Test data: signal ~ N(+delta/2 e_0, I), background ~ N(-delta/2 e_0, I) in {@code dims} dimensions, so
 * the optimal classifier is a cut on x_0 and the best possible AUC is Phi(delta / sqrt 2).
 */
final class Blobs {
    private Blobs() {
    }

    static List<String> features(int dims) {
        List<String> names = new ArrayList<>();
        for (int d = 0; d < dims; d++) {
            names.add("x" + d);
        }
        return names;
    }

    static ColumnTable table(int rows, int dims, double delta, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ColumnTable.Builder b = ColumnTable.builder().columns(features(dims)).column("label").column("weight");
        for (int r = 0; r < rows; r++) {
            double[] row = new double[dims + 2];
            boolean signal = r % 2 == 0;
            for (int d = 0; d < dims; d++) {
                row[d] = random.nextGaussian() + (d == 0 ? (signal ? delta / 2 : -delta / 2) : 0);
            }
            row[dims] = signal ? 1 : 0;
            row[dims + 1] = signal ? 1 : 3; // unequal class weights: the classifier balances them
            b.row(row);
        }
        return b.build();
    }

    static TrainingData data(ColumnTable table, int dims, long seed) {
        return new TrainingData(table, features(dims), "label", "weight", new DataSplit(0.6, 0.2, seed));
    }

    static ParameterValues values(Map<String, ?> overrides) {
        return ParameterValues.resolve(MlpConfig.specs(), new TaskConfig("test", "parameters", overrides));
    }
}
