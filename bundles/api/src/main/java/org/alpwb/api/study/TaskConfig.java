package org.alpwb.api.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;

/**
 * A read-only view of a JSON object from a study file (values are Map, List, String, Number,
 * Boolean or null). Typed getters fail with an {@link InvalidInputException} that names the file,
 * the full field path, the bad value and what is allowed.
 */
public final class TaskConfig {
    private final String source;
    private final String path;
    private final Map<String, Object> values;

    public TaskConfig(String source, String path, Map<String, ?> values) {
        this.source = source;
        this.path = path;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static TaskConfig empty(String source, String path) {
        return new TaskConfig(source, path, Map.of());
    }

    public String source() {
        return source;
    }

    public String path() {
        return path;
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String name) {
        return values.containsKey(name) && values.get(name) != null;
    }

    /** Full path of a field, for messages. */
    public String fieldPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public InvalidInputException invalid(String name, Object value, String allowed) {
        return new InvalidInputException(source, fieldPath(name), value, allowed);
    }

    public String string(String name, String fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String)) {
            throw invalid(name, value, "a string");
        }
        return (String) value;
    }

    public String requiredString(String name) {
        String value = string(name, null);
        if (value == null) {
            throw invalid(name, "(missing)", "a string (required)");
        }
        return value;
    }

    /** A string that must be one of {@code allowed}. */
    public String choice(String name, String fallback, String... allowed) {
        String value = string(name, fallback);
        if (value != null && !Arrays.asList(allowed).contains(value)) {
            throw invalid(name, value, String.join(", ", allowed));
        }
        return value;
    }

    public double number(String name, double fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number)) {
            throw invalid(name, value, "a number");
        }
        return ((Number) value).doubleValue();
    }

    /** A number in [min, max]. */
    public double number(String name, double fallback, double min, double max) {
        double value = number(name, fallback);
        if (!(value >= min && value <= max)) {
            throw invalid(name, value, "a number in [" + min + ", " + max + "]");
        }
        return value;
    }

    public double requiredNumber(String name, double min, double max) {
        if (!has(name)) {
            throw invalid(name, "(missing)", "a number in [" + min + ", " + max + "] (required)");
        }
        return number(name, Double.NaN, min, max);
    }

    public long integer(String name, long fallback, long min, long max) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number) || ((Number) value).doubleValue() != Math.rint(((Number) value).doubleValue())) {
            throw invalid(name, value, "an integer in [" + min + ", " + max + "]");
        }
        long result = ((Number) value).longValue();
        if (result < min || result > max) {
            throw invalid(name, value, "an integer in [" + min + ", " + max + "]");
        }
        return result;
    }

    public boolean flag(String name, boolean fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean)) {
            throw invalid(name, value, "true or false");
        }
        return (Boolean) value;
    }

    public double[] numbers(String name, double[] fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback == null ? null : fallback.clone();
        }
        if (!(value instanceof List)) {
            throw invalid(name, value, "a list of numbers");
        }
        List<?> list = (List<?>) value;
        double[] result = new double[list.size()];
        for (int i = 0; i < result.length; i++) {
            if (!(list.get(i) instanceof Number)) {
                throw invalid(name + "[" + i + "]", list.get(i), "a number");
            }
            result[i] = ((Number) list.get(i)).doubleValue();
        }
        return result;
    }

    public List<String> strings(String name, List<String> fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof List)) {
            throw invalid(name, value, "a list of strings");
        }
        List<String> result = new ArrayList<>();
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String)) {
                throw invalid(name + "[" + i + "]", list.get(i), "a string");
            }
            result.add((String) list.get(i));
        }
        return result;
    }

    /** A nested object (empty if absent). */
    @SuppressWarnings("unchecked")
    public TaskConfig child(String name) {
        Object value = values.get(name);
        if (value == null) {
            return empty(source, fieldPath(name));
        }
        if (!(value instanceof Map)) {
            throw invalid(name, value, "an object");
        }
        return new TaskConfig(source, fieldPath(name), (Map<String, Object>) value);
    }

    /** Nested objects of a list field (empty if absent). */
    @SuppressWarnings("unchecked")
    public List<TaskConfig> children(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw invalid(name, value, "a list of objects");
        }
        List<TaskConfig> result = new ArrayList<>();
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map)) {
                throw invalid(name + "[" + i + "]", list.get(i), "an object");
            }
            result.add(new TaskConfig(source, fieldPath(name) + "[" + i + "]", (Map<String, Object>) list.get(i)));
        }
        return result;
    }

    /** Rejects fields not in {@code known}, naming the allowed ones (catches typos in study files). */
    public void allowOnly(String... known) {
        List<String> allowed = Arrays.asList(known);
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidInputException(source, fieldPath(name), values.get(name),
                        "no such field; known fields: " + String.join(", ", known));
            }
        }
    }
}
