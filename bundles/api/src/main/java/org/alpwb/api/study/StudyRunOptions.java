package org.alpwb.api.study;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * How to run a study: where outputs go, how many worker threads (results do not depend on it),
 * study-setting overrides (e.g. {@code profile=full}) and a cancellation flag polled by running tasks.
 */
public record StudyRunOptions(Path outputDirectory, int threads, Map<String, Object> settingOverrides,
        BooleanSupplier cancelled) {

    public StudyRunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        settingOverrides = Map.copyOf(settingOverrides);
    }

    public static StudyRunOptions of(Path outputDirectory, int threads) {
        return new StudyRunOptions(outputDirectory, threads, Map.of(), () -> false);
    }
}
