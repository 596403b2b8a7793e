/**
 * Detector simulation contracts and the reconstructed-object data model.
 *
 * <p>A {@link org.alpwb.api.detector.DetectorModel} turns a generator-level
 * {@link org.alpwb.api.event.EventBlock} (centre-of-mass frame, symmetric beams) into a
 * {@link org.alpwb.api.detector.RecoBlock} of tracks and calorimeter clusters in the laboratory
 * frame. Conventions for everything in this package:
 * <ul>
 * <li>frame: laboratory, z along the electron beam ("forward"), y up, x completing a right-handed
 * system; the origin is the nominal interaction point;</li>
 * <li>units: GeV for energies and momenta, cm for lengths (as basf2), ns for times, rad for angles,
 * pb for event weights (copied from the generator);</li>
 * <li>truth links: zero-based index of the generated particle within its source event (the same
 * convention as {@link org.alpwb.api.event.Particle#mother1()}), or -1 for objects with no
 * generated ancestor (beam background).</li>
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.detector;
