package org.alpwb.study.ui.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a field path of a study error ({@code tasks.limits-thesis-cuts.config.cl}) is in the study text:
 * the longest path of the file that is the field or one of its parents. Tasks expanded by {@code forEach} are
 * named {@code <task>-<value>} in errors, so such a name is mapped back to the task of the file.
 */
final class FieldLocator {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern TASK_FIELD = Pattern.compile("^tasks\\.(.+?)\\.(config|inputs|type|forEach|description)(.*)$");
    private static final Pattern LINE = Pattern.compile("line (\\d+), column (\\d+)");

    /** A place in the text: character offset and length of the field name (with its quotes). */
    record Place(int offset, int length, int line) {
    }

    private FieldLocator() {
    }

    static Place locate(String text, String field, String message) {
        Map<String, Place> places = fieldPlaces(text);
        if (field != null && !field.isEmpty()) {
            String path = mapExpandedTask(field, places);
            Place best = null;
            int bestLength = -1;
            for (Map.Entry<String, Place> entry : places.entrySet()) {
                String candidate = entry.getKey();
                boolean parent = path.equals(candidate) || path.startsWith(candidate + ".")
                        || path.startsWith(candidate + "[");
                if (parent && candidate.length() > bestLength) {
                    best = entry.getValue();
                    bestLength = candidate.length();
                }
            }
            if (best != null) {
                return best;
            }
        }
        Matcher line = LINE.matcher(message == null ? "" : message);
        if (line.find()) {
            int lineNumber = Integer.parseInt(line.group(1)) - 1;
            return new Place(offsetOfLine(text, lineNumber), 1, lineNumber);
        }
        return new Place(0, 1, 0);
    }

    private static String mapExpandedTask(String field, Map<String, Place> places) {
        Matcher matcher = TASK_FIELD.matcher(field);
        if (!matcher.matches() || places.containsKey("tasks." + matcher.group(1))) {
            return field;
        }
        String expanded = matcher.group(1);
        String task = null;
        for (String path : places.keySet()) {
            if (path.startsWith("tasks.") && path.indexOf('.', 6) < 0) {
                String name = path.substring(6);
                if (expanded.startsWith(name + "-") && (task == null || name.length() > task.length())) {
                    task = name;
                }
            }
        }
        return task == null ? field : "tasks." + task + "." + matcher.group(2) + matcher.group(3);
    }

    /** Every field of the text by its path ({@code a.b[2].c}); what cannot be parsed any more is left out. */
    static Map<String, Place> fieldPlaces(String text) {
        Map<String, Place> places = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != null) {
                walk(parser, "", places);
            }
        } catch (IOException | RuntimeException e) {
            // a syntax error: the places found before it are still right
        }
        return places;
    }

    private static void walk(JsonParser parser, String path, Map<String, Place> places) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String full = path.isEmpty() ? name : path + "." + name;
                places.putIfAbsent(full, new Place((int) parser.currentTokenLocation().getCharOffset(),
                        name.length() + 2, parser.currentTokenLocation().getLineNr() - 1));
                parser.nextToken();
                walk(parser, full, places);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                walk(parser, path + "[" + index++ + "]", places);
            }
        }
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 0; i < line && offset >= 0; i++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return offset;
    }
}
