package org.alpwb.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.execution.ExecutionPlan;
import org.alpwb.api.execution.ExecutionRun;
import org.alpwb.api.execution.TaskExecutor;
import org.alpwb.api.execution.TaskFailedException;
import org.alpwb.api.execution.TaskRunner;
import org.alpwb.api.execution.WorkItem;
import org.alpwb.api.progress.CancelledException;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.StudyListener;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.StudyRunOptions;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskOutcome;
import org.alpwb.api.study.TaskOutcome.Status;

/**
 * A study run through a {@link TaskExecutor}: the engine looks every key up in the cache, hands the
 * uncached tasks to the executor as one plan (so that a batch system sees the dependencies up front), and
 * stores each returned value in the cache as soon as it arrives, from one thread: only the driver writes
 * the cache, and a killed driver keeps everything that came back.
 */
final class PlannedRun {
    private final PluginRegistry registry;
    private final ResultCache cache;

    PlannedRun(PluginRegistry registry, ResultCache cache) {
        this.registry = registry;
        this.cache = cache;
    }

    /** The executor a run uses, empty for the engine's own direct execution; the execution block is checked. */
    static Optional<TaskExecutor> choose(StudyDefinition study, StudyRunOptions options, PluginRegistry registry) {
        Object declared = study.execution().get("executor");
        if (declared != null && !(declared instanceof String)) {
            throw new InvalidInputException(study.source(), "execution.executor", declared, "a string: an executor id");
        }
        String id = !options.executor().isEmpty() ? options.executor() : declared == null ? "" : (String) declared;
        if (id.isEmpty()) {
            if (!study.execution().isEmpty()) {
                throw new InvalidInputException(study.source(), "execution.executor", "(missing)",
                        "an executor id when an execution block is given: "
                                + String.join(", ", registry.serviceIds(TaskExecutor.class)));
            }
            return Optional.empty();
        }
        String field = options.executor().isEmpty() ? "execution.executor" : "--executor";
        TaskExecutor executor = registry.service(TaskExecutor.class, id).orElseThrow(() -> new InvalidInputException(
                options.executor().isEmpty() ? study.source() : "command line", field, id,
                "an installed executor: " + String.join(", ", registry.serviceIds(TaskExecutor.class))));
        executor.validate(settings(study));
        return Optional.of(executor);
    }

    static TaskConfig settings(StudyDefinition study) {
        return new TaskConfig(study.source(), "execution", study.execution());
    }

