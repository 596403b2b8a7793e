package org.alpwb.workbench.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.PlannedTask;
import org.alpwb.api.study.StudyEngine;
import org.alpwb.api.study.StudyListener;
import org.alpwb.api.study.StudyPlan;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.StudyRunOptions;
import org.alpwb.api.study.TaskOutcome;
import org.alpwb.api.ui.StudySession;
import org.alpwb.api.ui.StudySessionListener;
import org.alpwb.api.ui.StudySessionListener.Change;
import org.alpwb.api.ui.TaskState;

/**
 * The study session of the window: plans and runs studies with the framework's own {@link StudyEngine} on its
 * own {@link ResultCache} (the same ones {@code alpwb run} uses, in this process), so a run from the window
 * gives the same bytes as the command line. Workers only record what happened; a 100 ms Swing timer turns the
 * accumulated changes into one listener call, so a task reporting thousands of steps a second costs the event
 * thread at most ten updates a second.
 */
final class DefaultStudySession implements StudySession {
    static final int FLUSH_MILLIS = 100;
    private final StudyEngine engine;
    private final ResultCache cache;
    private final ConsoleLog log;
    private final Path workingDirectory;
    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "alpwb-gui-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final List<StudySessionListener> listeners = new ArrayList<>();
    private final Set<Change> pending = EnumSet.noneOf(Change.class);
    private final Map<String, TaskProgress> progress = new ConcurrentHashMap<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger planGeneration = new AtomicInteger();
    private final Timer flush;
    // event-thread state
    private Path studyFile;
    private Map<String, Object> overrides = Map.of();
    private StudyPlan plan;
    private String problem;
    private String selected;
    private boolean running;
    private Path outputDirectory;

    DefaultStudySession(StudyEngine engine, ResultCache cache, ConsoleLog log, Path workingDirectory) {
        this.engine = engine;
        this.cache = cache;
        this.log = log;
        this.workingDirectory = workingDirectory;
        this.flush = new Timer(FLUSH_MILLIS, event -> deliver());
        flush.start();
    }

    void close() {
        flush.stop();
        cancel();
        background.shutdownNow();
    }

    /** Sets the output directory of runs (null: the command line's default, alpwb-out/STUDY). */
    void setOutputDirectory(Path directory) {
        outputDirectory = directory;
    }

    private void mark(Change change) {
        synchronized (pending) {
            pending.add(change);
        }
    }

