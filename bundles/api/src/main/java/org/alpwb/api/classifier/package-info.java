/**
 * Trainable classifiers as plugins (service kind {@code classifier}). A {@link org.alpwb.api.classifier.Classifier}
 * trains on a labelled, weighted candidate table ({@link org.alpwb.api.classifier.TrainingData}: features chosen by
 * name, a {@link org.alpwb.api.classifier.DataSplit seeded train/validation/test split}) and returns a
 * {@link org.alpwb.api.classifier.TrainedClassifier} that scores tables (adds a score column) and encodes itself
 * with a versioned binary codec ({@link org.alpwb.api.classifier.ModelBytes}; no Java serialisation).
 *
 * <p>Training is a cacheable task: the generic task {@code train-classifier} (bundle analysis) finds the classifier
 * by id, trains it and stores {@code ModelBytes} as an artifact of type {@value
 * org.alpwb.api.classifier.ModelBytes#ARTIFACT_TYPE}; strategies read that artifact from their task's inputs and
 * decode it with {@link org.alpwb.api.classifier.Classifier#decode}. Scoring is deterministic.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.classifier;
