package org.alpwb.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One task of a study file: its type (a TaskType service id), configuration and named inputs. */
record TaskDefinition(String name, String type, Map<String, Object> config, Map<String, String> inputs) {

    TaskDefinition {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
