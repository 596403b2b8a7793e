/** Conversion of cross-section limits into coupling limits, and luminosity projections. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.alpwb.limits.coupling;
