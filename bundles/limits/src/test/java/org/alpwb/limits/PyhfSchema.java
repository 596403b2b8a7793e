package org.alpwb.limits;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The constraints of pyhf's workspace JSON schema, version 1.0.0 (scikit-hep/pyhf,
 * {@code src/pyhf/schemas/1.0.0/workspace.json} and the {@code workspace}, {@code channel},
 * {@code sample}, {@code modifier/*}, {@code observation}, {@code measurement}, {@code config} and
 * {@code parameter} definitions of {@code defs.json}), written out as explicit checks rather than a
 * copied schema file: required properties, no additional properties, JSON types, minItems, the constants
 * (version "1.0.0", modifier types, the lumi modifier's name "lumi") and the data shape per modifier type.
 * Returns the violations as "path: problem".
 */
final class PyhfSchema {
    private final List<String> violations = new ArrayList<>();

    private PyhfSchema() {
    }

    static List<String> violations(JsonNode workspace) {
        PyhfSchema s = new PyhfSchema();
        s.workspace(workspace);
        return s.violations;
    }

    private void workspace(JsonNode n) {
        if (!object(n, "", Set.of("channels", "measurements", "observations", "version"),
                Set.of("channels", "measurements", "observations", "version"))) {
            return;
        }
        if (!"1.0.0".equals(n.path("version").asText(null)) || !n.get("version").isTextual()) {
            violations.add("version: must be \"1.0.0\"");
        }
        each(n, "channels", "channels", 1, this::channel);
        each(n, "measurements", "measurements", 1, this::measurement);
        each(n, "observations", "observations", 1, this::observation);
    }

    private interface Item {
        void check(JsonNode node, String path);
    }

    private void each(JsonNode parent, String field, String path, int minItems, Item item) {
        JsonNode a = parent.get(field);
        if (a == null) {
            return;
        }
        if (!a.isArray()) {
            violations.add(path + ": must be an array");
            return;
        }
        if (a.size() < minItems) {
            violations.add(path + ": needs at least " + minItems + " item(s)");
        }
        for (int i = 0; i < a.size(); i++) {
            item.check(a.get(i), path + "[" + i + "]");
        }
    }

    private boolean object(JsonNode n, String path, Set<String> allowed, Set<String> required) {
        if (n == null || !n.isObject()) {
            violations.add(path + ": must be an object");
            return false;
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                violations.add(path + "." + f + ": additional property not allowed");
            }
        }
        for (String r : required) {
            if (!n.has(r)) {
                violations.add(path + "." + r + ": required");
            }
        }
        return true;
    }

    private void string(JsonNode n, String field, String path) {
        if (n.has(field) && !n.get(field).isTextual()) {
            violations.add(path + "." + field + ": must be a string");
        }
    }

    private void numbers(JsonNode n, String field, String path, int minItems) {
        if (!n.has(field)) {
            return;
        }
        JsonNode a = n.get(field);
        if (!a.isArray() || a.size() < minItems) {
            violations.add(path + "." + field + ": must be an array of >= " + minItems + " numbers");
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isNumber()) {
                violations.add(path + "." + field + "[" + i + "]: must be a number");
            }
        }
    }

    private void channel(JsonNode n, String path) {
        if (object(n, path, Set.of("name", "samples"), Set.of("name", "samples"))) {
            string(n, "name", path);
            each(n, "samples", path + ".samples", 1, this::sample);
        }
    }

    private void sample(JsonNode n, String path) {
        if (object(n, path, Set.of("name", "data", "modifiers"), Set.of("name", "data", "modifiers"))) {
            string(n, "name", path);
            numbers(n, "data", path, 1);
            each(n, "modifiers", path + ".modifiers", 0, this::modifier);
        }
    }

    private void modifier(JsonNode n, String path) {
        if (!object(n, path, Set.of("name", "type", "data"), Set.of("name", "type", "data"))) {
            return;
        }
        string(n, "name", path);
        String type = n.path("type").asText("");
        JsonNode data = n.get("data");
        switch (type) {
            case "normfactor", "shapefactor", "lumi" -> {
                if (data != null && !data.isNull()) {
                    violations.add(path + ".data: must be null for " + type);
                }
                if (type.equals("lumi") && !"lumi".equals(n.path("name").asText())) {
                    violations.add(path + ".name: must be \"lumi\" for a lumi modifier");
                }
            }
            case "shapesys", "staterror" -> numbers(n, "data", path, 1);
            case "normsys" -> {
                if (object(data, path + ".data", Set.of("hi", "lo"), Set.of("hi", "lo"))) {
                    for (String f : List.of("hi", "lo")) {
                        if (data.has(f) && !data.get(f).isNumber()) {
                            violations.add(path + ".data." + f + ": must be a number");
                        }
                    }
                }
            }
            case "histosys" -> {
                if (object(data, path + ".data", Set.of("hi_data", "lo_data"), Set.of("hi_data", "lo_data"))) {
                    numbers(data, "hi_data", path + ".data", 1);
                    numbers(data, "lo_data", path + ".data", 1);
                }
            }
            default -> violations.add(path + ".type: not a modifier type of the schema: " + n.get("type"));
        }
    }

    private void observation(JsonNode n, String path) {
        if (object(n, path, Set.of("name", "data"), Set.of("name", "data"))) {
            string(n, "name", path);
            numbers(n, "data", path, 1);
        }
    }

    private void measurement(JsonNode n, String path) {
        if (!object(n, path, Set.of("name", "config"), Set.of("name", "config"))) {
            return;
        }
        string(n, "name", path);
        JsonNode c = n.get("config");
        if (c != null && object(c, path + ".config", Set.of("poi", "parameters"), Set.of("poi", "parameters"))) {
            string(c, "poi", path + ".config");
            each(c, "parameters", path + ".config.parameters", 0, this::parameter);
        }
    }

    private void parameter(JsonNode n, String path) {
        if (!object(n, path, Set.of("name", "inits", "bounds", "auxdata", "factors", "sigmas", "fixed"),
                Set.of("name"))) {
            return;
        }
        string(n, "name", path);
        for (String f : List.of("inits", "auxdata", "factors", "sigmas")) {
            numbers(n, f, path, 1);
        }
        if (n.has("bounds")) {
            JsonNode b = n.get("bounds");
            if (!b.isArray() || b.size() < 1) {
                violations.add(path + ".bounds: must be a non-empty array");
            } else {
                for (int i = 0; i < b.size(); i++) {
                    numbers(b, i, path + ".bounds");
                }
            }
        }
        if (n.has("fixed") && !n.get("fixed").isBoolean()) {
            violations.add(path + ".fixed: must be a boolean");
        }
    }

    private void numbers(JsonNode array, int index, String path) {
        JsonNode pair = array.get(index);
        if (!pair.isArray()) {
            violations.add(path + "[" + index + "]: must be an array of numbers");
            return;
        }
        for (JsonNode x : pair) {
            if (!x.isNumber()) {
                violations.add(path + "[" + index + "]: must be an array of numbers");
            }
        }
    }
}
