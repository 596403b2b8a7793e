package org.alpwb.api.classifier;

import java.util.List;
import java.util.Objects;
import org.alpwb.api.table.ColumnTable;

/**
 * A labelled, weighted candidate table to train on.
 *
 * @param table        candidates of signal and background samples
 * @param features     the input columns, chosen by name (usually from the channel's {@code features()})
 * @param labelColumn  1 for signal, 0 for background
 * @param weightColumn training weight per row (>= 0); the training task normalises each class to equal sum
 * @param split        which rows train, validate and test
 */
public record TrainingData(ColumnTable table, List<String> features, String labelColumn, String weightColumn,
        DataSplit split) {

    public TrainingData {
        Objects.requireNonNull(table, "table");
        features = List.copyOf(features);
        Objects.requireNonNull(labelColumn, "labelColumn");
        Objects.requireNonNull(weightColumn, "weightColumn");
        Objects.requireNonNull(split, "split");
    }
}
