/**
 * Analysis strategies as plugins (service kind {@code strategy}). A {@link org.alpwb.api.strategy.Strategy}
 * turns a channel's reconstructed signal samples (one per generated ALP mass) and background samples into
 * a {@link org.alpwb.api.strategy.StrategyModel}: what the limit calculation needs at any mass hypothesis
 * ({@link org.alpwb.api.strategy.MassHypothesis}: a likelihood whose parameter of interest is the number of
 * selected signal events at the nominal luminosity, the signal efficiency and the expected background).
 *
 * <p>Data flow: the generic task {@code expected-limits} (bundle analysis) finds the strategy by the id in its
 * config field {@code strategy}, resolves the config object {@code parameters} against
 * {@link org.alpwb.api.strategy.Strategy#parameters()}, calls {@code prepare} once and {@code at(m)} for every
 * scanned mass (in parallel), and converts the limits on the signal yield into limits on the cross section
 * (sigma = N / (efficiency x L)) and on the coupling. Strategies that select candidates and fit the peak of the
 * channel's scan variable (cuts, a classifier score cut) also expose their {@link
 * org.alpwb.api.strategy.CandidateSelection}: the shared task {@code signal-model} then fits the signal shape
 * of the selected signal per generated mass, and the shared window analysis of bundle analysis (package
 * {@code org.alpwb.analysis.window}) builds window-fit or counting likelihoods from it. Strategies with their
 * own likelihood (e.g. a multi-bin HistFactory model per mass hypothesis) implement {@code prepare} alone.
 *
 * <p>Units: masses in GeV, weights and cross sections in pb, luminosities in fb^-1 (pb^-1 = 1000 fb^-1 where
 * stated), expected events at the study's nominal luminosity.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.strategy;
