package org.alpwb.limits.calc;

import java.util.HashMap;
import java.util.Map;
import org.alpwb.api.limits.HypothesisTestResult;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.limits.fit.FitResult;
import org.alpwb.limits.fit.ProfileLikelihood;
import org.alpwb.limits.stats.AsymptoticFormulae;

/**
 * Asymptotic CLs for one model: the unconditional fits on the observed and the Asimov data (and the
 * Asimov data set itself, built from the nuisances profiled at mu' = 0 on the observed data) are
 * computed once and reused for every POI value. Not thread-safe; one per calculation.
 */
final class AsymptoticSession {
    private final ProfileLikelihood profile = new ProfileLikelihood();
    private final LikelihoodModel observed;
    private final FitResult observedFree;
    private final LikelihoodModel asimov;
    private final FitResult asimovFree;
    private final Map<Double, Double> qObsCache = new HashMap<>();
    private final Map<Double, Double> qAsimovCache = new HashMap<>();

    AsymptoticSession(LikelihoodModel model) {
        this.observed = model;
        this.observedFree = profile.freeFit(model);
        FitResult backgroundOnly = profile.fixedPoiFit(model, 0, observedFree.parameters());
        this.asimov = model.asimov(backgroundOnly.parameters());
        // the Asimov data are the expectation at backgroundOnly: that point is the exact minimum
        this.asimovFree = profile.freeFit(asimov);
    }

    double qObserved(double mu) {
        return qObsCache.computeIfAbsent(mu, m -> profile.qTilde(observed, m, observedFree));
    }

    double qAsimov(double mu) {
        return qAsimovCache.computeIfAbsent(mu, m -> profile.qTilde(asimov, m, asimovFree));
    }

    double clsObserved(double mu) {
        return AsymptoticFormulae.pValues(qObserved(mu), qAsimov(mu))[2];
    }

    HypothesisTestResult test(double mu) {
        double q = qObserved(mu);
        double qa = qAsimov(mu);
        double[] p = AsymptoticFormulae.pValues(q, qa);
        return new HypothesisTestResult(mu, p[2], p[0], p[1], AsymptoticFormulae.expectedCls(qa), q, qa);
    }

    double poiUpperBound() {
        return observed.upperBounds()[observed.poiIndex()];
    }

    double muHat() {
        return observedFree.parameter(observed.poiIndex());
    }
}
