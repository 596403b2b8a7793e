package org.alpwb.generators.internal;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;

/** Generator services by alpwb.id, filled by DS bind/unbind of the commands (services may come and go). */
final class GeneratorRegistry {
    private final Map<String, EventGenerator> byId = new ConcurrentHashMap<>();

    void add(EventGenerator generator, Map<String, Object> properties) {
        Object id = properties.get(ServiceProperties.ID);
        if (id != null) {
            byId.put(id.toString(), generator);
        }
    }

    void remove(EventGenerator generator, Map<String, Object> properties) {
        Object id = properties.get(ServiceProperties.ID);
        if (id != null) {
            byId.remove(id.toString(), generator);
        }
    }

    EventGenerator get(String id) {
        EventGenerator generator = byId.get(id);
        if (generator == null) {
            throw new InvalidInputException("command line", "--process", id,
                    byId.isEmpty() ? "(no generator services installed)" : String.join(", ", new TreeSet<>(byId.keySet())));
        }
        return generator;
    }
}
