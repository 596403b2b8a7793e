package org.alpwb.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published schema and the parser must agree on the fields they accept. */
class StudySchemaTest {

    @Test
    void schemaFieldsMatchTheParser() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/study.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        assertEquals(StudyParser.STUDY_FIELDS, names(schema.path("properties")));
        assertEquals(StudyParser.TASK_FIELDS.stream().sorted().toList(),
                names(schema.path("properties").path("tasks").path("additionalProperties").path("properties"))
                        .stream().sorted().toList());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
