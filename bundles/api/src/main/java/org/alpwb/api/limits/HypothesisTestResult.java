package org.alpwb.api.limits;

/**
 * The outcome of testing one POI value. {@code clsExpected} holds CLs for the expected band at
 * N = -2, -1, 0, +1, +2 sigma (ascending). {@code qObserved} and {@code qAsimov} are the q~_mu values
 * on the observed and Asimov data ({@code NaN} where a calculator does not use them).
 */
public record HypothesisTestResult(double poiValue, double clsObserved, double clsbObserved, double clbObserved,
        double[] clsExpected, double qObserved, double qAsimov) {

    public HypothesisTestResult {
        if (clsExpected.length != 5) {
            throw new IllegalArgumentException("expected band needs 5 values, got " + clsExpected.length);
        }
        clsExpected = clsExpected.clone();
    }

    @Override
    public double[] clsExpected() {
        return clsExpected.clone();
    }
}
