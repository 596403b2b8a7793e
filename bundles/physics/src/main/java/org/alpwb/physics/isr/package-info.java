/** Collinear initial-state radiation: the Kuraev-Fadin electron structure function convolved over both beams. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.alpwb.physics.isr;
