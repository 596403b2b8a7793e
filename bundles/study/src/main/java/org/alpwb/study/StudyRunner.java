package org.alpwb.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.alpwb.api.EnvironmentException;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.progress.CancelledException;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.StudyListener;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.StudyRunOptions;
import org.alpwb.api.study.TaskOutcome;
import org.alpwb.api.study.TaskOutcome.Status;

/**
 * Executes a task graph: each task waits for its inputs, asks the cache, computes on a miss and
 * stores the artifact (one committed cache entry per task, so a killed run resumes where it stopped),
 * then writes the artifact's files under {@code <out>/<task name>/}. Independent tasks run in
 * parallel on {@code threads} workers; tasks get a separate pool of the same size for their own
 * data-parallel work, so a task waiting on its chunks never starves the scheduler.
 */
final class StudyRunner {
    private final PluginRegistry registry;
    private final ResultCache cache;

    StudyRunner(PluginRegistry registry, ResultCache cache) {
        this.registry = registry;
        this.cache = cache;
    }

    StudyResult run(StudyDefinition study, StudyRunOptions options, StudyListener listener) {
        TaskGraph graph = TaskGraph.build(study, registry);
        new StudyValidator(registry).validate(study, graph);
        // the cache is opened (and locked) before any task starts: a cache in use by another process is one
        // EnvironmentException here, not one failure per task and a failed manifest
        graph.order().stream().findFirst().ifPresent(first -> cache.contains(graph.key(first.name())));
        prepareOutputDirectory(options.outputDirectory());
        long start = System.nanoTime();
        listener.studyStarted(study.name(), graph.order().size());
        ExecutorService scheduler = Executors.newFixedThreadPool(options.threads(), daemonThreads("alpwb-task"));
        ForkJoinPool dataPool = new ForkJoinPool(options.threads());
        Map<String, CompletableFuture<Optional<Artifact>>> results = new ConcurrentHashMap<>();
        Map<String, TaskOutcome> outcomes = new ConcurrentHashMap<>();
        try {
            for (TaskDefinition task : graph.order()) {
                List<CompletableFuture<Optional<Artifact>>> inputs = task.inputs().values().stream()
                        .map(results::get).toList();
                CompletableFuture<Optional<Artifact>> result = CompletableFuture
                        .allOf(inputs.toArray(CompletableFuture[]::new))
                        .thenApplyAsync(ignored -> {
                            TaskExecution execution = new TaskExecution(study, task, graph.key(task.name()), options,
                                    listener, dataPool);
                            TaskOutcome outcome = execution.run(collectInputs(task, results, outcomes));
                            outcomes.put(task.name(), outcome);
                            listener.taskFinished(outcome);
                            return execution.artifact();
                        }, scheduler);
                results.put(task.name(), result);
            }
            CompletableFuture.allOf(results.values().toArray(CompletableFuture[]::new)).join();
        } finally {
            scheduler.shutdownNow();
            dataPool.shutdownNow();
            awaitQuietly(scheduler);
        }
        List<TaskOutcome> ordered = graph.order().stream().map(t -> outcomes.get(t.name())).toList();
        StudyResult result = new StudyResult(study.name(), options.outputDirectory(), ordered,
                (System.nanoTime() - start) / 1e9);
        Manifest.write(study, result);
        return result;
    }

    /** Inputs by name and the inputs whose producer failed or was skipped, with its message. */
    record Collected(Map<String, Artifact> inputs, Map<String, String> failed) {
    }

    private static Collected collectInputs(TaskDefinition task,
            Map<String, CompletableFuture<Optional<Artifact>>> results, Map<String, TaskOutcome> outcomes) {
        Map<String, Artifact> inputs = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (Map.Entry<String, String> input : task.inputs().entrySet()) {
            Optional<Artifact> artifact = results.get(input.getValue()).join();
            if (artifact.isEmpty()) {
                TaskOutcome producer = outcomes.get(input.getValue());
                failed.put(input.getKey(), producer == null ? "not run" : producer.status().name().toLowerCase(
                        java.util.Locale.ROOT) + ": " + producer.message());
            } else {
                inputs.put(input.getKey(), artifact.get());
            }
        }
        return new Collected(inputs, failed);
    }

    /** One task's run: cache lookup, computation, storage, files. */
    private final class TaskExecution {
        private final StudyDefinition study;
        private final TaskDefinition task;
        private final String key;
        private final StudyRunOptions options;
        private final StudyListener listener;
        private final ForkJoinPool dataPool;
        private Artifact artifact;

        TaskExecution(StudyDefinition study, TaskDefinition task, String key, StudyRunOptions options, StudyListener listener, ForkJoinPool dataPool) {
            this.study = study;
            this.task = task;
            this.key = key;
            this.options = options;
            this.listener = listener;
            this.dataPool = dataPool;
        }

        Optional<Artifact> artifact() {
            return Optional.ofNullable(artifact);
        }

