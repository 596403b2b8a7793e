/** Tree-level helicity amplitudes and squared matrix elements (library API of the physics bundle). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.alpwb.physics.amplitude;
