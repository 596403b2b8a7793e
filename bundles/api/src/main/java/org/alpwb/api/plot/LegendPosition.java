package org.alpwb.api.plot;

/** Corner of the plotting area the legend is drawn in, or {@link #NONE} for no legend. */
public enum LegendPosition {
    TOP_RIGHT,
    TOP_LEFT,
    BOTTOM_RIGHT,
    BOTTOM_LEFT,
    NONE
}