        TaskOutcome run(Collected collected) {
            long start = System.nanoTime();
            boolean partial = !collected.failed().isEmpty();
            if (partial && !runsWithFailedInputs()) {
                return outcome(Status.SKIPPED, start, List.of(), "an input task failed or was skipped");
            }
            Optional<Map<String, Artifact>> inputs = Optional.of(collected.inputs());
            if (options.cancelled().getAsBoolean()) {
                return outcome(Status.SKIPPED, start, List.of(), "run cancelled");
            }
            Status status = Status.CACHED;
            try {
                artifact = partial ? null : cached().orElse(null);
                if (artifact == null) {
                    status = Status.COMPUTED;
                    artifact = compute(inputs.get(), collected.failed());
                    if (!partial) { // a summary of partial inputs is not the task's result: never cached
                        cache.put(key, artifact.toBytes());
                    }
                }
                return outcome(status, start, OutputFiles.write(options.outputDirectory(), task.name(), artifact), "");
            } catch (CancelledException e) {
                artifact = null;
                return outcome(Status.SKIPPED, start, List.of(), "run cancelled");
            } catch (InvalidInputException | EnvironmentException e) {
                // bad input or the environment (disk full, cache in use): the message says it all, no stack trace
                artifact = null;
                return outcome(Status.FAILED, start, List.of(), e.getMessage());
            } catch (Exception | LinkageError e) {
                artifact = null;
                if (options.cancelled().getAsBoolean() && causedByCancellation(e)) {
                    // a chunk on the data pool saw the cancellation; it arrives wrapped (ExecutionException)
                    return outcome(Status.SKIPPED, start, List.of(), "run cancelled");
                }
                ErrorLog.append(options.outputDirectory(), task.name(), e);
                return outcome(Status.FAILED, start, List.of(), e.getClass().getSimpleName() + ": " + e.getMessage()
                        + " (stack trace in " + ErrorLog.FILE_NAME + ")");
            }
        }

        private static boolean causedByCancellation(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CancelledException || t instanceof InterruptedException
                        || t instanceof java.util.concurrent.CancellationException) {
                    return true;
                }
            }
            return false;
        }

        private Optional<Artifact> cached() {
            return cache.get(key).flatMap(bytes -> {
                try {
                    return Optional.of(Artifact.fromBytes(bytes));
                } catch (IllegalArgumentException unreadable) {
                    cache.remove(key); // written by an incompatible version: recompute
                    return Optional.empty();
                }
            });
        }

        private boolean runsWithFailedInputs() {
            return registry.taskType(task.type()).map(t -> t.taskType().runsWithFailedInputs(new org.alpwb.api.study.TaskConfig(
                    study.source(), "tasks." + task.name() + ".config", task.config()))).orElse(false);
        }

        private Artifact compute(Map<String, Artifact> inputs, Map<String, String> failed) throws Exception {
            PluginRegistry.RegisteredTaskType type = registry.taskType(task.type())
                    .orElseThrow(() -> new InvalidInputException(study.source(), "tasks." + task.name() + ".type",
                            task.type(), "a registered task type: " + String.join(", ", registry.taskTypeIds())));
            ProgressMonitor monitor = new CancellableMonitor(listener.taskStarted(task.name(), task.type(), key),
                    options.cancelled());
            EngineTaskContext context = new EngineTaskContext(study, task, key, inputs, failed, monitor,
                    options.threads(), dataPool, registry);
            Artifact result = type.taskType().run(context);
            if (result == null) {
                throw new IllegalStateException("task type '" + task.type() + "' returned no artifact");
            }
            return result;
        }

        private TaskOutcome outcome(Status status, long start, List<String> files, String message) {
            return new TaskOutcome(task.name(), task.type(), key, status, (System.nanoTime() - start) / 1e9,
                    artifact == null ? "" : artifact.type(), files, message);
        }
    }

    private static void prepareOutputDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new InvalidInputException("cannot create output directory " + directory + ": " + e.getMessage());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes files atomically (temp file + move) so a crash never leaves a half-written output. */
    static final class OutputFiles {
        private OutputFiles() {
        }

        static List<String> write(Path outputDirectory, String taskName, Artifact artifact) throws IOException {
            List<String> written = new ArrayList<>();
            Path taskDirectory = outputDirectory.resolve(taskName);
            for (Map.Entry<String, byte[]> file : artifact.files().entrySet()) {
                Path target = taskDirectory.resolve(file.getKey()).normalize();
                if (!target.startsWith(taskDirectory)) {
                    throw new IOException("artifact file name '" + file.getKey() + "' leaves the task directory");
                }
                Files.createDirectories(target.getParent());
                Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
                Files.write(temporary, file.getValue());
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(outputDirectory.relativize(target).toString());
            }
            return written;
        }

        static void writeString(Path target, String text) {
            try {
                Files.createDirectories(target.getParent());
                Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
                Files.writeString(temporary, text);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
