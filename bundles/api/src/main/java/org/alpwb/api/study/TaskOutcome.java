package org.alpwb.api.study;

import java.util.List;

/**
 * What happened to one task. {@code message} explains a failure or skip (empty otherwise);
 * {@code files} are paths relative to the output directory.
 */
public record TaskOutcome(String taskName, String taskType, String taskKey, Status status, double seconds,
        String artifactType, List<String> files, String message) {

    public enum Status {
        /** Computed in this run and stored in the cache. */
        COMPUTED,
        /** Taken from the cache. */
        CACHED,
        /** The task threw; see message. */
        FAILED,
        /** Not run because an input failed or the run was cancelled. */
        SKIPPED
    }

    public TaskOutcome {
        files = List.copyOf(files);
        message = message == null ? "" : message;
        artifactType = artifactType == null ? "" : artifactType;
    }
}
