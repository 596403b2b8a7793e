package org.alpwb.generators.internal;

import java.util.Optional;
import org.alpwb.api.generator.EventGenerator;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.study.ValidationContext;

/**
 * What the {@code cross-section} and {@code generate} tasks share before a run: the process id is resolved against
 * the installed generators, and the artifact type is declared for the engine's wiring check.
 */
abstract class GeneratorTaskType implements TaskType {
    private final String artifactType;

    GeneratorTaskType(String artifactType) {
        this.artifactType = artifactType;
    }

    @Override
    public void validate(ValidationContext context) {
        validate(context.config());
        context.service(EventGenerator.class, "process", null);
    }

    @Override
    public Optional<String> outputType(TaskConfig config) {
        return Optional.of(artifactType);
    }
}
