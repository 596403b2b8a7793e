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

    Artifact run(TaskContext context) throws Exception;
}
