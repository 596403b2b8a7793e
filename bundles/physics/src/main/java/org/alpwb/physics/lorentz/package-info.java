/**
 * Lorentz kinematics on flat {@code double[]} four-vectors {@code (E, px, py, pz)} in GeV, metric
 * (+,-,-,-): boosts along an arbitrary axis, rotations, a fixed Levi-Civita convention and
 * cancellation-free invariants for nearly collinear massive particles.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.alpwb.physics.lorentz;
