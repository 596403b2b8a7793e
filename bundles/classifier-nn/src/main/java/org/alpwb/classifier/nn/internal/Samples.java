package org.alpwb.classifier.nn.internal;

/**
 * Rows for training or evaluation: scaled features (row-major, float), labels (1 = signal) and
 * per-event training weights.
 */
record Samples(int rows, int dims, float[] x, float[] y, float[] w) {
    Samples {
        if (x.length != (long) rows * dims || y.length != rows || w.length != rows) {
            throw new IllegalArgumentException("inconsistent sample arrays");
        }
    }

    double weightOf(boolean signal) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            if ((y[r] > 0.5f) == signal) {
                sum += w[r];
            }
        }
        return sum;
    }

    long count(boolean signal) {
        long n = 0;
        for (int r = 0; r < rows; r++) {
            if ((y[r] > 0.5f) == signal) {
                n++;
            }
        }
        return n;
    }
}
