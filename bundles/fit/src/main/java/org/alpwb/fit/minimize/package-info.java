/**
 * A MIGRAD-like function minimiser: variable-metric (BFGS) descent on internally transformed
 * bounded parameters with numerical gradients, a HESSE-like numerical Hessian for the covariance
 * and MINOS-like asymmetric errors by profile scan. The objective is any function to be
 * minimised; its "error definition" says how it relates to likelihoods: 0.5 for a negative
 * log-likelihood (NLL), 1 for a chi2 or -2 ln L.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.alpwb.fit.minimize;
