package org.alpwb.api.execution;

/** A work item that could not be computed (after the executor's retries); the message is for the user. */
public class TaskFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean inputFailed;

    public TaskFailedException(String message) {
        this(message, false);
    }

    /** {@code inputFailed}: not run because an item it depends on failed (the engine reports it as skipped). */
    public TaskFailedException(String message, boolean inputFailed) {
        super(message);
        this.inputFailed = inputFailed;
    }

    public boolean inputFailed() {
        return inputFailed;
    }
}