    StudyResult run(StudyDefinition study, TaskGraph graph, TaskExecutor executor, StudyRunOptions options,
            StudyListener listener) {
        long start = System.nanoTime();
        listener.studyStarted(study.name(), graph.order().size());
        SpecRunner specs = new SpecRunner(registry);
        List<WorkItem> items = new ArrayList<>();
        Map<String, ProgressMonitor> monitors = new ConcurrentHashMap<>();
        for (TaskDefinition task : graph.order()) {
            String key = graph.key(task.name());
            if (cache.contains(key)) {
                continue;
            }
            Map<String, String> inputKeys = new LinkedHashMap<>();
            List<String> after = new ArrayList<>();
            task.inputs().forEach((input, producer) -> {
                inputKeys.put(input, graph.key(producer));
                if (!cache.contains(graph.key(producer)) && !after.contains(producer)) {
                    after.add(producer);
                }
            });
            items.add(new WorkItem(task.name(), task.type(), key, inputKeys, after, specs.spec(study, task, graph)));
            monitors.put(task.name(), new CancellableMonitor(listener.taskStarted(task.name(), task.type(), key),
                    options.cancelled()));
        }
        ExecutionRun run = items.isEmpty() ? null : executor.start(plan(study, options, items, monitors, specs));
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "alpwb-cache-writer");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, TaskOutcome> outcomes = new ConcurrentHashMap<>();
        Map<String, Map<String, Object>> records = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (TaskDefinition task : graph.order()) {
            String key = graph.key(task.name());
            CompletableFuture<byte[]> value = run != null && monitors.containsKey(task.name())
                    ? run.result(task.name()) : null;
            CompletableFuture<Void> finished = value == null
                    ? CompletableFuture.runAsync(() -> outcomes.put(task.name(), cached(task, key, options)), writer)
                    : value.handleAsync((bytes, error) -> {
                        records.put(task.name(), run.record(task.name()));
                        TaskOutcome outcome = computed(task, key, bytes, error, options, start);
                        monitors.get(task.name()).done();
                        outcomes.put(task.name(), outcome);
                        listener.taskFinished(outcome);
                        return null;
                    }, writer);
            done.add(finished);
        }
        Thread cancelWatch = watchCancellation(options.cancelled(), run, done);
        try {
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
        } finally {
            cancelWatch.interrupt();
            writer.shutdown();
            awaitQuietly(writer);
            if (run != null) {
                run.close();
            }
        }
        for (TaskDefinition task : graph.order()) {
            TaskOutcome outcome = outcomes.get(task.name());
            if (outcome.status() == Status.CACHED) {
                listener.taskFinished(outcome);
            }
        }
        List<TaskOutcome> ordered = graph.order().stream().map(t -> outcomes.get(t.name())).toList();
        StudyResult result = new StudyResult(study.name(), options.outputDirectory(), ordered,
                (System.nanoTime() - start) / 1e9);
        Manifest.write(study, result, records);
        return result;
    }

    private ExecutionPlan plan(StudyDefinition study, StudyRunOptions options, List<WorkItem> items,
            Map<String, ProgressMonitor> monitors, TaskRunner runner) {
        TaskConfig settings = settings(study);
        return new ExecutionPlan() {
            @Override
            public String studyName() {
                return study.name();
            }

            @Override
            public Path outputDirectory() {
                return options.outputDirectory();
            }

            @Override
            public TaskConfig settings() {
                return settings;
            }

            @Override
            public List<WorkItem> items() {
                return items;
            }

            @Override
            public Optional<byte[]> cachedValue(String key) {
                return cache.get(key);
            }

            @Override
            public ProgressMonitor monitor(String taskName) {
                return monitors.getOrDefault(taskName, ProgressMonitor.NONE);
            }

            @Override
            public BooleanSupplier cancelled() {
                return options.cancelled();
            }

            @Override
            public int threads() {
                return options.threads();
            }

            @Override
            public TaskRunner runner() {
                return runner;
            }
        };
    }

    private TaskOutcome cached(TaskDefinition task, String key, StudyRunOptions options) {
        long start = System.nanoTime();
        try {
            Optional<byte[]> bytes = cache.get(key);
            if (bytes.isEmpty()) {
                return outcome(task, key, Status.FAILED, start, null, List.of(),
                        "the cache entry disappeared during the run; run again to recompute it");
            }
            Artifact artifact = Artifact.fromBytes(bytes.get());
            return outcome(task, key, Status.CACHED, start, artifact,
                    StudyRunner.OutputFiles.write(options.outputDirectory(), task.name(), artifact), "");
        } catch (Exception e) {
            ErrorLog.append(options.outputDirectory(), task.name(), e);
            return outcome(task, key, Status.FAILED, start, null, List.of(), e.getClass().getSimpleName() + ": "
                    + e.getMessage() + " (stack trace in " + ErrorLog.FILE_NAME + ")");
        }
    }

    private TaskOutcome computed(TaskDefinition task, String key, byte[] bytes, Throwable error,
            StudyRunOptions options, long runStart) {
        long start = runStart;
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TaskFailedException failed) {
            return outcome(task, key, failed.inputFailed() ? Status.SKIPPED : Status.FAILED, start, null, List.of(),
                    failed.getMessage());
        }
        if (cause instanceof CancelledException || cause instanceof java.util.concurrent.CancellationException) {
            return outcome(task, key, Status.SKIPPED, start, null, List.of(), "run cancelled");
        }
        if (cause instanceof InvalidInputException) {
            return outcome(task, key, Status.FAILED, start, null, List.of(), cause.getMessage());
        }
        if (cause != null) {
            ErrorLog.append(options.outputDirectory(), task.name(), cause);
            return outcome(task, key, Status.FAILED, start, null, List.of(), cause.getClass().getSimpleName() + ": "
                    + cause.getMessage() + " (stack trace in " + ErrorLog.FILE_NAME + ")");
        }
        try {
            Artifact artifact = Artifact.fromBytes(bytes);
            cache.put(key, bytes);
            return outcome(task, key, Status.COMPUTED, start, artifact,
                    StudyRunner.OutputFiles.write(options.outputDirectory(), task.name(), artifact), "");
        } catch (Exception e) {
            ErrorLog.append(options.outputDirectory(), task.name(), e);
            return outcome(task, key, Status.FAILED, start, null, List.of(), e.getClass().getSimpleName() + ": "
                    + e.getMessage() + " (stack trace in " + ErrorLog.FILE_NAME + ")");
        }
    }

    private static TaskOutcome outcome(TaskDefinition task, String key, Status status, long start, Artifact artifact,
            List<String> files, String message) {
        return new TaskOutcome(task.name(), task.type(), key, status, (System.nanoTime() - start) / 1e9,
                artifact == null ? "" : artifact.type(), files, message);
    }

    /** Polls the cancellation flag (set by Ctrl-C or a GUI) and tells the executor once. */
    private static Thread watchCancellation(BooleanSupplier cancelled, ExecutionRun run, List<CompletableFuture<Void>> done) {
        Thread watcher = new Thread(() -> {
            try {
                while (!done.stream().allMatch(CompletableFuture::isDone)) {
                    if (cancelled.getAsBoolean()) {
                        if (run != null) {
                            run.cancel();
                        }
                        return;
                    }
                    Thread.sleep(200);
                }
            } catch (InterruptedException finished) {
                // the run is over
            }
        }, "alpwb-cancel-watch");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
