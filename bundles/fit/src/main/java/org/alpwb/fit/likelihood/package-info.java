/**
 * Maximum-likelihood fits: unbinned and binned (Poisson) negative log-likelihoods of shapes and
 * extended sums of shapes, optionally blind in a window, with weighted events; the fit driver
 * with the sum-of-weights-squared covariance correction and a binned chi2 goodness of fit.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.alpwb.fit.likelihood;
