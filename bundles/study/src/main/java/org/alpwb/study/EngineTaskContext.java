package org.alpwb.study;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;

/** The engine's view handed to a running task. */
final class EngineTaskContext implements TaskContext {
    private final StudyDefinition study;
    private final TaskDefinition task;
    private final String key;
    private final Map<String, Artifact> inputs;
    private final ProgressMonitor monitor;
    private final int threads;
    private final ExecutorService executor;
    private final PluginRegistry registry;
    private final Map<String, String> failedInputs;

    EngineTaskContext(StudyDefinition study, TaskDefinition task, String key, Map<String, Artifact> inputs,
            ProgressMonitor monitor, int threads, ExecutorService executor,
            PluginRegistry registry) {
        this(study, task, key, inputs, Map.of(), monitor, threads, executor, registry);
    }

    EngineTaskContext(StudyDefinition study, TaskDefinition task, String key, Map<String, Artifact> inputs,
            Map<String, String> failedInputs, ProgressMonitor monitor, int threads, ExecutorService executor,
            PluginRegistry registry) {
        this.failedInputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(failedInputs));
        this.study = study;
        this.task = task;
        this.key = key;
        // insertion-ordered (the study file's order): tasks that serialise their inputs must not depend on
        // Map.copyOf's per-process iteration order (issue 17, defect 9)
        this.inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        this.monitor = monitor;
        this.threads = threads;
        this.executor = executor;
        this.registry = registry;
    }

    @Override
    public Map<String, String> failedInputs() {
        return failedInputs;
    }

    @Override
    public String taskName() {
        return task.name();
    }

    @Override
    public String taskKey() {
        return key;
    }

    @Override
    public TaskConfig config() {
        return StudyValidator.config(study, task);
    }

    @Override
    public Map<String, Artifact> inputs() {
        return inputs;
    }

    @Override
    public Artifact input(String name) {
        Artifact artifact = inputs.get(name);
        if (artifact == null) {
            throw new InvalidInputException(study.source(), "tasks." + task.name() + ".inputs." + name, "(missing)",
                    "task type '" + task.type() + "' needs an input named '" + name + "'; declared inputs: "
                            + inputs.keySet());
        }
        return artifact;
    }

    @Override
    public SeedSequence seeds() {
        return new SeedSequence(study.seed(), key);
    }

    @Override
    public ProgressMonitor monitor() {
        return monitor;
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public ExecutorService executor() {
        return executor;
    }

    @Override
    public <T> T service(Class<T> type, String id) {
        return registry.service(type, id).orElseThrow(() -> new InvalidInputException(study.source(),
                "tasks." + task.name() + ".config", id,
                "a registered " + type.getSimpleName() + ": " + String.join(", ", registry.serviceIds(type))));
    }

    @Override
    public <T> List<String> serviceIds(Class<T> type) {
        return registry.serviceIds(type);
    }
}