    private void deliver() {
        Set<Change> changes;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            changes = EnumSet.copyOf(pending);
            pending.clear();
        }
        for (StudySessionListener listener : List.copyOf(listeners)) {
            try {
                listener.changed(changes);
            } catch (RuntimeException e) {
                log.log("a view failed to update: " + e);
            }
        }
    }

    @Override
    public Optional<Path> studyFile() {
        return Optional.ofNullable(studyFile);
    }

    @Override
    public void open(Path file) {
        Path opened = file.toAbsolutePath().normalize();
        if (!opened.equals(studyFile)) {
            selected = null; // the same file again (saved from the editor) keeps the selection
        }
        studyFile = opened;
        log.log("study " + studyFile);
        replan();
        mark(Change.SELECTION);
    }

    @Override
    public Map<String, Object> overrides() {
        return overrides;
    }

    @Override
    public void setOverrides(Map<String, Object> newOverrides) {
        overrides = Map.copyOf(newOverrides);
        replan();
    }

    /** Plans the study file in the background, then asks the cache which tasks are already done. */
    void replan() {
        if (studyFile == null) {
            return;
        }
        int generation = planGeneration.incrementAndGet();
        Path file = studyFile;
        Map<String, Object> settings = overrides;
        background.execute(() -> {
            StudyPlan newPlan = null;
            String newProblem = null;
            Map<String, Boolean> cached = new LinkedHashMap<>();
            try {
                newPlan = engine.plan(file, Files.readString(file), settings);
                for (PlannedTask task : newPlan.tasks()) {
                    cached.put(task.name(), cache.contains(task.key()));
                }
            } catch (InvalidInputException e) {
                newProblem = e.getMessage();
            } catch (Exception e) {
                newProblem = file + ": " + e;
            }
            StudyPlan planned = newPlan;
            String why = newProblem;
            SwingUtilities.invokeLater(() -> {
                if (generation != planGeneration.get() || running) {
                    return;
                }
                plan = planned;
                problem = why;
                progress.clear();
                if (planned != null) {
                    for (PlannedTask task : planned.tasks()) {
                        progress.put(task.name(), new TaskProgress(task.name(), task.type(), task.key(),
                                cached.get(task.name()), () -> mark(Change.TASKS), cancelled::get));
                    }
                    long done = cached.values().stream().filter(b -> b).count();
                    log.log(String.format(Locale.ROOT, "planned %s: %d tasks, %d in the cache", planned.studyName(),
                            planned.tasks().size(), done));
                } else {
                    log.log(why);
                }
                mark(Change.PLAN);
                mark(Change.TASKS);
            });
        });
    }

    @Override
    public Optional<StudyPlan> plan() {
        return Optional.ofNullable(plan);
    }

    @Override
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public List<TaskState> tasks() {
        List<TaskState> states = new ArrayList<>();
        if (plan != null) {
            for (PlannedTask task : plan.tasks()) {
                TaskProgress live = progress.get(task.name());
                if (live != null) {
                    states.add(live.state());
                }
            }
        }
        return states;
    }

    @Override
    public Optional<TaskState> task(String name) {
        TaskProgress live = progress.get(name);
        return live == null ? Optional.empty() : Optional.of(live.state());
    }

    @Override
    public Optional<String> selectedTask() {
        return Optional.ofNullable(selected);
    }

    @Override
    public void select(String taskName) {
        if (!java.util.Objects.equals(selected, taskName)) {
            selected = taskName;
            mark(Change.SELECTION);
        }
    }

    @Override
    public Path outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory;
        }
        String name = studyFile == null ? "study" : studyFile.getFileName().toString().replaceFirst("\\.json$", "");
        return workingDirectory.resolve("alpwb-out").resolve(name);
    }

    @Override
    public boolean running() {
        return running;
    }

    @Override
    public CompletableFuture<StudyResult> run() {
        if (studyFile == null || running) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    studyFile == null ? "no study is open" : "a run is in progress"));
        }
        running = true;
        cancelled.set(false);
        mark(Change.RUN);
        Path file = studyFile;
        Map<String, Object> settings = overrides;
        Path out = outputDirectory();
        int threads = Runtime.getRuntime().availableProcessors();
        log.log("run " + file.getFileName() + (settings.isEmpty() ? "" : " with " + settings) + " -> " + out);
        CompletableFuture<StudyResult> result = new CompletableFuture<>();
        background.execute(() -> {
            try {
                StudyResult done = engine.run(file, new StudyRunOptions(out, threads, settings, cancelled::get),
                        new SessionListener());
                log.log(String.format(Locale.ROOT, "study %s: %d tasks (%d computed, %d cached, %d failed, %d skipped)"
                        + " in %.1f s", done.studyName(), done.tasks().size(), done.count(TaskOutcome.Status.COMPUTED),
                        done.count(TaskOutcome.Status.CACHED), done.count(TaskOutcome.Status.FAILED),
                        done.count(TaskOutcome.Status.SKIPPED), done.seconds()));
                result.complete(done);
            } catch (RuntimeException e) {
                log.log("run failed: " + e.getMessage());
                result.completeExceptionally(e);
            } finally {
                SwingUtilities.invokeLater(() -> {
                    running = false;
                    mark(Change.RUN);
                    mark(Change.TASKS);
                });
            }
        });
        return result;
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true) && running) {
            log.log("cancel requested: running tasks stop at their next check");
        }
    }

    @Override
    public CompletableFuture<Optional<Artifact>> artifact(String taskName) {
        PlannedTask task = plan == null ? null : plan.task(taskName);
        if (task == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        String key = task.key();
        return CompletableFuture.supplyAsync(() -> cache.get(key).map(Artifact::fromBytes), background);
    }

    @Override
    public ExecutorService background() {
        return background;
    }

    @Override
    public void addListener(StudySessionListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(StudySessionListener listener) {
        listeners.remove(listener);
    }

    int listenerCount() {
        return listeners.size();
    }

    /** Study events from the engine's worker threads: recorded, delivered by the flush timer. */
    private final class SessionListener implements StudyListener {
        @Override
        public void studyStarted(String studyName, int taskCount) {
            log.log("study " + studyName + " started: " + taskCount + " tasks");
        }

        @Override
        public ProgressMonitor taskStarted(String taskName, String taskType, String taskKey) {
            TaskProgress live = progress.get(taskName);
            if (live == null) { // planned before the file changed on disk: track it anyway
                live = new TaskProgress(taskName, taskType, taskKey, false, () -> mark(Change.TASKS), cancelled::get);
                progress.put(taskName, live);
            }
            live.started();
            return live;
        }

        @Override
        public void taskFinished(TaskOutcome outcome) {
            TaskProgress live = progress.get(outcome.taskName());
            if (live != null) {
                live.finished(outcome);
            }
            if (outcome.status() != TaskOutcome.Status.CACHED) {
                log.log(String.format(Locale.ROOT, "%s %s (%.1f s)%s", outcome.taskName(),
                        outcome.status().name().toLowerCase(Locale.ROOT), outcome.seconds(),
                        outcome.message().isEmpty() ? "" : ": " + outcome.message()));
            }
        }
    }
}
