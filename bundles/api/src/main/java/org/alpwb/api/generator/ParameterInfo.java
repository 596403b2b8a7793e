package org.alpwb.api.generator;

/** A process parameter: name as used in requests and study files, meaning with unit, default, allowed values. */
public record ParameterInfo(String name, String description, String defaultValue, String allowed) {
}
