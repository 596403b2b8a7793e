package org.alpwb.api.study;

import java.util.List;
import java.util.Objects;

/**
 * An input a task type takes, declared by {@link TaskType#inputs(TaskConfig)} so that the engine can check a
 * study's wiring before anything runs. {@code name} is either an exact input name ({@code events}) or a prefix
 * ending in {@code *} ({@code signal-*}: every input whose name starts with {@code signal-}, as the study file's
 * globs produce them). {@code artifactTypes} are the accepted {@link Artifact#type()}s; an empty list accepts any.
 *
 * @param name          exact input name, or a prefix followed by {@code *}
 * @param artifactTypes accepted artifact types (empty: any type)
 * @param required      whether a study must wire at least one input of this name
 * @since api.study 1.2
 */
public record InputSpec(String name, List<String> artifactTypes, boolean required) {

    public InputSpec {
        Objects.requireNonNull(name, "name");
        artifactTypes = List.copyOf(artifactTypes);
    }

    /** An input that must be wired, of one of the given artifact types (none given: any type). */
    public static InputSpec required(String name, String... artifactTypes) {
        return new InputSpec(name, List.of(artifactTypes), true);
    }

    /** An input that may be wired, of one of the given artifact types (none given: any type). */
    public static InputSpec optional(String name, String... artifactTypes) {
        return new InputSpec(name, List.of(artifactTypes), false);
    }

    /** True if an input called {@code inputName} in a study file is this one. */
    public boolean matches(String inputName) {
        return name.endsWith("*") ? inputName.startsWith(name.substring(0, name.length() - 1))
                : inputName.equals(name);
    }

    /** True if an artifact of this type may be wired to this input. */
    public boolean accepts(String artifactType) {
        return artifactTypes.isEmpty() || artifactTypes.contains(artifactType);
    }
}
