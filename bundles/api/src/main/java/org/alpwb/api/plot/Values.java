package org.alpwb.api.plot;

/** Array checks shared by the series records. */
final class Values {
    private Values() {
    }

    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a series needs a name");
        }
        return name;
    }

    static double[] copy(String series, String what, double[] values, int length) {
        if (values == null) {
            throw new IllegalArgumentException("series '" + series + "': " + what + " is required");
        }
        if (length >= 0 && values.length != length) {
            throw new IllegalArgumentException("series '" + series + "': " + what + " has " + values.length
                    + " values, expected " + length);
        }
        return values.clone();
    }

    static double[] finite(String series, String what, double[] values, int length) {
        double[] copy = copy(series, what, values, length);
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i])) {
                throw new IllegalArgumentException("series '" + series + "': " + what + "[" + i + "] = " + copy[i]
                        + " is not finite");
            }
        }
        return copy;
    }

    static double[] errors(String series, String what, double[] values, int length) {
        double[] copy = finite(series, what, values, length);
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] < 0) {
                throw new IllegalArgumentException("series '" + series + "': " + what + "[" + i + "] = " + copy[i]
                        + " is negative");
            }
        }
        return copy;
    }
}
