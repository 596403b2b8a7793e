/** Phase-space generators: invertible channels returning momenta plus the phase-space weight, for multi-channel integration. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.alpwb.physics.phasespace;
