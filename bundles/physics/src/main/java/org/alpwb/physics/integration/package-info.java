/** Multi-channel adaptive (VEGAS + Kleiss-Pittau) integration, unweighting and chunked, thread-count independent event generation. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.alpwb.physics.integration;
