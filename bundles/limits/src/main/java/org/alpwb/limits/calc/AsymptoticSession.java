package org.alpwb.limits.calc;

import java.util.HashMap;
import java.util.Map;
import org.alpwb.api.limits.HypothesisTestResult;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.limits.fit.FitResult;
import org.alpwb.limits.fit.ProfileLikelihood;
import org.alpwb.limits.stats.AsymptoticFormulae;
import org.alpwb.limits.stats.TestStatistic;

/**
 * Asymptotic CLs (or p0) for one model and test statistic: the unconditional fits on the observed and the
 * Asimov data (and the Asimov data set itself, built from the nuisances profiled at mu' = 0, or mu' = 1 for
 * q0, on the observed data) are computed once and reused for every POI value. Where the data are impossible
 * at mu' (-ln L infinite for every nuisance value) the Asimov nuisances are the measurement's initial values,
 * where a fit started there stays. Not thread-safe; one per calculation.
 */
final class AsymptoticSession {
    private final ProfileLikelihood profile = new ProfileLikelihood();
    private final TestStatistic statistic;
    private final LikelihoodModel observed;
    private final FitResult observedFree;
    private final LikelihoodModel asimov;
    private final FitResult asimovFree;
    private final Map<Double, Double> qObsCache = new HashMap<>();
    private final Map<Double, Double> qAsimovCache = new HashMap<>();

    AsymptoticSession(LikelihoodModel model, TestStatistic statistic) {
        this.statistic = statistic;
        this.observed = model;
        this.observedFree = profile.freeFit(model, statistic);
        if (!Double.isFinite(observedFree.nll())) {
            throw new IllegalStateException("no parameter values within the bounds give a finite likelihood for the "
                    + "observed data (a bin with observed events and zero expected events for all parameters?)");
        }
        double asimovPoi = statistic.asimovPoi();
        FitResult conditional = profile.fixedPoiFit(model, asimovPoi, observedFree.parameters());
        double[] nuisances = conditional.parameters();
        if (!Double.isFinite(conditional.nll())) {
            nuisances = model.initialValues();
            nuisances[model.poiIndex()] = asimovPoi;
        }
        this.asimov = model.asimov(nuisances);
        // the Asimov data are the expectation at the conditional fit: that point is the exact minimum
        this.asimovFree = profile.freeFit(asimov, statistic);
    }

    double qObserved(double mu) {
        return qObsCache.computeIfAbsent(mu, m -> profile.testStatistic(statistic, observed, m, observedFree));
    }

    double qAsimov(double mu) {
        return qAsimovCache.computeIfAbsent(mu, m -> profile.testStatistic(statistic, asimov, m, asimovFree));
    }

    double clsObserved(double mu) {
        return AsymptoticFormulae.pValues(qObserved(mu), qAsimov(mu), statistic)[2];
    }

    /**
     * CLs, CLs+b, CLb and the expected CLs band at {@code mu}; for q0 (mu = 0 tested) the discovery p-value p0
     * takes the place of CLs (as pyhf's {@code hypotest} returns it) and the band holds the expected p0.
     */
    HypothesisTestResult test(double mu) {
        double q = qObserved(mu);
        double qa = qAsimov(mu);
        double[] p = AsymptoticFormulae.pValues(q, qa, statistic);
        if (statistic == TestStatistic.Q0) {
            return new HypothesisTestResult(0, p[0], p[0], p[1], AsymptoticFormulae.expectedP0(qa), q, qa);
        }
        return new HypothesisTestResult(mu, p[2], p[0], p[1], AsymptoticFormulae.expectedCls(qa), q, qa);
    }

    double poiUpperBound() {
        return observed.upperBounds()[observed.poiIndex()];
    }

    double muHat() {
        return observedFree.parameter(observed.poiIndex());
    }
}
