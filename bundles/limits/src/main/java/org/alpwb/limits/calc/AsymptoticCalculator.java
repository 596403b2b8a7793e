package org.alpwb.limits.calc;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.HypothesisTestResult;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.limits.UpperLimitResult;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.stats.AsymptoticFormulae;
import org.alpwb.limits.stats.TestStatistic;
import org.osgi.service.component.annotations.Component;

/**
 * Asymptotic CLs with q~_mu (the service; Cowan et al., arXiv:1007.1727) as pyhf computes it, or with q_mu
 * or q0 when constructed with that {@link TestStatistic}. Upper limits (q~, q): Brent on CLs_obs(mu) =
 * alpha; the expected limits solve sqrt(q_A(mu)) = N - Phi^-1(alpha Phi(N)).
 */
@Component(service = LimitCalculator.class, property = {
    ServiceProperties.ID + "=asymptotic-cls",
    ServiceProperties.LABEL + "=Asymptotic CLs (q~mu, Asimov)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_LIMIT_CALCULATOR})
public final class AsymptoticCalculator implements LimitCalculator {
    private final TestStatistic statistic;

    /** With q~_mu, pyhf's {@code hypotest} default. */
    public AsymptoticCalculator() {
        this(TestStatistic.QTILDE);
    }

    public AsymptoticCalculator(TestStatistic statistic) {
        this.statistic = java.util.Objects.requireNonNull(statistic, "statistic");
    }

    @Override
    public HypothesisTestResult hypothesisTest(LikelihoodModel model, double mu, CalculatorOptions options,
            ProgressMonitor monitor) {
        checkPoi(mu);
        return new AsymptoticSession(model, statistic).test(mu);
    }

    @Override
    public UpperLimitResult upperLimit(LikelihoodModel model, double cl, CalculatorOptions options,
            ProgressMonitor monitor) {
        double alpha = alpha(cl);
        if (statistic == TestStatistic.Q0) {
            throw new IllegalArgumentException("upper limits need q~ or q, not the discovery statistic q0");
        }
        monitor.begin("asymptotic CLs upper limit", 6);
        AsymptoticSession session = new AsymptoticSession(model, statistic);
        double[] expected = expected(session, alpha, monitor);
        monitor.checkCancelled();
        double observed = RootFinder.solve(mu -> session.clsObserved(mu) - alpha, session.poiUpperBound());
        monitor.worked(1);
        monitor.done();
        return new UpperLimitResult(cl, observed, expected);
    }

    /** The expected limits alone: the observed limit's root finding (half of the fits) is skipped. */
    @Override
    public double[] expectedUpperLimits(LikelihoodModel model, double cl, CalculatorOptions options,
            ProgressMonitor monitor) {
        double alpha = alpha(cl);
        if (statistic == TestStatistic.Q0) {
            throw new IllegalArgumentException("upper limits need q~ or q, not the discovery statistic q0");
        }
        monitor.begin("asymptotic CLs expected upper limits", 5);
        double[] expected = expected(new AsymptoticSession(model, statistic), alpha, monitor);
        monitor.done();
        return expected;
    }

    private static double[] expected(AsymptoticSession session, double alpha, ProgressMonitor monitor) {
        double hi = session.poiUpperBound();
        double[] expected = new double[AsymptoticFormulae.BAND_SIGMAS.length];
        for (int i = 0; i < expected.length; i++) {
            monitor.checkCancelled();
            double target = AsymptoticFormulae.sqrtQAsimovAtLimit(AsymptoticFormulae.BAND_SIGMAS[i], alpha);
            expected[i] = RootFinder.solve(mu -> target - Math.sqrt(session.qAsimov(mu)), hi);
            monitor.worked(1);
        }
        return expected;
    }

    static double alpha(double cl) {
        if (!(cl > 0 && cl < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + cl);
        }
        return 1 - cl;
    }

    static void checkPoi(double mu) {
        if (!(mu >= 0) || Double.isInfinite(mu)) {
            throw new IllegalArgumentException("POI value must be finite and >= 0, got " + mu);
        }
    }
}
