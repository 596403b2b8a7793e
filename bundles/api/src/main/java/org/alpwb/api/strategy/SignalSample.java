package org.alpwb.api.strategy;

import org.alpwb.api.table.ColumnTable;

/**
 * The reconstructed signal at one generated ALP mass and what was generated.
 *
 * @param inputName  the task input it came from, e.g. {@code signal-1.5}
 * @param massGeV    generated ALP mass
 * @param candidates the channel's candidate table (weights in pb in {@code weightPb})
 * @param generated  totals before any selection (the denominator of efficiencies)
 */
public record SignalSample(String inputName, double massGeV, ColumnTable candidates, Generated generated) {

    /**
     * Generated totals: events, sum of weights (pb) and of squared weights (pb^2) for the weighted binomial
     * efficiency error, fusion share at generation (NaN if unknown) and where the numbers come from.
     */
    public record Generated(long events, double weightPb, double weightSquaredPb2, double fusionShare,
            String origin) {
    }
}
