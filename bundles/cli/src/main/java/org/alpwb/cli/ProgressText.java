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

    /**
     * The study's progress and time left, counting every task to be computed as one unit of work (tasks served
     * from the cache cost nothing and are left out): {@code fraction = (computed + sum of the running tasks'
     * fractions) / (tasks - cached)}, time left = elapsed x (1 - fraction) / fraction. Empty until something is
     * known (under 2 % done or under 2 s elapsed). Tasks differ in cost, so this is an estimate that sharpens as
     * the run goes on; the text says "~".
     */
    static String studyEta(double elapsedSeconds, int tasks, int cached, int computed, double runningFractions) {
        int toCompute = tasks - cached;
        if (toCompute <= 0) {
            return "";
        }
        double fraction = Math.min(1, (computed + runningFractions) / toCompute);
        if (fraction < 0.02 || elapsedSeconds < 2 || fraction >= 1) {
            return "";
        }
        return String.format(Locale.ROOT, "study ~%.0f%% ETA ~%s", 100 * fraction,
                duration(elapsedSeconds * (1 - fraction) / fraction));
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
