package org.alpwb.api.limits;

import org.alpwb.api.progress.ProgressMonitor;

/**
 * Computes CLs (q~_mu test statistic) and CLs upper limits on the POI of a {@link LikelihoodModel}.
 * Registered with {@code alpwb.kind=limit-calculator}; ids {@code asymptotic-cls} (Cowan et al.
 * asymptotic formulae) and {@code toys-cls} (pseudo-experiments). Implementations are thread-safe.
 */
public interface LimitCalculator {

    /** CLs observed and the expected band for POI value {@code mu}. */
    HypothesisTestResult hypothesisTest(LikelihoodModel model, double mu, CalculatorOptions options,
            ProgressMonitor monitor);

    /** Observed and expected (band) CLs upper limits at confidence level {@code cl} in (0, 1). */
    UpperLimitResult upperLimit(LikelihoodModel model, double cl, CalculatorOptions options,
            ProgressMonitor monitor);

    /**
     * Only the expected upper limits (N = -2..+2 sigma, ascending) of {@link #upperLimit}, for callers that need no
     * observed limit (sensitivity scans on Asimov data); calculators that can skip the observed limit's work
     * override it, the results are the same.
     *
     * @since 1.1
     */
    default double[] expectedUpperLimits(LikelihoodModel model, double cl, CalculatorOptions options,
            ProgressMonitor monitor) {
        return upperLimit(model, cl, options, monitor).expected();
    }
}
