package org.alpwb.api.study;

/**
 * A kind of task that can appear in a study file. Implementations must be deterministic: the same
 * configuration, inputs and {@link TaskContext#seeds()} give the same artifact bytes, whatever the
 * number of threads.
 */
public interface TaskType {

    /** Checks the configuration before anything runs; throws InvalidInputException naming the field. */
    default void validate(TaskConfig config) {
    }

    /**
     * Versions of the plugins this configuration runs besides the task type itself (e.g. the strategy or classifier a
     * generic task calls by the id in its config), by a name of the task type's choosing such as
     * {@code strategy:thesis-cuts}. They enter the task's cache key, so a changed plugin recomputes its results and
     * nothing else. Empty (the default) adds nothing to the key.
     *
     * @since api.study 1.2
     */
    default java.util.Map<String, String> pluginVersions(TaskConfig config) {
        return java.util.Map.of();
    }

    Artifact run(TaskContext context) throws Exception;
}
