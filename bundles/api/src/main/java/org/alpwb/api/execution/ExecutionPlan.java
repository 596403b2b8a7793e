package org.alpwb.api.execution;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.TaskConfig;

/** What the engine hands an executor: the uncached tasks of one study run, in dependency order. */
public interface ExecutionPlan {

    String studyName();

    /** The run's output directory: executors keep their journal (job ids, for re-adoption) here. */
    Path outputDirectory();

    /** The study's {@code execution} block (empty if absent), already validated by the executor. */
    TaskConfig settings();

    List<WorkItem> items();

    /** The value of a cached entry (an input that this plan does not compute), read from the driver's cache. */
    Optional<byte[]> cachedValue(String key);

    /** Progress of one item (the engine's live line: queued, running, fraction done). */
    ProgressMonitor monitor(String taskName);

    /** True once the user interrupted the run; the engine also calls {@link ExecutionRun#cancel()}. */
    BooleanSupplier cancelled();

    /** Threads the user allowed in this process. */
    int threads();

    /** Runs a spec in this process (what {@code alpwb worker} does); for in-process executors. */
    TaskRunner runner();
}
