package org.alpwb.api.ui;

/**
 * What the workbench knows about one task of the open study. {@code fraction} is in [0, 1] or negative if
 * unknown; {@code ratePerSecond} in the task's own work units; {@code etaSeconds} negative if unknown.
 */
public record TaskState(String name, String type, String key, Status status, double seconds, double fraction,
        double ratePerSecond, double etaSeconds, String subtask, String message) {

    public enum Status {
        /** Not in the cache and not run yet. */
        PENDING,
        /** Computing now. */
        RUNNING,
        /** Its result is in the cache (found before or during a run). */
        CACHED,
        /** Computed in this session's last run. */
        COMPUTED,
        FAILED,
        SKIPPED
    }

    public TaskState {
        subtask = subtask == null ? "" : subtask;
        message = message == null ? "" : message;
    }
}
