package org.alpwb.api.execution;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A started plan. */
public interface ExecutionRun {

    /**
     * Completes with the artifact value ({@code Artifact.toBytes()}) of the item, already checked against
     * its key and checksum, or exceptionally with a {@link TaskFailedException} whose message says why.
     */
    CompletableFuture<byte[]> result(String taskName);

    /** What the study manifest records about the item (e.g. {@code jobId}, {@code attempts}); may be empty. */
    Map<String, Object> record(String taskName);

    /** Stops everything still queued or running (e.g. {@code scancel}) and returns when it is gone. */
    void cancel();

    /**
     * Called by the engine once every result has been handled: returns when the executor has released what it
     * holds (its thread, staging files, jobs left waiting on a failed input).
     */
    default void close() {
    }
}
