package org.alpwb.study;

import java.util.List;
import java.util.Optional;
import org.alpwb.api.study.TaskType;

/** Where the engine finds task types and other services; OSGi in the product, maps in unit tests. */
interface PluginRegistry {

    /** A registered task type with the version that enters cache keys. */
    record RegisteredTaskType(String id, String version, String label, TaskType taskType) {
    }

    Optional<RegisteredTaskType> taskType(String id);

    List<String> taskTypeIds();

    /** A service of the given type with {@code alpwb.id = id}, if registered. */
    <T> Optional<T> service(Class<T> type, String id);

    <T> List<String> serviceIds(Class<T> type);
}
