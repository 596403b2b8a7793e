package org.alpwb.study;

import java.util.function.BooleanSupplier;
import org.alpwb.api.progress.ProgressMonitor;

/** Forwards to the listener's monitor and adds the run's cancellation flag. */
final class CancellableMonitor implements ProgressMonitor {
    private final ProgressMonitor delegate;
    private final BooleanSupplier cancelled;

    CancellableMonitor(ProgressMonitor delegate, BooleanSupplier cancelled) {
        this.delegate = delegate == null ? ProgressMonitor.NONE : delegate;
        this.cancelled = cancelled;
    }

    @Override
    public void begin(String name, long totalWork) {
        delegate.begin(name, totalWork);
    }

    @Override
    public void worked(long steps) {
        delegate.worked(steps);
    }

    @Override
    public void subtask(String name) {
        delegate.subtask(name);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean() || delegate.isCancelled();
    }

    @Override
    public void done() {
        delegate.done();
    }
}
