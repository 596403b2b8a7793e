package org.alpwb.limits.fit;

import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.limits.model.MultimodalParameters;
import org.alpwb.limits.stats.TestStatistic;

/**
 * Maximum-likelihood fits with the POI free or fixed, and the test statistics q~_mu, q_mu and q0
 * (Cowan et al., arXiv:1007.1727, as pyhf computes them).
 * <p>
 * Start points: a fit starts at the given point if -ln L is finite there, else at the model's initial
 * values (the measurement's {@code inits}), else at those with the free parameters moved to the middle of
 * their bounds; if none is finite (data impossible under the hypothesis, e.g. observed events and a zero
 * prediction at mu = 0) the fit reports -ln L = +infinity and q is infinite, never an exception.
 * Multimodal likelihoods ({@link MultimodalParameters}): after the first minimum the fit restarts with each
 * scanned parameter at -2 and +2 (up to {@link #MAX_SCANNED} parameters) and keeps the lowest minimum.
 */
public final class ProfileLikelihood {
    static final int MAX_SCANNED = 8;
    private static final double[] RESTARTS = {-2, 2};

    private final NewtonMinimizer minimizer = new NewtonMinimizer();

    /** Unconditional fit for q~ (POI lower bound raised to 0, so that mu_hat < 0 maps to mu = 0). */
    public FitResult freeFit(LikelihoodModel model) {
        return freeFit(model, TestStatistic.QTILDE);
    }

    /** Unconditional fit; for q~ the POI's lower bound is raised to 0, for q and q0 the bounds are as given. */
    public FitResult freeFit(LikelihoodModel model, TestStatistic statistic) {
        int poi = model.poiIndex();
        double[] lo = model.lowerBounds();
        double[] start = model.initialValues();
        if (statistic == TestStatistic.QTILDE) {
            lo[poi] = Math.max(lo[poi], 0);
        }
        start[poi] = Math.max(start[poi], lo[poi]);
        return minimize(model, start, model.fixedParameters(), lo, model.upperBounds());
    }

    /** Conditional fit at POI = {@code mu}, starting from {@code start} (or the initial values if null). */
    public FitResult fixedPoiFit(LikelihoodModel model, double mu, double[] start) {
        double[] x = start == null ? model.initialValues() : start.clone();
        int poi = model.poiIndex();
        x[poi] = mu;
        boolean[] fixed = model.fixedParameters();
        fixed[poi] = true;
        return minimize(model, x, fixed, model.lowerBounds(), model.upperBounds());
    }

    /** q~_mu given the unconditional fit {@code free} on the same model. */
    public double qTilde(LikelihoodModel model, double mu, FitResult free) {
        return testStatistic(TestStatistic.QTILDE, model, mu, free);
    }

    /**
     * The test statistic at POI {@code mu} given the unconditional fit {@code free} (from
     * {@link #freeFit(LikelihoodModel, TestStatistic)} with the same statistic). q and q~ are 0 when
     * mu_hat > mu; q0 tests mu = 0 ({@code mu} is ignored) and is 0 when mu_hat < 0.
     */
    public double testStatistic(TestStatistic statistic, LikelihoodModel model, double mu, FitResult free) {
        double muHat = free.parameter(model.poiIndex());
        double tested = statistic == TestStatistic.Q0 ? 0 : mu;
        if (statistic == TestStatistic.Q0 ? muHat < 0 : muHat > tested) {
            return 0;
        }
        FitResult fixed = fixedPoiFit(model, tested, free.parameters());
        if (fixed.nll() == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, 2 * (fixed.nll() - free.nll()));
    }

    private FitResult minimize(LikelihoodModel model, double[] start, boolean[] fixed, double[] lo, double[] hi) {
        double[] x0 = finiteStart(model, start, fixed, lo, hi);
        if (x0 == null) {
            return new FitResult(start, Double.POSITIVE_INFINITY, false, 0);
        }
        FitResult best = minimizer.minimize(model, x0, fixed, lo, hi);
        if (!(model instanceof MultimodalParameters mm)) {
            return best;
        }
        int scanned = 0;
        for (int j : mm.parametersToScan()) {
            if (fixed[j] || scanned++ >= MAX_SCANNED) {
                continue;
            }
            for (double v : RESTARTS) {
                double[] x = best.parameters();
                x[j] = NewtonMinimizer.clamp(v, lo[j], hi[j]);
                if (Double.isFinite(model.negativeLogLikelihood(x))) {
                    FitResult other = minimizer.minimize(model, x, fixed, lo, hi);
                    if (other.nll() < best.nll() - 1e-9 * (1 + Math.abs(best.nll()))) {
                        best = other;
                    }
                }
            }
        }
        return best;
    }

    /** {@code start}, else the initial values, else those with free parameters mid-bound; null if none is finite. */
    private static double[] finiteStart(LikelihoodModel model, double[] start, boolean[] fixed, double[] lo,
            double[] hi) {
        double[] inits = model.initialValues();
        double[] middle = inits.clone();
        for (int i = 0; i < inits.length; i++) {
            if (!fixed[i]) {
                inits[i] = NewtonMinimizer.clamp(inits[i], lo[i], hi[i]);
                middle[i] = Double.isFinite(lo[i]) && Double.isFinite(hi[i]) ? 0.5 * (lo[i] + hi[i]) : inits[i];
            } else {
                inits[i] = start[i];
                middle[i] = start[i];
            }
        }
        double[] clamped = start.clone();
        for (int i = 0; i < clamped.length; i++) {
            if (!fixed[i]) {
                clamped[i] = NewtonMinimizer.clamp(clamped[i], lo[i], hi[i]);
            }
        }
        for (double[] candidate : new double[][] {clamped, inits, middle}) {
            if (Double.isFinite(model.negativeLogLikelihood(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
