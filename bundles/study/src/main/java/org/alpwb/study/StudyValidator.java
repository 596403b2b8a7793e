package org.alpwb.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.InputSpec;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.study.ValidationContext;

/**
 * Everything checked before the first task runs (and all that {@code run --check} does): each task type validates
 * its configuration against the registry ({@link TaskType#validate(ValidationContext)}), then the wiring is checked
 * against the declared {@link TaskType#inputs(TaskConfig) inputs} and {@link TaskType#outputType(TaskConfig) output
 * types}. The first problem is thrown as an {@link InvalidInputException} naming the field.
 */
final class StudyValidator {
    private final PluginRegistry registry;

    StudyValidator(PluginRegistry registry) {
        this.registry = registry;
    }

    void validate(StudyDefinition study, TaskGraph graph) {
        Map<String, Optional<String>> outputTypes = new LinkedHashMap<>();
        for (TaskDefinition task : graph.order()) {
            TaskType type = typeOf(task);
            TaskConfig config = config(study, task);
            Map<String, String> inputTypes = new LinkedHashMap<>();
            task.inputs().forEach((input, producer) ->
                    outputTypes.getOrDefault(producer, Optional.empty()).ifPresent(t -> inputTypes.put(input, t)));
            type.validate(new Context(task, config, inputTypes));
            checkWiring(study, task, type.inputs(config), inputTypes);
            outputTypes.put(task.name(), type.outputType(config));
        }
    }

    private TaskType typeOf(TaskDefinition task) {
        return registry.taskType(task.type()).orElseThrow().taskType();
    }

    static TaskConfig config(StudyDefinition study, TaskDefinition task) {
        return new TaskConfig(study.source(), "tasks." + task.name() + ".config", task.config());
    }

    private static void checkWiring(StudyDefinition study, TaskDefinition task, List<InputSpec> declared,
            Map<String, String> inputTypes) {
        if (declared.isEmpty()) {
            return;
        }
        String names = String.join(", ", declared.stream().map(InputSpec::name).toList());
        for (String input : task.inputs().keySet()) {
            InputSpec spec = declared.stream().filter(s -> s.matches(input)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(study.source(), field(task, input),
                            task.inputs().get(input), "no such input of task type '" + task.type()
                                    + "'; its inputs: " + names));
            String type = inputTypes.get(input);
            if (type != null && !spec.accepts(type)) {
                throw new InvalidInputException(study.source(), field(task, input), task.inputs().get(input)
                        + " (which produces " + type + ")", "a task producing " + String.join(" or ",
                                spec.artifactTypes()));
            }
        }
        for (InputSpec spec : declared) {
            if (spec.required() && task.inputs().keySet().stream().noneMatch(spec::matches)) {
                throw new InvalidInputException(study.source(), field(task, spec.name()), "(missing)",
                        "task type '" + task.type() + "' needs this input ("
                                + (spec.artifactTypes().isEmpty() ? "any artifact"
                                        : String.join(" or ", spec.artifactTypes())) + ")");
            }
        }
    }

    private static String field(TaskDefinition task, String input) {
        return "tasks." + task.name() + ".inputs." + input;
    }

    private final class Context implements ValidationContext {
        private final TaskDefinition task;
        private final TaskConfig config;
        private final Map<String, String> inputTypes;

        Context(TaskDefinition task, TaskConfig config, Map<String, String> inputTypes) {
            this.task = task;
            this.config = config;
            this.inputTypes = java.util.Collections.unmodifiableMap(inputTypes);
        }

        @Override
        public String taskName() {
            return task.name();
        }

        @Override
        public TaskConfig config() {
            return config;
        }

        @Override
        public Map<String, String> inputTypes() {
            return inputTypes;
        }

        @Override
        public List<String> inputNames() {
            return new ArrayList<>(task.inputs().keySet());
        }

        @Override
        public <T> Optional<T> findService(Class<T> type, String id) {
            return registry.service(type, id);
        }

        @Override
        public <T> List<String> serviceIds(Class<T> type) {
            return registry.serviceIds(type);
        }
    }
}
