package org.alpwb.workbench.internal;

import java.util.concurrent.atomic.AtomicLong;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.TaskOutcome;
import org.alpwb.api.ui.TaskState;
import org.alpwb.api.ui.TaskState.Status;

/**
 * The live state of one task, written by the study's worker threads and read by the event thread when the
 * session flushes (about ten times a second), so workers never wait for the user interface.
 */
final class TaskProgress implements ProgressMonitor {
    private final String name;
    private final String type;
    private final String key;
    private final Runnable changed;
    private final java.util.function.BooleanSupplier cancelled;
    private final AtomicLong worked = new AtomicLong();
    private volatile Status status;
    private volatile long totalWork;
    private volatile long startNanos;
    private volatile double seconds;
    private volatile String subtask = "";
    private volatile String message = "";

    TaskProgress(String name, String type, String key, boolean cached, Runnable changed,
            java.util.function.BooleanSupplier cancelled) {
        this.name = name;
        this.type = type;
        this.key = key;
        this.status = cached ? Status.CACHED : Status.PENDING;
        this.changed = changed;
        this.cancelled = cancelled;
    }

    void started() {
        startNanos = System.nanoTime();
        worked.set(0);
        totalWork = 0;
        status = Status.RUNNING;
        changed.run();
    }

    void finished(TaskOutcome outcome) {
        seconds = outcome.seconds();
        message = outcome.message();
        status = switch (outcome.status()) {
            case COMPUTED -> Status.COMPUTED;
            case CACHED -> Status.CACHED;
            case FAILED -> Status.FAILED;
            case SKIPPED -> Status.SKIPPED;
        };
        changed.run();
    }

    TaskState state() {
        Status now = status;
        double elapsed = now == Status.RUNNING ? (System.nanoTime() - startNanos) * 1e-9 : seconds;
        long done = worked.get();
        long total = totalWork;
        double fraction = now == Status.RUNNING ? (total > 0 ? Math.min(1.0, (double) done / total) : -1)
                : (now == Status.COMPUTED || now == Status.CACHED ? 1.0 : 0.0);
        double rate = now == Status.RUNNING && elapsed > 0.5 && done > 0 ? done / elapsed : 0;
        double eta = rate > 0 && total > done ? (total - done) / rate : -1;
        return new TaskState(name, type, key, now, elapsed, fraction, rate, eta, subtask, message);
    }

    @Override
    public void begin(String workName, long total) {
        totalWork = total;
        worked.set(0);
        subtask = workName == null ? "" : workName;
        changed.run();
    }

    @Override
    public void worked(long steps) {
        worked.addAndGet(steps);
        changed.run();
    }

    @Override
    public void subtask(String text) {
        subtask = text == null ? "" : text;
        changed.run();
    }

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    @Override
    public void done() {
        changed.run();
    }
}
