package org.alpwb.api.plot;

/**
 * One drawable element of a chart. Layers are drawn in list order (the first at the bottom); each
 * named layer gets a legend entry.
 */
public sealed interface Layer permits XYSeries, Band, HistogramSeries, HistogramStack {
}
