package org.alpwb.api.study;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * How to run a study: where outputs go, how many worker threads (results do not depend on it),
 * study-setting overrides (e.g. {@code profile=full}), a cancellation flag polled by running tasks, and
 * the executor ({@code local}, {@code slurm}, ...; empty: the study's {@code execution.executor}, else local).
 */
public record StudyRunOptions(Path outputDirectory, int threads, Map<String, Object> settingOverrides,
        BooleanSupplier cancelled, String executor) {

    public StudyRunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        settingOverrides = Map.copyOf(settingOverrides);
        executor = Objects.requireNonNullElse(executor, "");
    }

    /** Options with the executor the study chooses. */
    public StudyRunOptions(Path outputDirectory, int threads, Map<String, Object> settingOverrides,
            BooleanSupplier cancelled) {
        this(outputDirectory, threads, settingOverrides, cancelled, "");
    }

    public static StudyRunOptions of(Path outputDirectory, int threads) {
        return new StudyRunOptions(outputDirectory, threads, Map.of(), () -> false);
    }
}
