package org.alpwb.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.alpwb.api.InvalidInputException;

/**
 * Reads a study file and checks it against the study schema ({@code study.schema.json} in this
 * bundle): known fields only, right types, task names and types well formed. Every message names the
 * file, the field path, the bad value and what is allowed. Whether a task type exists and whether its
 * configuration is valid is checked later, against the registered plugins.
 */
final class StudyParser {
    static final List<String> STUDY_FIELDS = List.of("$schema", "name", "description", "seed", "settings", "profiles",
            "tasks", "execution");
    static final List<String> TASK_FIELDS = List.of("type", "config", "inputs", "forEach", "description");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Jackson's message without its internals (source excerpts, start-marker locations). */
    static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        for (String internals : new String[] {" (start marker at", "\n", " at [Source"}) {
            int cut = message.indexOf(internals);
            if (cut >= 0) {
                message = message.substring(0, cut);
            }
        }
        message = message.replaceAll("\\(for .*?\\)", "").trim();
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON is complete (truncated?): "
                    + message.substring("Unexpected end-of-input".length()).replaceFirst("^[:;,]\\s*", "");
        }
        return message;
    }

    StudyDefinition parse(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("study file " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read study file " + file + ": " + e.getMessage());
        }
        return parse(file, text);
    }

    /** Parses {@code text} as the content of {@code file} (an editor's buffer may differ from the disk). */
    StudyDefinition parse(Path file, String text) {
        String source = file.toString();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + describe(e));
        }
        return parse(source, root);
    }

    StudyDefinition parse(String source, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(source, "(root)", root, "a JSON object with fields " + STUDY_FIELDS);
        }
        allowOnly(source, "", root, STUDY_FIELDS);
        String name = requiredName(source, "name", root.get("name"));
        JsonNode descriptionNode = root.get("description");
        if (descriptionNode != null && !descriptionNode.isTextual()) {
            throw new InvalidInputException(source, "description", descriptionNode, "a string");
        }
        JsonNode seedNode = root.get("seed");
        if (seedNode == null || !seedNode.canConvertToExactIntegral() || !seedNode.canConvertToLong()) {
            throw new InvalidInputException(source, "seed", seedNode == null ? "(missing)" : seedNode,
                    "an integer (required; every random stream derives from it)");
        }
        Map<String, Object> settings = objectField(source, "settings", root.get("settings"));
        Map<String, Map<String, Object>> profiles = profiles(source, root.get("profiles"), settings);
        JsonNode tasksNode = root.get("tasks");
        if (tasksNode == null || !tasksNode.isObject() || tasksNode.isEmpty()) {
            throw new InvalidInputException(source, "tasks", tasksNode == null ? "(missing)" : tasksNode,
                    "a non-empty object mapping task names to {type, config, inputs}");
        }
        Map<String, TaskDefinition> tasks = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tasksNode.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            for (TaskDefinition task : task(source, entry.getKey(), entry.getValue())) {
                if (tasks.put(task.name(), task) != null) {
                    throw new InvalidInputException(source, "tasks." + entry.getKey() + ".forEach", task.name(),
                            "values that give distinct task names (this one exists twice)");
                }
            }
        }
        Map<String, Object> execution = objectField(source, "execution", root.get("execution"));
        return new StudyDefinition(source, name, descriptionNode == null ? "" : descriptionNode.asText(),
                seedNode.asLong(), settings, profiles, tasks, execution);
    }

    private Map<String, Map<String, Object>> profiles(String source, JsonNode node, Map<String, Object> settings) {
        Map<String, Map<String, Object>> profiles = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return profiles;
        }
        if (!node.isObject()) {
            throw new InvalidInputException(source, "profiles", node,
                    "an object mapping profile names to setting overrides, e.g. {\"full\": {\"events\": 100000}}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> profile = it.next();
            Map<String, Object> overrides = objectField(source, "profiles." + profile.getKey(), profile.getValue());
            for (String setting : overrides.keySet()) {
                if (!settings.containsKey(setting)) {
                    throw new InvalidInputException(source, "profiles." + profile.getKey() + "." + setting,
                            overrides.get(setting), "a setting declared in \"settings\": " + settings.keySet());
                }
            }
            profiles.put(profile.getKey(), overrides);
        }
        return profiles;
    }

    /** One task, or one per value of its {@code forEach} variable (named {@code <name>-<value>}). */
    private List<TaskDefinition> task(String source, String name, JsonNode node) {
        String path = "tasks." + name;
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException(source, path, name,
                    "a task name of letters, digits, '_', '-', '.' starting with a letter or digit");
        }
        if (!node.isObject()) {
            throw new InvalidInputException(source, path, node, "an object with fields " + TASK_FIELDS);
        }
        allowOnly(source, path, node, TASK_FIELDS);
        String type = requiredName(source, path + ".type", node.get("type"));
        Map<String, Object> config = objectField(source, path + ".config", node.get("config"));
        Map<String, String> inputs = new LinkedHashMap<>();
        JsonNode inputsNode = node.get("inputs");
        if (inputsNode != null) {
            if (!inputsNode.isObject()) {
                throw new InvalidInputException(source, path + ".inputs", inputsNode,
                        "an object mapping input names to task names, e.g. {\"events\": \"generate-signal\"}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = inputsNode.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> input = it.next();
                if (!input.getValue().isTextual()) {
                    throw new InvalidInputException(source, path + ".inputs." + input.getKey(), input.getValue(),
                            "the name of another task (a string)");
                }
                inputs.put(input.getKey(), input.getValue().asText());
            }
        }
        JsonNode forEach = node.get("forEach");
        if (forEach == null || forEach.isNull()) {
            return List.of(new TaskDefinition(name, type, config, inputs, Map.of()));
        }
        if (!forEach.isObject() || forEach.size() != 1) {
            throw new InvalidInputException(source, path + ".forEach", forEach,
                    "an object with one variable and its values, e.g. {\"massGeV\": [0.5, 1.0]} or "
                            + "{\"massGeV\": \"${signalMasses}\"}");
        }
        String variable = forEach.fieldNames().next();
        Object values = JsonValues.toPlain(forEach).get(variable);
        return List.of(new TaskDefinition(name, type, config, inputs, Map.of(variable, values)));
    }

    private Map<String, Object> objectField(String source, String path, JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new InvalidInputException(source, path, node, "a JSON object");
        }
        return JsonValues.toPlain(node);
    }

    private static String requiredName(String source, String path, JsonNode node) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new InvalidInputException(source, path, node == null ? "(missing)" : node, "a non-empty string (required)");
        }
        return node.asText();
    }

    private static void allowOnly(String source, String path, JsonNode node, List<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw new InvalidInputException(source, path.isEmpty() ? field : path + "." + field, node.get(field),
                        "no such field; allowed fields: " + String.join(", ", allowed));
            }
        }
    }
}
