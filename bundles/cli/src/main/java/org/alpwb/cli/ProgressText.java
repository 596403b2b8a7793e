package org.alpwb.cli;

import java.util.Locale;

/** Formats progress: percentage, rate and estimated time left. */
final class ProgressText {
    private ProgressText() {
    }

    static String line(String name, long worked, long total, double seconds, String subtask) {
        StringBuilder text = new StringBuilder(name);
        text.append(": ");
        if (total > 0) {
            text.append(String.format(Locale.ROOT, "%3.0f%% ", 100.0 * worked / total));
        }
        text.append(count(worked));
        if (total > 0) {
            text.append('/').append(count(total));
        }
        if (seconds > 0.5 && worked > 0) {
            double rate = worked / seconds;
            text.append(' ').append(count(rate)).append("/s");
            if (total > worked) {
                text.append(" ETA ").append(duration((total - worked) / rate));
            }
        }
        if (subtask != null && !subtask.isEmpty()) {
            text.append(" (").append(subtask).append(')');
        }
        return text.toString();
    }

    static String count(double value) {
        if (value < 1e4) {
            return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2g", value).replace("e+0", "e").replace("e+", "e");
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
