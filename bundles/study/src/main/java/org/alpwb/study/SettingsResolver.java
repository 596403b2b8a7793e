package org.alpwb.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alpwb.api.InvalidInputException;

/**
 * Applies command-line overrides to a study's settings and replaces every config value that is
 * exactly {@code "${name}"} by the setting's value (keeping its JSON type). References are resolved
 * before keys are computed, so a task's key changes exactly when a setting it uses changes.
 */
final class SettingsResolver {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)}");

    private SettingsResolver() {
    }

    static StudyDefinition resolve(StudyDefinition study, Map<String, Object> overrides) {
        Map<String, Object> settings = new LinkedHashMap<>(study.settings());
        overrides.forEach((name, value) -> {
            if (!settings.containsKey(name)) {
                throw new InvalidInputException("--set", name, value,
                        "a setting declared in " + study.source() + ": " + String.join(", ", settings.keySet()));
            }
            settings.put(name, coerce(name, value, settings.get(name)));
        });
        Map<String, TaskDefinition> tasks = new LinkedHashMap<>();
        for (TaskDefinition task : study.tasks().values()) {
            String path = "tasks." + task.name() + ".config";
            @SuppressWarnings("unchecked")
            Map<String, Object> config = (Map<String, Object>) substitute(task.config(), settings, study.source(), path);
            tasks.put(task.name(), new TaskDefinition(task.name(), task.type(), config, task.inputs()));
        }
        return new StudyDefinition(study.source(), study.name(), study.description(), study.seed(), settings, tasks);
    }

    private static Object substitute(Object value, Map<String, Object> settings, String source, String path) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, substitute(v, settings, source, path + "." + k)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(substitute(list.get(i), settings, source, path + "[" + i + "]"));
            }
            return out;
        }
        if (value instanceof String text) {
            Matcher matcher = REFERENCE.matcher(text);
            if (matcher.matches()) {
                String name = matcher.group(1);
                if (!settings.containsKey(name)) {
                    throw new InvalidInputException(source, path, text,
                            "a reference to a declared setting: " + String.join(", ", settings.keySet()));
                }
                return settings.get(name);
            }
        }
        return value;
    }

    /** Command-line values arrive as text: give them the type of the declared setting. */
    private static Object coerce(String name, Object value, Object declared) {
        if (!(value instanceof String text) || declared instanceof String) {
            return value;
        }
        try {
            if (declared instanceof Long || declared instanceof Integer) {
                return Long.parseLong(text);
            }
            if (declared instanceof Number) {
                return Double.parseDouble(text);
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--set", name, text, "a number (the setting is " + declared + ")");
        }
        if (declared instanceof Boolean) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new InvalidInputException("--set", name, text, "true or false");
            }
            return Boolean.parseBoolean(text);
        }
        throw new InvalidInputException("--set", name, text, "only scalar settings can be overridden");
    }
}
