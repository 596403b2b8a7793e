/**
 * Physics channels: a {@link org.alpwb.api.channel.Channel} service (property
 * {@code alpwb.kind=channel}) turns reconstructed events ({@link org.alpwb.api.detector.RecoBlock}, with
 * the generator {@link org.alpwb.api.event.EventBlock} for truth) into a candidate table with one row
 * per selected candidate, and declares its classifier features, named selections, scan variable and
 * excluded mass regions. Selections report {@link org.alpwb.api.channel.CutFlow}s.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.channel;
