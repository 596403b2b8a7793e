package org.alpwb.api.study;

import java.util.List;
import java.util.Optional;

/**
 * A kind of task that can appear in a study file. Implementations must be deterministic: the same
 * configuration, inputs and {@link TaskContext#seeds()} give the same artifact bytes, whatever the
 * number of threads.
 *
 * <p>Validation before a run (api.study 1.2): the engine calls {@link #validate(ValidationContext)} for every task
 * of a study before the first one runs, then checks the wiring: every input a task declares as required
 * ({@link #inputs(TaskConfig)}) is wired, no undeclared input is wired, and each wired input whose producer declares
 * its {@link #outputType(TaskConfig)} carries an artifact type the input accepts. A task type that declares
 * nothing (the defaults) is checked as before: config only, wiring at run time.
 */
public interface TaskType {

    /** Checks the configuration before anything runs; throws InvalidInputException naming the field. */
    default void validate(TaskConfig config) {
    }

    /**
     * Checks the whole configuration before anything runs, including what needs the registry: service ids
     * ({@link ValidationContext#service}), named options of those services (run conditions, selections), and the
     * artifact types of the inputs ({@link ValidationContext#inputTypes()}). Throws InvalidInputException naming
     * the field. The default checks the configuration alone with {@link #validate(TaskConfig)}.
     *
     * @since api.study 1.2
     */
    default void validate(ValidationContext context) {
        validate(context.config());
    }

    /**
     * The inputs this task type takes, for the engine's wiring check. Empty (the default) means undeclared:
     * any input names are accepted and checked only when the task runs.
     *
     * @since api.study 1.2
     */
    default List<InputSpec> inputs(TaskConfig config) {
        return List.of();
    }

    /**
     * The {@link Artifact#type()} this task produces with this configuration, or empty if it is not declared
     * (then inputs fed by it are not type-checked before the run).
     *
     * @since api.study 1.2
     */
    default Optional<String> outputType(TaskConfig config) {
        return Optional.empty();
    }

    /**
     * Versions of the plugins this configuration runs besides the task type itself (e.g. the strategy or classifier a
     * generic task calls by the id in its config), by a name of the task type's choosing such as
     * {@code strategy:thesis-cuts}. They enter the task's cache key, so a changed plugin recomputes its results and
     * nothing else. Empty (the default) adds nothing to the key.
     *
     * @since api.study 1.3
     */
    default java.util.Map<String, String> pluginVersions(TaskConfig config) {
        return java.util.Map.of();
    }

    /**
     * True for tasks that summarise others (a comparison, a report): when some of their input tasks failed or were
     * skipped, they still run with the inputs that exist, and {@link TaskContext#failedInputs()} names the others
     * with the reason. Such a run is not cached (a later run with all inputs computes the full result). False (the
     * default): the task is skipped when an input is missing.
     *
     * @since api.study 1.3
     */
    default boolean runsWithFailedInputs(TaskConfig config) {
        return false;
    }

    Artifact run(TaskContext context) throws Exception;
}
