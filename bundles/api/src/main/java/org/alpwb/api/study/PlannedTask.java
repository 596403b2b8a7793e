package org.alpwb.api.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One task of a planned study after settings, profile, overrides and forEach expansion: its resolved
 * configuration, its inputs (input name to producing task) and its content key, exactly as a run uses them;
 * {@code outputType} is the artifact type its task type declares ({@code TaskType.outputType}), "" if undeclared.
 */
public record PlannedTask(String name, String type, String version, String key, Map<String, Object> config,
        Map<String, String> inputs, String outputType) {

    public PlannedTask {
        outputType = outputType == null ? "" : outputType;
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
