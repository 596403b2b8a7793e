package org.alpwb.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed, structurally valid study file. {@code settings} are study-wide values that task configs
 * reference as {@code "${name}"}; {@code profiles} are named sets of setting overrides (e.g. {@code full});
 * {@code tasks} keep the file's order; {@code execution} is
 * the optional block saying where uncached tasks run (executor id and its options).
 */
record StudyDefinition(String source, String name, String description, long seed, Map<String, Object> settings,
        Map<String, Map<String, Object>> profiles, Map<String, TaskDefinition> tasks, Map<String, Object> execution) {

    StudyDefinition(String source, String name, String description, long seed, Map<String, Object> settings,
            Map<String, Map<String, Object>> profiles, Map<String, TaskDefinition> tasks) {
        this(source, name, description, seed, settings, profiles, tasks, Map.of());
    }

    StudyDefinition {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        tasks = Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
        execution = Collections.unmodifiableMap(new LinkedHashMap<>(execution));
    }
}
