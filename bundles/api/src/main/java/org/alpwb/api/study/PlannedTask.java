package org.alpwb.api.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One task of a planned study after settings, profile, overrides and forEach expansion: its resolved
 * configuration, its inputs (input name to producing task) and its content key, exactly as a run uses them.
 */
public record PlannedTask(String name, String type, String version, String key, Map<String, Object> config,
        Map<String, String> inputs) {

    public PlannedTask {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
