package org.alpwb.api.parameter;

import java.util.List;
import java.util.Objects;

/**
 * One declared parameter of a plugin: its name as written in study files, type, default, allowed values, unit
 * and meaning. Immutable. Numbers are {@code double}, integers {@code long}; {@code min}/{@code max} bound numbers
 * and integers (inclusive), {@code allowed} lists the values of a {@link Type#CHOICE}.
 *
 * @param name         the key in the study file's {@code parameters} object, e.g. {@code vertexDMaxCm}
 * @param type         value type
 * @param defaultValue Double, Long, Boolean or String (by type); never null
 * @param min          smallest allowed number (NUMBER, INTEGER), else NaN
 * @param max          largest allowed number (NUMBER, INTEGER), else NaN
 * @param allowed      allowed strings of a CHOICE, else empty
 * @param unit         unit of a number ("cm", "GeV", "" for dimensionless)
 * @param description  one line: what it does and where the default comes from
 */
public record ParameterSpec(String name, Type type, Object defaultValue, double min, double max, List<String> allowed,
        String unit, String description) {

    /** Value types. */
    public enum Type {
        NUMBER, INTEGER, BOOLEAN, CHOICE, STRING
    }

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue of " + name);
        allowed = List.copyOf(allowed);
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        Class<?> expected = switch (type) {
            case NUMBER -> Double.class;
            case INTEGER -> Long.class;
            case BOOLEAN -> Boolean.class;
            case CHOICE, STRING -> String.class;
        };
        if (!expected.isInstance(defaultValue)) {
            throw new IllegalArgumentException("default of " + name + " must be a " + expected.getSimpleName());
        }
        if (type == Type.CHOICE && !allowed.contains(defaultValue)) {
            throw new IllegalArgumentException("default of " + name + " not in " + allowed);
        }
    }

    /** A real number in [min, max] with a unit. */
    public static ParameterSpec number(String name, double defaultValue, double min, double max, String unit,
            String description) {
        return new ParameterSpec(name, Type.NUMBER, defaultValue, min, max, List.of(), unit, description);
    }

    /** An integer in [min, max]. */
    public static ParameterSpec integer(String name, long defaultValue, long min, long max, String description) {
        return new ParameterSpec(name, Type.INTEGER, defaultValue, min, max, List.of(), "", description);
    }

    public static ParameterSpec flag(String name, boolean defaultValue, String description) {
        return new ParameterSpec(name, Type.BOOLEAN, defaultValue, Double.NaN, Double.NaN, List.of(), "", description);
    }

    /** One of a fixed list of strings. */
    public static ParameterSpec choice(String name, String defaultValue, List<String> allowed, String description) {
        return new ParameterSpec(name, Type.CHOICE, defaultValue, Double.NaN, Double.NaN, allowed, "", description);
    }

    /** Free text, e.g. the id of a service (checked by the plugin). */
    public static ParameterSpec text(String name, String defaultValue, String description) {
        return new ParameterSpec(name, Type.STRING, defaultValue, Double.NaN, Double.NaN, List.of(), "", description);
    }

    /** What is allowed, as shown in error messages and {@code plugins} listings, e.g. "a number in [0, 10] cm". */
    public String allowedText() {
        return switch (type) {
            case NUMBER -> "a number in [" + min + ", " + max + "]" + (unit.isEmpty() ? "" : " " + unit);
            case INTEGER -> "an integer in [" + (long) min + ", " + (long) max + "]";
            case BOOLEAN -> "true or false";
            case CHOICE -> String.join(", ", allowed);
            case STRING -> "a string";
        };
    }
}
