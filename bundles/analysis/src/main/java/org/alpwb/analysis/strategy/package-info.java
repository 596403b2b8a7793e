/**
 * Running analysis strategies from a task other than {@code expected-limits} (e.g. a channel combination): the
 * strategy services by id with their cache-key versions ({@link org.alpwb.analysis.strategy.Strategies}, bound
 * through a dynamic DS reference of the task component), the {@link org.alpwb.api.strategy.StrategyInput} of a
 * running task and its reference cross sections ({@link org.alpwb.analysis.strategy.StrategyInputs}), and the
 * chunked parallel mass scan of the limit tasks ({@link org.alpwb.analysis.strategy.MassScan}, since 1.1).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.alpwb.analysis.strategy;
