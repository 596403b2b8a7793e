/** Les Houches Event (LHE v3) files: writer and tolerant reader, round trip with EventBlock. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.alpwb.physics.lhe;
