package org.alpwb.workbench.internal;

import java.util.Map;
import org.alpwb.api.ServiceProperties;

/** A whiteboard service with its id and label (from the service properties). */
record Contribution<T>(String id, String label, T service, Map<String, Object> properties) {

    static <T> Contribution<T> of(T service, Map<String, Object> properties) {
        String id = String.valueOf(properties.getOrDefault(ServiceProperties.ID, service.getClass().getName()));
        String label = String.valueOf(properties.getOrDefault(ServiceProperties.LABEL, id));
        return new Contribution<>(id, label, service, Map.copyOf(properties));
    }

    int order() {
        Object value = properties.get(org.alpwb.api.ui.PerspectiveContribution.ORDER);
        return value instanceof Number number ? number.intValue() : Integer.MAX_VALUE;
    }
}
