/**
 * One-dimensional shapes with analytic integrals (double-sided Crystal Ball, Chebyshev series,
 * Gaussian, exponential). A {@link org.alpwb.fit.pdf.Shape} binds a parameter vector into a
 * {@link org.alpwb.fit.pdf.BoundShape} that precomputes its constants, so hot loops over events
 * pay only for the evaluation; densities are normalised by the analytic integral on a range.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.alpwb.fit.pdf;
