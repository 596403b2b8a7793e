package org.alpwb.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alpwb.api.InvalidInputException;

/**
 * Turns a parsed study into the tasks that run: applies the chosen profile and the command-line
 * overrides to the settings, expands {@code forEach} tasks (one per value, named {@code <name>-<value>}),
 * replaces {@code "${name}"} references (a whole string keeps the value's JSON type, a reference inside a
 * longer string is replaced by its text; {@code "${a.b}"} reaches into a setting {@code a} holding an object, and
 * references nest: {@code "${strategyParameters.${strategy}}"}) and expands input globs ({@code "signal-*": "reco-signal-*"}).
 * All of this happens before keys are computed, so a task's key changes exactly when something it uses
 * changes.
 */
final class SettingsResolver {
    static final String PROFILE = "profile";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)}");

    private SettingsResolver() {
    }

    static StudyDefinition resolve(StudyDefinition study, Map<String, Object> overrides) {
        Map<String, Object> settings = settings(study, overrides);
        Map<String, TaskDefinition> expanded = new LinkedHashMap<>();
        for (TaskDefinition task : study.tasks().values()) {
            for (TaskDefinition instance : expand(study.source(), task, settings)) {
                if (expanded.put(instance.name(), instance) != null) {
                    throw new InvalidInputException(study.source(), "tasks." + task.name(), instance.name(),
                            "unique task names (forEach produced a name that exists already)");
                }
            }
        }
        Map<String, TaskDefinition> tasks = new LinkedHashMap<>();
        for (TaskDefinition task : expanded.values()) {
            tasks.put(task.name(), new TaskDefinition(task.name(), task.type(), task.config(),
                    expandGlobs(study.source(), task, expanded.keySet()), Map.of()));
        }
        return new StudyDefinition(study.source(), study.name(), study.description(), study.seed(), settings,
                study.profiles(), tasks);
    }

    private static Map<String, Object> settings(StudyDefinition study, Map<String, Object> overrides) {
        Map<String, Object> settings = new LinkedHashMap<>(study.settings());
        Object profile = overrides.containsKey(PROFILE) ? overrides.get(PROFILE) : settings.get(PROFILE);
        if (profile != null && !study.profiles().isEmpty()) {
            Map<String, Object> chosen = study.profiles().get(profile.toString());
            if (chosen == null && !profile.equals(settings.get(PROFILE))) {
                java.util.List<String> known = new java.util.ArrayList<>();
                if (settings.get(PROFILE) != null) {
                    known.add(settings.get(PROFILE) + " (the default)");
                }
                known.addAll(study.profiles().keySet());
                throw new InvalidInputException("--profile", PROFILE, profile,
                        "a profile of " + study.source() + ": " + String.join(", ", known));
            }
            if (chosen != null) {
                settings.putAll(chosen);
            }
            if (settings.containsKey(PROFILE)) {
                settings.put(PROFILE, profile.toString());
            }
        }
        overrides.forEach((name, value) -> {
            if (name.equals(PROFILE) && !study.profiles().isEmpty()) {
                return;
            }
            if (!settings.containsKey(name)) {
                throw new InvalidInputException("--set", name, value,
                        "a setting declared in " + study.source() + ": " + String.join(", ", settings.keySet()));
            }
            settings.put(name, coerce(name, value, settings.get(name)));
        });
        return settings;
    }

    private static List<TaskDefinition> expand(String source, TaskDefinition task, Map<String, Object> settings) {
        String path = "tasks." + task.name();
        if (task.forEach().isEmpty()) {
            return List.of(instance(source, task, task.name(), settings));
        }
        Map.Entry<String, Object> variable = task.forEach().entrySet().iterator().next();
        Object values = substitute(variable.getValue(), settings, source, path + ".forEach." + variable.getKey());
        if (!(values instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidInputException(source, path + ".forEach." + variable.getKey(), values,
                    "a non-empty list of numbers or strings (or a reference to a setting holding one)");
        }
        List<TaskDefinition> instances = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object value = list.get(i);
            if (!(value instanceof Number || value instanceof String)) {
                throw new InvalidInputException(source, path + ".forEach." + variable.getKey() + "[" + i + "]", value,
                        "a number or a string");
            }
            Map<String, Object> scope = new LinkedHashMap<>(settings);
            scope.put(variable.getKey(), value);
            instances.add(instance(source, task, task.name() + "-" + text(value), scope));
        }
        return instances;
    }

    @SuppressWarnings("unchecked")
    private static TaskDefinition instance(String source, TaskDefinition task, String name, Map<String, Object> scope) {
        String path = "tasks." + task.name();
        Map<String, Object> config = (Map<String, Object>) substitute(task.config(), scope, source, path + ".config");
        Map<String, String> inputs = new LinkedHashMap<>();
        task.inputs().forEach((input, producer) -> inputs.put(
                (String) substitute(input, scope, source, path + ".inputs"),
                String.valueOf(substitute(producer, scope, source, path + ".inputs." + input))));
        return new TaskDefinition(name, task.type(), config, inputs, Map.of());
    }

    private static Map<String, String> expandGlobs(String source, TaskDefinition task, Iterable<String> taskNames) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, String> input : task.inputs().entrySet()) {
            String key = input.getKey();
            String producer = input.getValue();
            if (!producer.endsWith("*")) {
                inputs.put(key, producer);
                continue;
            }
            if (!key.endsWith("*")) {
                throw new InvalidInputException(source, "tasks." + task.name() + ".inputs." + key, producer,
                        "a glob input needs a glob name too, e.g. \"signal-*\": \"reco-signal-*\"");
            }
            String prefix = producer.substring(0, producer.length() - 1);
            String namePrefix = key.substring(0, key.length() - 1);
            int matched = 0;
            for (String candidate : taskNames) {
                if (candidate.startsWith(prefix) && !candidate.equals(task.name())) {
                    inputs.put(namePrefix + candidate.substring(prefix.length()), candidate);
                    matched++;
                }
            }
            if (matched == 0) {
                throw new InvalidInputException(source, "tasks." + task.name() + ".inputs." + key, producer,
                        "a pattern matching at least one task name");
            }
        }
        return inputs;
    }

    private static Object substitute(Object value, Map<String, Object> scope, String source, String path) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, substitute(v, scope, source, path + "." + k)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                out.add(substitute(list.get(i), scope, source, path + "[" + i + "]"));
            }
            return out;
        }
        if (!(value instanceof String text) || !text.contains("${")) {
            return value;
        }
        // innermost references first: "${strategyParameters.${strategy}}" -> "${strategyParameters.thesis-cuts}" -> value
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Matcher whole = REFERENCE.matcher(text);
            if (whole.matches()) {
                Object found = lookup(whole.group(1), scope, source, path, text);
                return depth < MAX_DEPTH - 1 ? substituteNested(found, scope, source, path, depth) : found;
            }
            Matcher part = REFERENCE.matcher(text);
            StringBuilder out = new StringBuilder();
            boolean any = false;
            while (part.find()) {
                any = true;
                part.appendReplacement(out,
                        Matcher.quoteReplacement(text(lookup(part.group(1), scope, source, path, text))));
            }
            part.appendTail(out);
            if (!any || !out.toString().contains("${")) {
                return out.toString();
            }
            text = out.toString();
        }
        throw new InvalidInputException(source, path, value, "references nested at most " + MAX_DEPTH + " deep");
    }

    private static final int MAX_DEPTH = 8;

    /** A setting's value may itself hold references (e.g. an object of per-strategy parameters): resolve them too. */
    private static Object substituteNested(Object found, Map<String, Object> scope, String source, String path,
            int depth) {
        if (found instanceof String || found instanceof Map || found instanceof List) {
            String text = String.valueOf(found);
            if (text.contains("${")) {
                if (depth > MAX_DEPTH - 3) {
                    throw new InvalidInputException(source, path, text, "references nested at most " + MAX_DEPTH
                            + " deep (a setting referring to itself?)");
                }
                return substitute(found, scope, source, path);
            }
        }
        return found;
    }

    /** A declared setting or forEach variable; {@code a.b} also reaches into a setting {@code a} holding an object. */
    private static Object lookup(String name, Map<String, Object> scope, String source, String path, String text) {
        if (scope.containsKey(name)) {
            return scope.get(name);
        }
        for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
            if (scope.get(name.substring(0, dot)) instanceof Map<?, ?> object) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) object;
                return lookup(name.substring(dot + 1), inner, source, path, text);
            }
        }
        throw new InvalidInputException(source, path, text,
                "references to declared settings (or their keys) or forEach variables: " + String.join(", ",
                        scope.keySet()));
    }

    /** Text of a value in names and interpolated strings: numbers in plain shortest form (0.5, 1, 9.5). */
    static String text(Object value) {
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
            return decimal.toPlainString();
        }
        return String.valueOf(value);
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
        throw new InvalidInputException("--set", name, text, "only scalar settings can be overridden; use a profile");
    }
}
