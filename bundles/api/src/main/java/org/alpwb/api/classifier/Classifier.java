package org.alpwb.api.classifier;

import java.util.List;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.progress.ProgressMonitor;

/**
 * A classifier factory, registered with {@code alpwb.kind=classifier} and {@code alpwb.id} (e.g. {@code mlp});
 * {@code alpwb.version} (or the bundle version) enters the cache key of the training task. Thread-safe and
 * stateless; training is deterministic for a given {@link TrainingData} (seeds in its split) and thread count
 * independent.
 */
public interface Classifier {

    /** Hyper-parameters (layers, learning rate, epochs, ...), resolved by the training task like strategy parameters. */
    List<ParameterSpec> parameters();

    /**
     * Trains on the train part of {@code data.split()}, uses the validation part for early stopping or model
     * choice, and reports losses/metrics on all three parts in {@link TrainedClassifier#summary()}.
     *
     * @param monitor progress (e.g. epochs) and cancellation: check it at least once per epoch and throw
     *                {@link org.alpwb.api.progress.CancelledException}
     * @throws org.alpwb.api.InvalidInputException if a feature is not a column of the table (naming it and the
     *                                             channel's features), or the table has too few rows of a class
     */
    TrainedClassifier train(TrainingData data, ParameterValues hyperParameters, ProgressMonitor monitor);

    /** The codec versions {@link #decode} reads, newest last. */
    List<Integer> codecVersions();

    /**
     * Decodes a model written by {@link TrainedClassifier#encode()} of this classifier.
     *
     * @throws org.alpwb.api.InvalidInputException if the classifier id of the bytes is not this one's, or the codec
     *                                             version is not in {@link #codecVersions()} (naming both)
     */
    TrainedClassifier decode(ModelBytes model);
}
