package org.alpwb.classifier.nn.internal;

/** The loss became NaN or infinite: training stops and says in which epoch. */
final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TrainingDivergedException(int epoch, String which, double loss, double learningRate) {
        super("network training diverged in epoch " + epoch + ": " + which + " loss " + loss
                + " (learning rate " + learningRate + "); lower 'learningRate' or check the input weights");
    }
}
