package org.alpwb.api.study;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alpwb.api.InvalidInputException;

/**
 * What a task type sees when the engine validates a study, before any task runs (also for {@code alpwb run
 * --check}): the resolved configuration, the service registry and the artifact types its inputs will carry.
 * Everything a run would later fail on for reasons visible in the study file (an unknown detector, run condition,
 * strategy or channel id, a value out of range) should be reported here, as an {@link InvalidInputException}
 * naming the field.
 *
 * @since api.study 1.2
 */
public interface ValidationContext {

    /** The task's name in the study file. */
    String taskName();

    /** The task's configuration with settings substituted, exactly as {@link TaskContext#config()} will give it. */
    TaskConfig config();

    /**
     * The artifact type each wired input will carry, by input name, for the inputs whose producing task type
     * declares its {@link TaskType#outputType(TaskConfig) output type} (inputs of undeclared producers are absent).
     */
    Map<String, String> inputTypes();

    /** Names of all inputs wired in the study file, in file order. */
    List<String> inputNames();

    /** The service of the given type whose {@code alpwb.id} is {@code id}, if one is registered now. */
    <T> Optional<T> findService(Class<T> type, String id);

    /** The {@code alpwb.id}s of all registered services of a type, sorted. */
    <T> List<String> serviceIds(Class<T> type);

    /**
     * The service of the given type whose {@code alpwb.id} is the value of the config field {@code field}
     * ({@code fallback} if the field is absent). Throws an {@link InvalidInputException} naming the field, the
     * value and the installed ids if there is none.
     */
    default <T> T service(Class<T> type, String field, String fallback) {
        TaskConfig config = config();
        String id = fallback == null ? config.requiredString(field) : config.string(field, fallback);
        return findService(type, id).orElseThrow(() -> config.invalid(field, id,
                "an installed " + type.getSimpleName() + " id: " + String.join(", ", serviceIds(type))));
    }
}
