package org.alpwb.plot.internal;

/** The visible range of an axis; {@link #fraction} maps a value to 0..1 along the axis. */
record DataRange(double lower, double upper, boolean log) {
    DataRange {
        if (!(upper > lower) || (log && lower <= 0)) {
            throw new IllegalArgumentException("invalid axis range " + lower + " .. " + upper);
        }
    }

    double fraction(double value) {
        if (log) {
            return (Math.log10(value) - Math.log10(lower)) / (Math.log10(upper) - Math.log10(lower));
        }
        return (value - lower) / (upper - lower);
    }

    /** The value at a fraction 0..1 along the axis (inverse of {@link #fraction}). */
    double valueAt(double fraction) {
        if (log) {
            return Math.pow(10, Math.log10(lower) + fraction * (Math.log10(upper) - Math.log10(lower)));
        }
        return lower + fraction * (upper - lower);
    }

    /** Where a value sits as a linear fraction of the range (JFreeChart's "relative" coordinates). */
    double linearFraction(double value) {
        return (value - lower) / (upper - lower);
    }

    /** On a log axis, non-positive values move to the lower bound (e.g. empty bins, error bars). */
    double clamp(double value) {
        return log && value < lower ? lower : value;
    }
}
