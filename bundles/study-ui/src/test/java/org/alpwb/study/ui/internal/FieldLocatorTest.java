package org.alpwb.study.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Error field paths of the study engine are found at the field's name in the text (checked by substring). */
class FieldLocatorTest {
    private static final String STUDY = """
            {
              "name": "s",
              "tasks": {
                "limits": {
                  "type": "expected-limits",
                  "forEach": {"strategy": ["a", "b"]},
                  "config": {"cl": 0.9, "list": [{"x": 1}, {"y": 2}]}
                }
              }
            }
            """;

    private static String at(FieldLocator.Place place) {
        return STUDY.substring(place.offset(), place.offset() + place.length());
    }

    @Test
    void findsNestedFieldsOfExpandedTasksAndListElements() {
        FieldLocator.Place cl = FieldLocator.locate(STUDY, "tasks.limits-a.config.cl", "");
        assertEquals("\"cl\"", at(cl));
        assertEquals(6, cl.line());
        assertEquals("\"y\"", at(FieldLocator.locate(STUDY, "tasks.limits.config.list[1].y", "")));
        // a field that is not in the text (a missing required one): its closest parent
        assertEquals("\"config\"", at(FieldLocator.locate(STUDY, "tasks.limits-b.config.massGeV", "")));
    }

    @Test
    void syntaxErrorsPointAtTheLineTheParserNamed() {
        FieldLocator.Place place = FieldLocator.locate(STUDY, "", "s.json: not valid JSON at line 5, column 3: x");
        assertEquals(4, place.line());
        assertEquals(STUDY.indexOf("      \"type\""), place.offset());
    }
}
