package org.alpwb.api.classifier;

import java.util.List;
import java.util.Map;
import org.alpwb.api.table.ColumnTable;

/** A trained model. Immutable and thread-safe; scoring is deterministic. */
public interface TrainedClassifier {

    /** The {@code alpwb.id} of the classifier that trained it. */
    String classifierId();

    /** The feature columns it reads, in input order. */
    List<String> features();

    /**
     * The table with one more column {@code scoreColumn}: the signal score of each row, in [0, 1] (higher = more
     * signal-like).
     *
     * @throws org.alpwb.api.InvalidInputException if a feature column is missing (naming it) or
     *                                             {@code scoreColumn} exists already
     */
    ColumnTable score(ColumnTable table, String scoreColumn);

    /**
     * JSON-ready training record: hyper-parameters, loss per epoch on train and validation, test-set metrics
     * (e.g. ROC AUC), rows per part. Fixed key order.
     */
    Map<String, Object> summary();

    /** The versioned binary form, decoded by {@link Classifier#decode}. */
    ModelBytes encode();
}
