package org.alpwb.study;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.execution.TaskRunner;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Runs one task from its spec, as {@code alpwb worker} does on a cluster node: same task type, same
 * version, same key, same {@link EngineTaskContext} as an in-process run, hence the same bytes.
 */
@Component(service = TaskRunner.class, property = {ServiceProperties.ID + "=default",
        ServiceProperties.LABEL + "=Runs one task from a worker spec", ServiceProperties.KIND + "=study-engine"})
public class SpecRunner implements TaskRunner {
    private final PluginRegistry registry;

    @Activate
    public SpecRunner(BundleContext context) {
        this(new OsgiPluginRegistry(context));
    }

    SpecRunner(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String key(byte[] spec) {
        return TaskSpecs.decode(spec).key();
    }

    @Override
    public Map<String, String> inputKeys(byte[] spec) {
        return TaskSpecs.decode(spec).inputs();
    }

    @Override
    public byte[] run(byte[] specBytes, Map<String, byte[]> inputValues, ProgressMonitor monitor, int threads)
            throws Exception {
        TaskSpecs.Spec spec = TaskSpecs.decode(specBytes);
        PluginRegistry.RegisteredTaskType type = registry.taskType(spec.type())
                .orElseThrow(() -> new InvalidInputException(spec.source(), "tasks." + spec.task() + ".type", spec.type(),
                        "a task type installed on this node: " + String.join(", ", registry.taskTypeIds())));
        if (!type.version().equals(spec.version())) {
            throw new IllegalStateException("task type '" + spec.type() + "' is version " + type.version()
                    + " here but " + spec.version() + " on the driver: install the same product on the nodes");
        }
        // the plugins the task uses (e.g. its strategy) as installed here: a node with other versions refuses
        Map<String, String> plugins = type.taskType().pluginVersions(new org.alpwb.api.study.TaskConfig(spec.source(),
                "tasks." + spec.task() + ".config", spec.config()));
        String key = TaskGraph.key(type.id(), type.version(), spec.seed(), spec.config(), spec.inputs(), plugins);
        if (!key.equals(spec.key())) {
            throw new IllegalStateException("the spec of task '" + spec.task() + "' gives key " + key
                    + ", not its declared key " + spec.key() + " (edited or produced by another version)");
        }
        Map<String, Artifact> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, String> input : spec.inputs().entrySet()) {
            byte[] value = inputValues.get(input.getValue());
            if (value == null) {
                throw new IllegalStateException("input '" + input.getKey() + "' (key " + input.getValue() + ") of task '"
                        + spec.task() + "' is not available");
            }
            inputs.put(input.getKey(), Artifact.fromBytes(value));
        }
        TaskDefinition task = new TaskDefinition(spec.task(), spec.type(), spec.config(), Map.of(), Map.of());
        StudyDefinition study = new StudyDefinition(spec.source(), spec.study(), "", spec.seed(), Map.of(), Map.of(),
                Map.of(task.name(), task));
        // no second validation here: the driver validated this configuration with the study's full wiring, and the
        // key check above proves that it is exactly that configuration, task type and version
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            Artifact artifact = type.taskType().run(new EngineTaskContext(study, task, key, inputs, monitor, threads,
                    pool, registry));
            if (artifact == null) {
                throw new IllegalStateException("task type '" + spec.type() + "' returned no artifact");
            }
            return artifact.toBytes();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The spec of a task of a resolved study, for executors. */
    byte[] spec(StudyDefinition study, TaskDefinition task, TaskGraph graph) {
        PluginRegistry.RegisteredTaskType type = registry.taskType(task.type()).orElseThrow();
        Map<String, String> inputKeys = new LinkedHashMap<>();
        task.inputs().forEach((input, producer) -> inputKeys.put(input, graph.key(producer)));
        return TaskSpecs.encode(new TaskSpecs.Spec(study.name(), study.source(), task.name(), type.id(), type.version(),
                study.seed(), graph.key(task.name()), task.config(), inputKeys));
    }
}
