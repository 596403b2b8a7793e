package org.alpwb.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed, structurally valid study file. {@code settings} are study-wide values (luminosity,
 * profile choices) visible to every task; {@code tasks} keep the file's order.
 */
record StudyDefinition(String source, String name, String description, long seed, Map<String, Object> settings,
        Map<String, TaskDefinition> tasks) {

    StudyDefinition {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        tasks = Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
    }
}
