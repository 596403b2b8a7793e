package org.alpwb.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.InvalidInputException;

/**
 * Reads the JSON payloads and files of input artifacts. Every accessor names the input and the
 * field path in its {@link InvalidInputException}, so a malformed input is reported precisely.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String input;
    private final String path;
    private final JsonNode node;

    private Json(String input, String path, JsonNode node) {
        this.input = input;
        this.path = path;
        this.node = node;
    }

    /** Parses UTF-8 JSON bytes of input {@code input} ({@code what} names the payload or file). */
    static Json parse(String input, String what, byte[] bytes) {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new InvalidInputException("input '" + input + "'", what, "(not a JSON object)",
                        "a UTF-8 JSON object");
            }
            return new Json(input, "", root);
        } catch (IOException e) {
            throw new InvalidInputException("input '" + input + "'", what, "(unparsable JSON: " + e.getMessage() + ")",
                    "a UTF-8 JSON object");
        }
    }

    String input() {
        return input;
    }

    JsonNode node() {
        return node;
    }

    private String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    InvalidInputException invalid(String name, Object value, String allowed) {
        return new InvalidInputException("input '" + input + "'", field(name), value, allowed);
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    boolean isNull(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull();
    }

    double number(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isNumber()) {
            throw invalid(name, value == null ? "(missing)" : value, "a number");
        }
        return value.doubleValue();
    }

    /** A number, or NaN when the field is absent or null. */
    double optionalNumber(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw invalid(name, value, "a number or null");
        }
        return value.doubleValue();
    }

    long integer(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber()) {
            throw invalid(name, value == null ? "(missing)" : value, "an integer");
        }
        return value.longValue();
    }

    boolean flag(String name, boolean fallback) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw invalid(name, value, "true or false");
        }
        return value.booleanValue();
    }

    String string(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw invalid(name, value == null ? "(missing)" : value, "a string");
        }
        return value.textValue();
    }

    String optionalString(String name, String fallback) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isTextual()) {
            throw invalid(name, value, "a string");
        }
        return value.textValue();
    }

    Json object(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isObject()) {
            throw invalid(name, value == null ? "(missing)" : value, "an object");
        }
        return new Json(input, field(name), value);
    }

    /** A nested object, or null when absent or null. */
    Json optionalObject(String name) {
        return isNull(name) ? null : object(name);
    }

    List<Json> objects(String name) {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray()) {
            throw invalid(name, value == null ? "(missing)" : value, "a list of objects");
        }
        List<Json> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw invalid(name + "[" + i + "]", value.get(i), "an object");
            }
            result.add(new Json(input, field(name) + "[" + i + "]", value.get(i)));
        }
        return result;
    }

    /** A list of objects, empty when absent or null. */
    List<Json> optionalObjects(String name) {
        return isNull(name) ? List.of() : objects(name);
    }

    /** A list of numbers of the given length ({@code -1}: any); null when the field is null or absent. */
    double[] numbers(String name, int length) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String allowed = length < 0 ? "a list of numbers" : "a list of " + length + " numbers";
        if (!value.isArray() || (length >= 0 && value.size() != length)) {
            throw invalid(name, value, allowed);
        }
        double[] result = new double[value.size()];
        for (int i = 0; i < result.length; i++) {
            if (!value.get(i).isNumber()) {
                throw invalid(name + "[" + i + "]", value.get(i), "a number");
            }
            result[i] = value.get(i).doubleValue();
        }
        return result;
    }

    double[][] matrix(String name, int size) {
        JsonNode value = node.get(name);
        String allowed = "a " + size + " x " + size + " list of lists of numbers";
        if (value == null || !value.isArray() || value.size() != size) {
            throw invalid(name, value == null ? "(missing)" : value, allowed);
        }
        double[][] result = new double[size][size];
        for (int i = 0; i < size; i++) {
            JsonNode row = value.get(i);
            if (!row.isArray() || row.size() != size) {
                throw invalid(name + "[" + i + "]", row, allowed);
            }
            for (int j = 0; j < size; j++) {
                if (!row.get(j).isNumber()) {
                    throw invalid(name + "[" + i + "][" + j + "]", row.get(j), "a number");
                }
                result[i][j] = row.get(j).doubleValue();
            }
        }
        return result;
    }
}
