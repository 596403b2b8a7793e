package org.alpwb.api.plot;

/** Axis scale. On {@link #LOG} axes every plotted value must be positive. */
public enum AxisScale {
    LINEAR,
    LOG
}
