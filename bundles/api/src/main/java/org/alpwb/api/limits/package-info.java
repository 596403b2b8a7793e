/**
 * Limit setting: likelihood models ({@link org.alpwb.api.limits.LikelihoodModel}) and the
 * {@link org.alpwb.api.limits.LimitCalculator} service contract (ids {@code asymptotic-cls},
 * {@code toys-cls}) with its immutable result records. Conventions: q~_mu test statistic (POI
 * bounded below by 0), CLs = CLs+b / CLb, expected bands at N = -2..+2 sigma, ascending.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.alpwb.api.limits;
