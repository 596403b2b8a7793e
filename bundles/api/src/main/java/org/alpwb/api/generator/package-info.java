/**
 * Event generator contract: {@link org.alpwb.api.generator.EventGenerator} services (property
 * {@code alpwb.kind=generator}, {@code alpwb.id} = the process id, e.g. {@code alp-fusion}) compute
 * cross sections with Monte Carlo errors for a {@link org.alpwb.api.generator.ProcessRequest} and
 * stream weighted or unweighted events as {@link org.alpwb.api.event.EventBlock}s (weights in pb,
 * summing to the cross section within the requested generator-level cuts).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.generator;
