package org.alpwb.study.ui.internal;

import java.util.Locale;

/** Short human-readable numbers for the study views. */
final class Formats {
    private Formats() {
    }

    static String seconds(double seconds) {
        if (seconds <= 0) {
            return "";
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    static String rate(double perSecond) {
        if (perSecond <= 0) {
            return "";
        }
        return (perSecond < 1e4 ? String.format(Locale.ROOT, "%.1f", perSecond)
                : String.format(Locale.ROOT, "%.3g", perSecond)) + " /s";
    }

    static String shortKey(String key) {
        return key == null || key.length() < 12 ? String.valueOf(key) : key.substring(0, 12);
    }
}
