package org.alpwb.api.report;

import java.util.List;

/**
 * Contributes sections to the study report; registered with {@code alpwb.kind=report-section} and {@code alpwb.id}.
 * Thread-safe; deterministic (the report's bytes must be reproducible).
 *
 * <p>Errors: an {@link org.alpwb.api.InvalidInputException} (malformed input payload, bad configuration) fails the
 * report; any other exception is shown in the report as a section "failed: reason" of this contributor, and the
 * other sections are still produced.
 */
public interface ReportContributor {

    /** Whether the contributor is asked once for the study or once per strategy. */
    enum Scope {
        STUDY, STRATEGY
    }

    Scope scope();

    /**
     * Position among the sections of its scope, lower first. Study sections of the workbench: headline 0,
     * configuration 100, samples 200, cut flows 300, background spectra 400, signal decomposition 500, comparison
     * 600, results 900, inputs 1000; strategy sections: signal model 100, limits 200; a strategy's own 300+.
     */
    int order();

    /**
     * The sections for {@code context}: for {@link Scope#STRATEGY}, {@code context.strategy()} is the strategy this
     * call is for. Return an empty list when there is nothing to show (e.g. the inputs this contributor reads are
     * not in the study, or the strategy is not one it knows).
     */
    List<ReportSection> sections(ReportContext context) throws Exception;
}
