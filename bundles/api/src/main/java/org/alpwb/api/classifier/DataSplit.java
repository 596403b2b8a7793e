package org.alpwb.api.classifier;

/**
 * A seeded, reproducible split of table rows into train, validation and test parts: row r goes to the part given
 * by a SplitMix64 hash of (seed, r), so the assignment of a row depends only on the seed and its index (not on the
 * thread count or the other rows).
 *
 * @param trainFraction      share of rows for training, in (0, 1)
 * @param validationFraction share for validation, >= 0; the rest (>= 0) is the test part
 * @param seed               the seed, e.g. the first word of the training task's {@code seeds().seed(0)}
 */
public record DataSplit(double trainFraction, double validationFraction, long seed) {
    public static final int TRAIN = 0;
    public static final int VALIDATION = 1;
    public static final int TEST = 2;

    public DataSplit {
        if (!(trainFraction > 0 && validationFraction >= 0 && trainFraction + validationFraction <= 1)) {
            throw new IllegalArgumentException("fractions must satisfy 0 < train, 0 <= validation, train + validation "
                    + "<= 1; got " + trainFraction + ", " + validationFraction);
        }
    }

    /** The part ({@link #TRAIN}, {@link #VALIDATION}, {@link #TEST}) of each of {@code rows} rows. */
    public int[] assign(int rows) {
        int[] part = new int[rows];
        for (int r = 0; r < rows; r++) {
            double u = (mix(seed + 0x9E3779B97F4A7C15L * (r + 1L)) >>> 11) * 0x1.0p-53;
            part[r] = u < trainFraction ? TRAIN : u < trainFraction + validationFraction ? VALIDATION : TEST;
        }
        return part;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
