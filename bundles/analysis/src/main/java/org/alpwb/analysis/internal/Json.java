package org.alpwb.analysis.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;

/** JSON in and out; non-finite numbers are written as null (insertion order of maps is kept). */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(byte[] bytes, String source) {
        try {
            return MAPPER.readValue(bytes, Map.class);
        } catch (java.io.IOException e) {
            throw new InvalidInputException(source, "payload", "not a JSON object", "UTF-8 JSON: " + e.getMessage());
        }
    }

    /** A number or null if not finite. */
    static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static List<Double> nums(double[] v) {
        if (v == null) {
            return null;
        }
        List<Double> out = new ArrayList<>(v.length);
        for (double x : v) {
            out.add(num(x));
        }
        return out;
    }

    static List<List<Double>> matrix(double[][] m) {
        List<List<Double>> out = new ArrayList<>();
        for (double[] row : m) {
            out.add(nums(row));
        }
        return out;
    }

    static double number(Map<String, Object> map, String key, String source) {
        Object v = map.get(key);
        if (!(v instanceof Number)) {
            throw new InvalidInputException(source, key, v, "a number");
        }
        return ((Number) v).doubleValue();
    }

    static double[] numbers(Object v, String field, String source) {
        if (!(v instanceof List)) {
            throw new InvalidInputException(source, field, v, "a list of numbers");
        }
        List<?> list = (List<?>) v;
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number)) {
                throw new InvalidInputException(source, field + "[" + i + "]", list.get(i), "a number");
            }
            out[i] = ((Number) list.get(i)).doubleValue();
        }
        return out;
    }

    /** Number formatting for CSV files: shortest round-trip form, empty for non-finite. */
    static String csv(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "";
    }
}
