package org.alpwb.api.strategy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.alpwb.api.limits.LikelihoodModel;

/**
 * What the limit calculation needs at one mass hypothesis. Its POI is the number of selected signal events at
 * the nominal luminosity: the generic task turns a limit N on it into sigma = N / (efficiency x L) and into a
 * coupling limit, and projects to other luminosities with {@link LikelihoodModel#withScaledYields}.
 *
 * @param massGeV                       the hypothesis
 * @param status                        {@value #OK}, or why there is no likelihood (e.g. "too few background MC
 *                                      rows in the sidebands (3 < 10)"): then no limit is computed and the
 *                                      status is reported as is
 * @param efficiency                    selected signal / generated signal weight at this mass (NaN if unknown)
 * @param likelihood                    the likelihood with the expected (Asimov) data of the background-only
 *                                      hypothesis bound, POI = signal events; null unless status is OK
 * @param withBackgroundScaled          the same likelihood with the expected background multiplied by k (for the
 *                                      MC-statistics shift of the limit), or null if the strategy cannot do that
 * @param backgroundInSignalRegion      expected background events in the signal region at the nominal luminosity
 * @param backgroundInSignalRegionError its MC-statistical 1-sigma error (NaN if unknown)
 * @param details                       JSON-ready numbers written with the point, fixed key order (e.g.
 *                                      signalMuGeV, signalSigmaGeV, backgroundFitChi2Ndf)
 */
public record MassHypothesis(double massGeV, String status, double efficiency, LikelihoodModel likelihood,
        DoubleFunction<LikelihoodModel> withBackgroundScaled, double backgroundInSignalRegion,
        double backgroundInSignalRegionError, Map<String, Object> details) {

    public static final String OK = "ok";

    public MassHypothesis {
        if (OK.equals(status) && likelihood == null) {
            throw new IllegalArgumentException("a hypothesis with status ok needs a likelihood");
        }
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A hypothesis without a likelihood, with the reason. */
    public static MassHypothesis without(double massGeV, String status, double efficiency,
            double backgroundInSignalRegion, double backgroundInSignalRegionError, Map<String, Object> details) {
        if (OK.equals(status)) {
            throw new IllegalArgumentException("status must say why there is no likelihood");
        }
        return new MassHypothesis(massGeV, status, efficiency, null, null, backgroundInSignalRegion,
                backgroundInSignalRegionError, details);
    }

    public boolean ok() {
        return OK.equals(status);
    }
}
