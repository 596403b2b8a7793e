package org.alpwb.plot.internal;

import java.awt.Font;

/** Font sizes in points, shared by both back ends. */
final class Fonts {
    static final String FAMILY = "SansSerif";
    static final float TITLE = 13f;
    static final float LABEL = 12f;
    static final float TICK = 10f;
    static final float LEGEND = 10f;
    static final float NOTE = 10f;

    private Fonts() {
    }

    static Font of(float size) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont(size);
    }
}
