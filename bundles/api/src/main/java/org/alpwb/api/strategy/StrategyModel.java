package org.alpwb.api.strategy;

import java.util.List;
import java.util.Map;

/**
 * A prepared strategy: answers mass hypotheses in [{@link #lowGeV()}, {@link #highGeV()}]. Immutable and
 * thread-safe: {@link #at} is called concurrently for different masses and must give the same result whatever
 * the order and the thread.
 */
public interface StrategyModel {

    /** Lowest mass hypothesis (GeV) the model answers without extrapolation. */
    double lowGeV();

    /** Highest mass hypothesis (GeV). */
    double highGeV();

    /** What the limit calculation needs at {@code massGeV}; a hypothesis without a model says why in its status. */
    MassHypothesis at(double massGeV);

    /**
     * Efficiency and fusion share after the selection at each generated mass (ascending), for the comparison of
     * strategies; empty if the strategy has no per-mass selection.
     */
    List<SignalPoint> signalPoints();

    /**
     * JSON-ready description of what was prepared (parameters, cut values chosen per mass, training summary,
     * ...), recorded in the limit artifact under {@code strategyModel}. Values: Map, List, String, Number,
     * Boolean or null; maps with a fixed key order (the bytes must be reproducible).
     */
    Map<String, Object> summary();

    /** Files to attach to the limit artifact (relative names, e.g. {@code strategy/cut-per-mass.csv}). */
    default Map<String, byte[]> files() {
        return Map.of();
    }

    /**
     * Signal after the strategy's selection at one generated mass.
     *
     * @param efficiency      selected / generated weight (the efficiency that converts yields to cross sections)
     * @param efficiencyError its 1-sigma error (weighted binomial)
     * @param fusionShare     fusion / (fusion + conversion) weight of the selected signal, NaN without truth
     */
    record SignalPoint(double massGeV, double efficiency, double efficiencyError, double fusionShare) {
    }
}
