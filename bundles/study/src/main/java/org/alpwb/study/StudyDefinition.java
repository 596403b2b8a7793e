package org.alpwb.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed, structurally valid study file. {@code settings} are study-wide values that task configs
 * reference as {@code "${name}"}; {@code profiles} are named sets of setting overrides (e.g. {@code full});
 * {@code tasks} keep the file's order.
 */
record StudyDefinition(String source, String name, String description, long seed, Map<String, Object> settings,
        Map<String, Map<String, Object>> profiles, Map<String, TaskDefinition> tasks) {

    StudyDefinition {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        tasks = Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
    }
}
