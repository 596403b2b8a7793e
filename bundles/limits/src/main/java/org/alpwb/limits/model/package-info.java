/**
 * Likelihood models implementing {@link org.alpwb.api.limits.LikelihoodModel}: the binned
 * HistFactory model compiled from a pyhf workspace, and the thesis' signal-plus-background model in
 * a mass window.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.alpwb.limits.model;
