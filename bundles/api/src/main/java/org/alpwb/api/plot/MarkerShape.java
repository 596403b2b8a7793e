package org.alpwb.api.plot;

/** Marker drawn at each point; {@link #NONE} draws none. */
public enum MarkerShape {
    NONE,
    CIRCLE,
    SQUARE,
    TRIANGLE
}
