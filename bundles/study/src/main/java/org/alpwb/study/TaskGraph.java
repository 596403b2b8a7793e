package org.alpwb.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;

/**
 * The tasks of a study in dependency order, each with its content key:
 * SHA-256 of the canonical JSON of (task type id, task type version, study seed, configuration, input keys).
 * The task's own name is not part of the key, so renaming a task or sharing a sample between studies
 * reuses the cached result.
 */
final class TaskGraph {
    private final List<TaskDefinition> order;
    private final Map<String, String> keys;

    private TaskGraph(List<TaskDefinition> order, Map<String, String> keys) {
        this.order = order;
        this.keys = keys;
    }

    static TaskGraph build(StudyDefinition study, PluginRegistry registry) {
        List<TaskDefinition> order = topologicalOrder(study);
        Map<String, String> keys = new HashMap<>();
        for (TaskDefinition task : order) {
            PluginRegistry.RegisteredTaskType type = registry.taskType(task.type())
                    .orElseThrow(() -> new InvalidInputException(study.source(), "tasks." + task.name() + ".type",
                            task.type(), "a registered task type: " + String.join(", ", registry.taskTypeIds())));
            Map<String, Object> identity = new LinkedHashMap<>();
            identity.put("type", type.id());
            identity.put("version", type.version());
            identity.put("seed", study.seed());
            identity.put("config", task.config());
            Map<String, Object> inputKeys = new LinkedHashMap<>();
            task.inputs().forEach((input, producer) -> inputKeys.put(input, keys.get(producer)));
            identity.put("inputs", inputKeys);
            java.util.Map<String, String> plugins = type.taskType().pluginVersions(new org.alpwb.api.study.TaskConfig(
                    study.source(), "tasks." + task.name() + ".config", task.config()));
            if (!plugins.isEmpty()) {
                identity.put("plugins", new java.util.TreeMap<>(plugins)); // only then: other keys stay as they were
            }
            keys.put(task.name(), JsonValues.sha256Hex(JsonValues.canonical(identity)));
        }
        return new TaskGraph(Collections.unmodifiableList(order), keys);
    }

    List<TaskDefinition> order() {
        return order;
    }

    String key(String taskName) {
        return keys.get(taskName);
    }

    private static List<TaskDefinition> topologicalOrder(StudyDefinition study) {
        Map<String, TaskDefinition> tasks = study.tasks();
        for (TaskDefinition task : tasks.values()) {
            task.inputs().forEach((input, producer) -> {
                if (!tasks.containsKey(producer)) {
                    throw new InvalidInputException(study.source(), "tasks." + task.name() + ".inputs." + input, producer,
                            "the name of a task in this study: " + String.join(", ", tasks.keySet()));
                }
            });
        }
        List<TaskDefinition> order = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 = visiting, 2 = done
        for (TaskDefinition task : tasks.values()) {
            visit(task, tasks, state, order, new ArrayList<>(), study.source());
        }
        return order;
    }

    private static void visit(TaskDefinition task, Map<String, TaskDefinition> tasks, Map<String, Integer> state,
            List<TaskDefinition> order, List<String> path, String source) {
        Integer mark = state.get(task.name());
        if (mark != null && mark == 2) {
            return;
        }
        path.add(task.name());
        if (mark != null) {
            throw new InvalidInputException(source, "tasks." + task.name() + ".inputs", String.join(" -> ", path),
                    "inputs without cycles");
        }
        state.put(task.name(), 1);
        for (String producer : task.inputs().values()) {
            visit(tasks.get(producer), tasks, state, order, path, source);
        }
        state.put(task.name(), 2);
        path.remove(path.size() - 1);
        order.add(task);
    }
}
