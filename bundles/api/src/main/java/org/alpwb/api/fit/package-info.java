/**
 * Fitting services: signal shape fits ({@link org.alpwb.api.fit.ShapeFitter}), background fits
 * with an optional blinded window ({@link org.alpwb.api.fit.BackgroundModel}) and smooth
 * interpolation of fitted quantities over the mass hypothesis ({@link org.alpwb.api.fit.Interpolator}).
 * Results are immutable records holding numbers only; the services that produced them evaluate them.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.alpwb.api.fit;
