package org.alpwb.api.parameter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.TaskConfig;

/**
 * The values of a plugin's declared parameters after a study's overrides: every declared parameter has a value
 * (the default where the study is silent), in declaration order. Immutable; {@link #asMap()} is JSON-ready
 * (Double, Long, Boolean, String) and is what generic tasks record in their payloads.
 */
public final class ParameterValues {
    private final List<ParameterSpec> specs;
    private final Map<String, Object> values;

    private ParameterValues(List<ParameterSpec> specs, Map<String, Object> values) {
        this.specs = List.copyOf(specs);
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Checks {@code overrides} (e.g. the {@code parameters} object of a task) against {@code specs}: an unknown
     * name, a value of the wrong type or out of range is an {@link InvalidInputException} naming the field path,
     * the value and what is allowed (for an unknown name: the declared names).
     */
    public static ParameterValues resolve(List<ParameterSpec> specs, TaskConfig overrides) {
        overrides.allowOnly(specs.stream().map(ParameterSpec::name).toArray(String[]::new));
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            values.put(s.name(), switch (s.type()) {
                case NUMBER -> {
                    double v = overrides.number(s.name(), (Double) s.defaultValue());
                    if (!(v >= s.min() && v <= s.max())) {
                        throw overrides.invalid(s.name(), v, s.allowedText());
                    }
                    yield v;
                }
                case INTEGER -> overrides.integer(s.name(), (Long) s.defaultValue(), (long) s.min(), (long) s.max());
                case BOOLEAN -> overrides.flag(s.name(), (Boolean) s.defaultValue());
                case CHOICE -> overrides.choice(s.name(), (String) s.defaultValue(), s.allowed().toArray(String[]::new));
                case STRING -> overrides.string(s.name(), (String) s.defaultValue());
            });
        }
        return new ParameterValues(specs, values);
    }

    /** The defaults of every declared parameter. */
    public static ParameterValues defaults(List<ParameterSpec> specs) {
        return resolve(specs, TaskConfig.empty("defaults", "parameters"));
    }

    public List<ParameterSpec> specs() {
        return specs;
    }

    /** Name to value (Double, Long, Boolean or String), declaration order. */
    public Map<String, Object> asMap() {
        return values;
    }

    public double number(String name) {
        return ((Number) get(name)).doubleValue();
    }

    public long integer(String name) {
        return ((Number) get(name)).longValue();
    }

    public boolean flag(String name) {
        return (Boolean) get(name);
    }

    public String string(String name) {
        return (String) get(name);
    }

    /** True if the value equals the declared default. */
    public boolean isDefault(String name) {
        return get(name).equals(spec(name).defaultValue());
    }

    /** Names whose value differs from the default, in declaration order. */
    public List<String> overridden() {
        List<String> out = new ArrayList<>();
        for (ParameterSpec s : specs) {
            if (!isDefault(s.name())) {
                out.add(s.name());
            }
        }
        return out;
    }

    private ParameterSpec spec(String name) {
        for (ParameterSpec s : specs) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("undeclared parameter '" + name + "'");
    }

    private Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("undeclared parameter '" + name + "'; declared: " + values.keySet());
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterValues p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
