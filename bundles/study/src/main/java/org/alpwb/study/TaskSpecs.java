package org.alpwb.study;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The worker's spec document ({@code alpwb worker --spec FILE}): everything that determines one task's result,
 * with its configuration already resolved. JSON, format {@value #FORMAT}:
 * {@code {format, study, source, task, type, version, seed, key, config, inputs: {name: key}}}.
 * Numbers keep their JSON type (1.0 stays a float), so the worker's task sees the driver's configuration.
 */
final class TaskSpecs {
    static final String FORMAT = "alpwb-task-spec/1";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    record Spec(String study, String source, String task, String type, String version, long seed, String key,
            Map<String, Object> config, Map<String, String> inputs) {
    }

    private TaskSpecs() {
    }

    static byte[] encode(Spec spec) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("study", spec.study());
        root.put("source", spec.source());
        root.put("task", spec.task());
        root.put("type", spec.type());
        root.put("version", spec.version());
        root.put("seed", spec.seed());
        root.put("key", spec.key());
        root.put("config", spec.config());
        root.put("inputs", spec.inputs());
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("task configuration not serialisable: " + e.getMessage(), e);
        }
    }

    static Spec decode(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a task spec (invalid JSON): " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("not a task spec of format " + FORMAT);
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        root.path("inputs").fields().forEachRemaining(input -> inputs.put(input.getKey(), input.getValue().asText()));
        return new Spec(text(root, "study"), text(root, "source"), text(root, "task"), text(root, "type"),
                text(root, "version"), root.path("seed").asLong(), text(root, "key"),
                JsonValues.toPlain(root.path("config")), inputs);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("task spec lacks the text field '" + field + "'");
        }
        return node.asText();
    }
}
