package org.alpwb.api.execution;

import java.util.Map;
import org.alpwb.api.progress.ProgressMonitor;

/**
 * Runs one work item's spec in this process: the core of {@code alpwb worker}, provided by the study
 * engine. The runner checks that the spec's task type and version are the ones installed here and that
 * the key recomputed from the spec equals the spec's key, so a worker with a different product refuses
 * to compute instead of caching a wrong result.
 */
public interface TaskRunner {

    /** The key the spec produces. Throws IllegalArgumentException for a malformed spec. */
    String key(byte[] spec);

    /** Input name to key, as in the spec. */
    Map<String, String> inputKeys(byte[] spec);

    /**
     * Computes the spec's artifact value ({@code Artifact.toBytes()}). {@code inputs} maps input keys to their
     * values. Task failures are thrown as they are (InvalidInputException for bad configuration).
     */
    byte[] run(byte[] spec, Map<String, byte[]> inputs, ProgressMonitor monitor, int threads) throws Exception;
}
