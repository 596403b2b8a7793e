package org.alpwb.api.generator;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.progress.ProgressMonitor;

/**
 * Generates events of one or more processes. Results depend only on the request and the seeds, never
 * on the executor's number of threads. Bad requests throw {@link org.alpwb.api.InvalidInputException}.
 */
public interface EventGenerator {

    /** The processes offered, with their parameters, cut names and defaults. */
    List<ProcessInfo> processes();

    /**
     * Integrates the process within the request's cuts to its relative precision.
     *
     * @param executor worker pool for chunks, or null for the calling thread
     */
    CrossSectionResult crossSection(ProcessRequest request, SeedSequence seeds, ExecutorService executor,
            ProgressMonitor monitor);

    /**
     * Integrates, then generates {@code events} events and hands them to {@code sink} in order, in blocks.
     * Unweighted events all carry (about) sigma/N; weighted events carry their weight. Each event
     * records its diagram class where the process has classes.
     */
    GenerationResult generate(ProcessRequest request, long events, boolean unweighted, SeedSequence seeds,
            ExecutorService executor, ProgressMonitor monitor, Consumer<EventBlock> sink);
}
