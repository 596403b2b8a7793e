/**
 * Chart specifications and the {@link org.alpwb.api.plot.PlotService} that renders them.
 * <p>
 * A {@link org.alpwb.api.plot.ChartSpec} is an immutable description of a publication-style chart
 * (XY series with error bars, filled bands such as the expected-limit "Brazil" band, step
 * histograms, stacked histograms, shaded vertical regions, text annotations, linear or logarithmic
 * axes). It carries numbers only and does not depend on any charting library.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.alpwb.api.plot;
