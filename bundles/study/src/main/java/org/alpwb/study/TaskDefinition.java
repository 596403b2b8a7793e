package org.alpwb.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One task of a study file: its type (a TaskType service id), configuration and named inputs.
 * {@code forEach} holds at most one variable with its (possibly not yet resolved) values; it is
 * expanded into one task per value when settings are resolved.
 */
record TaskDefinition(String name, String type, Map<String, Object> config, Map<String, String> inputs,
        Map<String, Object> forEach) {

    TaskDefinition {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        forEach = Collections.unmodifiableMap(new LinkedHashMap<>(forEach));
    }
}
