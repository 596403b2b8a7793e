package org.alpwb.api.execution;

import org.alpwb.api.study.TaskConfig;

/**
 * Runs the uncached tasks of a study somewhere (this process, a batch cluster). Results must be the
 * exact bytes the task type gives in process: executors move specs and entries, they never compute.
 */
public interface TaskExecutor {

    /** The executor the engine uses when none is chosen. */
    String LOCAL = "local";

    /**
     * Checks the study's {@code execution} block (fields other than {@code executor}) before anything
     * runs; throws InvalidInputException naming the field ({@code execution.partition}) and what is allowed.
     */
    void validate(TaskConfig execution);

    /** Starts the plan and returns at once; results arrive through the returned run. */
    ExecutionRun start(ExecutionPlan plan);
}
