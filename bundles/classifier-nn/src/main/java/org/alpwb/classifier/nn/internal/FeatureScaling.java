package org.alpwb.classifier.nn.internal;

import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel.Feature;

/**
 * Maps raw feature values to network inputs: (x - offset) / divisor per feature. {@code range} takes
 * the channel's declared ranges (thesis Table 7.1: [min, max] -> [0, 1], not clipped); {@code standard}
 * the training rows. unweighted mean and standard deviation, so that every training row
 * counts once for the input scale.
 */
record FeatureScaling(String method, List<String> names, double[] offset, double[] divisor) {

    static FeatureScaling range(List<Feature> features) {
        int d = features.size();
        double[] offset = new double[d];
        double[] divisor = new double[d];
        for (int f = 0; f < d; f++) {
            offset[f] = features.get(f).min();
            divisor[f] = features.get(f).max() - features.get(f).min();
        }
        return new FeatureScaling("range", features.stream().map(Feature::name).toList(), offset, divisor);
    }

    /** Mean and standard deviation of each column over the rows where {@code use} is true. */
    static FeatureScaling standard(List<Feature> features, double[][] columns, boolean[] use) {
        int d = features.size();
        double[] offset = new double[d];
        double[] divisor = new double[d];
        for (int f = 0; f < d; f++) {
            double sum = 0;
            long n = 0;
            for (int r = 0; r < columns[f].length; r++) {
                if (use[r]) {
                    sum += columns[f][r];
                    n++;
                }
            }
            double mean = sum / n;
            double squares = 0;
            for (int r = 0; r < columns[f].length; r++) {
                if (use[r]) {
                    double dev = columns[f][r] - mean;
                    squares += dev * dev;
                }
            }
            double sd = Math.sqrt(squares / Math.max(1, n - 1));
            offset[f] = mean;
            divisor[f] = sd > 0 ? sd : 1;
        }
        return new FeatureScaling("standard", features.stream().map(Feature::name).toList(), offset, divisor);
    }

    /**
     * Scaled, row-major float inputs of the selected rows (all if rows is null). A NaN or infinite
     * value is bad input: the message names the feature and the row.
     */
    float[] apply(double[][] columns, int[] rows, String source) {
        int d = names.size();
        int n = rows == null ? columns[0].length : rows.length;
        float[] x = new float[n * d];
        for (int f = 0; f < d; f++) {
            double[] c = columns[f];
            for (int i = 0; i < n; i++) {
                int r = rows == null ? i : rows[i];
                double v = c[r];
                if (!Double.isFinite(v)) {
                    throw new InvalidInputException(source, "features." + names.get(f), v + " in row " + r,
                            "finite values (the network cannot use NaN or infinite features)");
                }
                x[i * d + f] = (float) ((v - offset[f]) / divisor[f]);
            }
        }
        return x;
    }
}
