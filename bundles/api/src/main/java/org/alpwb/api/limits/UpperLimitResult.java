package org.alpwb.api.limits;

/**
 * Upper limits on the POI at confidence level {@code cl} (e.g. 0.95): the observed limit and the
 * expected limits for N = -2, -1, 0, +1, +2 sigma (ascending).
 */
public record UpperLimitResult(double cl, double observed, double[] expected) {

    public UpperLimitResult {
        if (expected.length != 5) {
            throw new IllegalArgumentException("expected band needs 5 values, got " + expected.length);
        }
        expected = expected.clone();
    }

    @Override
    public double[] expected() {
        return expected.clone();
    }

    /** The median expected limit. */
    public double median() {
        return expected[2];
    }
}
