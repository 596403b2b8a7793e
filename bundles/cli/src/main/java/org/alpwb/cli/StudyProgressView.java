package org.alpwb.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.StudyListener;
import org.alpwb.api.study.TaskOutcome;

/**
 * Shows a running study. {@code TERMINAL}: a live line with the study's estimated time left
 * ({@link ProgressText#studyEta}) and the running tasks' progress, rate and ETA,
 * plus one permanent line per finished task. {@code PLAIN}: one line per finished task (logs, CI).
 * {@code JSON}: one JSON object per event on standard output. {@code QUIET}: nothing.
 */
final class StudyProgressView implements StudyListener {
    enum Mode { TERMINAL, PLAIN, JSON, QUIET }

    private final Mode mode;
    private final PrintStream err;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, TaskProgress> running = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger cached = new AtomicInteger();
    private final AtomicInteger computed = new AtomicInteger();
    private final java.util.function.BooleanSupplier cancelled;
    private final long startNanos = System.nanoTime();
    private volatile int taskCount;
    private volatile long lastDrawNanos;

    StudyProgressView(Mode mode, PrintStream out, PrintStream err) {
        this(mode, out, err, () -> false);
    }

    /** {@code cancelled}: once true, the tasks skipped because of the cancellation are not listed one by one. */
    StudyProgressView(Mode mode, PrintStream out, PrintStream err, java.util.function.BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        this.mode = mode;
        this.out = out;
        this.err = err;
    }

    @Override
    public void studyStarted(String studyName, int count) {
        taskCount = count;
        event(Map.of("event", "study-started", "study", studyName, "tasks", count));
        if (mode == Mode.TERMINAL || mode == Mode.PLAIN) {
            err.println("study " + studyName + ": " + count + " tasks");
        }
    }

    @Override
    public ProgressMonitor taskStarted(String taskName, String taskType, String taskKey) {
        TaskProgress progress = new TaskProgress(taskName);
        running.put(taskName, progress);
        event(Map.of("event", "task-started", "task", taskName, "type", taskType, "key", taskKey));
        return progress;
    }

    @Override
    public void taskFinished(TaskOutcome outcome) {
        running.remove(outcome.taskName());
        int done = finished.incrementAndGet();
        if (outcome.status() == TaskOutcome.Status.COMPUTED) {
            computed.incrementAndGet();
        } else if (outcome.status() != TaskOutcome.Status.FAILED) {
            cached.incrementAndGet(); // cached, or skipped: costs nothing more
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("event", "task-finished");
        fields.put("task", outcome.taskName());
        fields.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        fields.put("seconds", outcome.seconds());
        if (!outcome.message().isEmpty()) {
            fields.put("message", outcome.message());
        }
        event(fields);
        if ((mode == Mode.TERMINAL || mode == Mode.PLAIN)
                && !(outcome.status() == TaskOutcome.Status.SKIPPED && cancelled.getAsBoolean())) {
            String line = String.format(Locale.ROOT, "[%d/%d] %-9s %s (%.1f s)%s", done, taskCount,
                    outcome.status().name().toLowerCase(Locale.ROOT), outcome.taskName(), outcome.seconds(),
                    outcome.message().isEmpty() ? "" : ": " + outcome.message());
            synchronized (err) {
                err.print(mode == Mode.TERMINAL ? "\r\033[K" + line + "\n" : line + "\n");
                err.flush();
            }
            draw(true);
        }
    }

    private void event(Map<String, Object> fields) {
        if (mode != Mode.JSON) {
            return;
        }
        try {
            synchronized (out) {
                out.println(json.writeValueAsString(fields));
                out.flush();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void draw(boolean force) {
        if (mode != Mode.TERMINAL) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastDrawNanos < 250_000_000L) {
            return;
        }
        lastDrawNanos = now;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%d/%d", finished.get(), taskCount));
        double runningFractions = running.values().stream().mapToDouble(TaskProgress::fraction).sum();
        String eta = ProgressText.studyEta((now - startNanos) / 1e9, taskCount, cached.get(), computed.get(),
                runningFractions);
        line.append(eta.isEmpty() ? "" : " " + eta).append(']');
        for (TaskProgress task : running.values()) {
            line.append(" | ").append(task.text());
        }
        String text = line.length() > 180 ? line.substring(0, 177) + "..." : line.toString();
        synchronized (err) {
            err.print("\r\033[K" + text);
            err.flush();
        }
    }

    /** Progress of one running task. */
    private final class TaskProgress implements ProgressMonitor {
        private final String taskName;
        private final AtomicLong worked = new AtomicLong();
        private final long startNanos = System.nanoTime();
        private volatile long total;
        private volatile String subtask = "";

        TaskProgress(String taskName) {
            this.taskName = taskName;
        }

        double fraction() {
            long t = total;
            return t > 0 ? Math.min(1, (double) worked.get() / t) : 0;
        }

        String text() {
            return ProgressText.line(taskName, worked.get(), total, (System.nanoTime() - startNanos) / 1e9, subtask);
        }

        @Override
        public void begin(String name, long totalWork) {
            total = totalWork;
            worked.set(0);
            draw(false);
        }

        @Override
        public void worked(long steps) {
            worked.addAndGet(steps);
            draw(false);
        }

        @Override
        public void subtask(String name) {
            subtask = name;
            draw(false);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public void done() {
            draw(false);
        }
    }
}
