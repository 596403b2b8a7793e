package org.alpwb.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.alpwb.api.progress.ProgressMonitor;

/**
 * A progress monitor for one long command: on a terminal it redraws one line
 * ({@code name: 45% 1.2e4/s ETA 0:12 (subtask)}) at most every 200 ms; otherwise it prints nothing.
 */
final class ConsoleProgressMonitor implements ProgressMonitor {
    private final PrintStream terminal;
    private final boolean interactive;
    private final AtomicLong worked = new AtomicLong();
    private volatile String name = "";
    private volatile String subtask = "";
    private volatile long total;
    private volatile long startNanos = System.nanoTime();
    private volatile long lastDrawNanos;
    private volatile boolean cancelled;

    ConsoleProgressMonitor(PrintStream terminal, boolean interactive) {
        this.terminal = terminal;
        this.interactive = interactive;
    }

    void cancel() {
        cancelled = true;
    }

    @Override
    public void begin(String taskName, long totalWork) {
        name = taskName;
        total = totalWork;
        worked.set(0);
        startNanos = System.nanoTime();
        draw(true);
    }

    @Override
    public void worked(long steps) {
        worked.addAndGet(steps);
        draw(false);
    }

    @Override
    public void subtask(String text) {
        subtask = text;
        draw(false);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void done() {
        if (interactive) {
            synchronized (terminal) {
                terminal.print("\r" + ProgressText.line(name, worked.get(), total, seconds(), subtask) + "\n");
                terminal.flush();
            }
        }
    }

    private double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void draw(boolean force) {
        if (!interactive) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDrawNanos < 200_000_000L) {
            return;
        }
        lastDrawNanos = now;
        synchronized (terminal) {
            terminal.print("\r\033[K" + ProgressText.line(name, worked.get(), total, seconds(), subtask));
            terminal.flush();
        }
    }
}
