/**
 * Generator-level physics objects: four-momenta, particles, events, columnar event blocks and
 * samples with their cross section. Units: GeV for energies and momenta, pb for cross sections.
 * Event weights are in pb: the sum of the weights of a sample estimates its cross section, so the
 * expected yield of a selection at luminosity L (pb^-1) is L times the sum of selected weights.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.event;
