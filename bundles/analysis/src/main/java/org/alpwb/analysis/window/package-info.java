/**
 * The shared window analysis for strategies that select candidates and fit the peak of the channel's scan
 * variable (thesis ch. 8): {@link org.alpwb.analysis.window.WindowAnalysis#prepare} turns a strategy's
 * {@link org.alpwb.api.strategy.CandidateSelection} and the signal model fitted after it (input {@code model} of
 * type {@code alpwb/signal-model}, task {@code signal-model}) into a {@link org.alpwb.api.strategy.StrategyModel}
 * whose hypotheses are the thesis window likelihood (DSCB + Chebyshev background, background yield free) or a
 * one-bin counting experiment in the selection's counting window. Settings come from the running
 * {@code expected-limits} task's configuration (windowSigma, blindSigma, binsPerSigma, gridCells, backgroundModel,
 * backgroundOrder, method, minSidebandRows, shapeFitter, interpolator; see the bundle README).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.analysis.window;
