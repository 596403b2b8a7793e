/** Reproducible, splittable random streams: one Commons RNG generator per chunk, seeded from a SeedSequence. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.alpwb.physics.random;
