package org.alpwb.api.study;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.progress.ProgressMonitor;

/** What a running task sees. */
public interface TaskContext {

    /** The task's name in the study file. */
    String taskName();

    /** The task's content key (hex SHA-256). */
    String taskKey();

    /**
     * The task's configuration, with references to study settings ({@code "${luminosityInvFb}"}) already
     * replaced by their values, so that everything that changes a result is part of the task key.
     */
    TaskConfig config();

    /** Input artifacts by the names the study file gave them. */
    Map<String, Artifact> inputs();

    /**
     * Inputs whose producing task failed or was skipped, by input name, with the producer's message; empty unless the
     * task type {@link TaskType#runsWithFailedInputs runs with failed inputs}. They are absent from {@link #inputs()}.
     *
     * @since api.study 1.3
     */
    default Map<String, String> failedInputs() {
        return Map.of();
    }

    /** Input by name; throws InvalidInputException naming the task and the declared inputs if absent. */
    Artifact input(String name);

    /** Seeds derived from (study seed, task key); split work into chunks and use one seed per chunk. */
    SeedSequence seeds();

    ProgressMonitor monitor();

    /** Number of worker threads the user allowed; chunk results must not depend on it. */
    int threads();

    /** A pool of {@link #threads()} workers shared by the study, for data-parallel work. */
    ExecutorService executor();

    /**
     * The service of the given type whose {@code alpwb.id} is {@code id}. Throws InvalidInputException
     * listing the available ids if there is none.
     */
    <T> T service(Class<T> type, String id);

    /** The {@code alpwb.id}s of all registered services of a type. */
    <T> List<String> serviceIds(Class<T> type);
}
