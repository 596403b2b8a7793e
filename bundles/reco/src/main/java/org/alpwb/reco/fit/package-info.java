/**
 * Constrained kinematic fitting and vertex fitting for reconstructed e+e- collision events.
 *
 * <p>{@link org.alpwb.reco.fit.ConstrainedFitter} is a generic least-squares fitter with Lagrange
 * multipliers (measured and unmeasured parameters, Newton iterations on the linearised constraints,
 * chi-square, pulls, convergence flag), following the formulation of P. Avery, "Applied Fitting
 * Theory VI: Formulas for Kinematic Fitting" (CBX 98-37), which is also the design of OrcaKinFit
 * used by Belle II. {@link org.alpwb.reco.fit.KinematicFit4C} applies it to a four-momentum
 * constraint (all final-state particles sum to the beam four-momentum);
 * {@link org.alpwb.reco.fit.VertexFit} fits two helices to a common vertex. Units: GeV, cm, rad.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.alpwb.reco.fit;
