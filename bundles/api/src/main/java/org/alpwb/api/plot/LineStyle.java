package org.alpwb.api.plot;

/** How a line is stroked; {@link #NONE} draws no line (markers only). */
public enum LineStyle {
    SOLID,
    DASHED,
    DOTTED,
    NONE
}
