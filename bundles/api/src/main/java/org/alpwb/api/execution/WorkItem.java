package org.alpwb.api.execution;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One task to compute. {@code spec} is the document {@code alpwb worker --spec FILE} reads (opaque to
 * executors: write it to a file); {@code inputKeys} are the entries the task reads (input name to key);
 * {@code after} names the items of the same plan that produce some of them.
 */
public record WorkItem(String taskName, String taskType, String key, Map<String, String> inputKeys,
        List<String> after, byte[] spec) {

    public WorkItem {
        Objects.requireNonNull(taskName, "taskName");
        Objects.requireNonNull(key, "key");
        inputKeys = Map.copyOf(inputKeys);
        after = List.copyOf(after);
        Objects.requireNonNull(spec, "spec");
    }
}
