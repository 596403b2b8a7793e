package org.alpwb.api.ui;

import java.util.Locale;

/** Where a view goes in a default layout (the value of the service property {@code alpwb.view.area}). */
public enum ViewArea {
    NAVIGATOR, EDITOR, BOTTOM, RIGHT;

    /** The property value, e.g. {@code navigator}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a property value; unknown or missing values mean {@link #EDITOR}. */
    public static ViewArea of(Object value) {
        for (ViewArea area : values()) {
            if (area.id().equals(value)) {
                return area;
            }
        }
        return EDITOR;
    }
}
