package org.alpwb.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forEach expansion, string interpolation, input globs and profiles. */
class StudyExpansionTest {
    private static final String STUDY = """
            {
              "name": "grid",
              "seed": 3,
              "settings": {"profile": "quick", "masses": [0.5, 1.0, 2], "events": 100, "prefix": "sig"},
              "profiles": {"full": {"masses": [0.5, 1.0, 2, 4], "events": 10000}},
              "tasks": {
                "gen": {"type": "random-sum", "forEach": {"massGeV": "${masses}"},
                        "config": {"count": "${events}", "chunk": 50}},
                "scaled": {"type": "add", "forEach": {"massGeV": "${masses}"},
                           "config": {"offset": "${massGeV}", "label": "${prefix}-${massGeV} GeV"},
                           "inputs": {"events": "gen-${massGeV}"}},
                "all": {"type": "add", "inputs": {"part-*": "scaled-*"}}
              }
            }
            """;

    @TempDir
    Path directory;

    private StudyDefinition resolve(String json, Map<String, Object> overrides) throws IOException {
        Path file = directory.resolve("study.json");
        Files.writeString(file, json);
        return SettingsResolver.resolve(new StudyParser().parse(file), overrides);
    }

    @Test
    void forEachExpandsIntoOneTaskPerValueWithSubstitutedConfigAndInputs() throws IOException {
        StudyDefinition study = resolve(STUDY, Map.of());
        assertEquals(List.of("gen-0.5", "gen-1", "gen-2", "scaled-0.5", "scaled-1", "scaled-2", "all"),
                List.copyOf(study.tasks().keySet()));
        TaskDefinition scaled = study.tasks().get("scaled-0.5");
        assertEquals(0.5, ((Number) scaled.config().get("offset")).doubleValue(), 0.0, "whole reference keeps the number");
        assertEquals("sig-0.5 GeV", scaled.config().get("label"), "references inside strings are interpolated");
        assertEquals(Map.of("events", "gen-0.5"), scaled.inputs());
        assertEquals(100L, study.tasks().get("gen-2").config().get("count"));
    }

    @Test
    void nestedReferencesReachIntoObjectSettingsPerForEachValue() throws IOException {
        String json = """
                {"name": "cmp", "seed": 1,
                 "settings": {"strategies": ["a-cuts", "b-cuts"], "cutA": 1.5,
                              "parameters": {"a-cuts": {"x": "${cutA}"}, "b-cuts": {}}},
                 "tasks": {"limits": {"type": "add", "forEach": {"strategy": "${strategies}"},
                   "config": {"strategy": "${strategy}", "parameters": "${parameters.${strategy}}"}}}}
                """;
        StudyDefinition study = resolve(json, Map.of("cutA", "2.5"));
        assertEquals(Map.of("strategy", "a-cuts", "parameters", Map.of("x", 2.5)),
                study.tasks().get("limits-a-cuts").config(), "object setting, its own reference resolved");
        assertEquals(Map.of("strategy", "b-cuts", "parameters", Map.of()), study.tasks().get("limits-b-cuts").config());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> resolve(
                json.replace("\"b-cuts\": {}", "\"c-cuts\": {}"), Map.of()));
        assertTrue(e.getMessage().contains("${parameters.b-cuts}") && e.getMessage().contains("a-cuts, c-cuts"),
                e.getMessage());
    }

    @Test
    void globInputsCollectEveryMatchingTask() throws IOException {
        StudyDefinition study = resolve(STUDY, Map.of());
        assertEquals(Map.of("part-0.5", "scaled-0.5", "part-1", "scaled-1", "part-2", "scaled-2"),
                study.tasks().get("all").inputs());
    }

    @Test
    void profilesReplaceSettingsAndUnknownProfilesAreNamed() throws IOException {
        StudyDefinition full = resolve(STUDY, Map.of("profile", "full"));
        assertTrue(full.tasks().containsKey("gen-4"));
        assertEquals(10000L, full.tasks().get("gen-4").config().get("count"));
        assertEquals("full", full.settings().get("profile"));
        StudyDefinition quick = resolve(STUDY, Map.of("profile", "quick"));
        assertEquals(3, quick.tasks().keySet().stream().filter(n -> n.startsWith("gen-")).count());
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> resolve(STUDY, Map.of("profile", "huge")));
        assertTrue(error.getMessage().contains("quick (the default), full"), error.getMessage());
    }

    @Test
    void badReferencesAndEmptyGlobsNameTheField() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> resolve(STUDY.replace("${prefix}", "${prefx}"), Map.of()));
        assertTrue(error.getMessage().contains("tasks.scaled.config.label"), error.getMessage());
        assertTrue(error.getMessage().contains("prefix"), error.getMessage());
        error = assertThrows(InvalidInputException.class,
                () -> resolve(STUDY.replace("\"scaled-*\"", "\"scaledd-*\""), Map.of()));
        assertTrue(error.getMessage().contains("tasks.all.inputs.part-*"), error.getMessage());
        error = assertThrows(InvalidInputException.class,
                () -> resolve(STUDY.replace("\"${masses}\"}", "\"${events}\"}"), Map.of()));
        assertTrue(error.getMessage().contains("forEach.massGeV"), error.getMessage());
    }

    @Test
    void keysOfExpandedTasksDependOnTheirOwnValueOnly() throws IOException {
        TestPlugins.MapRegistry registry = new TestPlugins.MapRegistry()
                .add("random-sum", "1", new TestPlugins.RandomSum()).add("add", "1", new TestPlugins.Add());
        TaskGraph quick = TaskGraph.build(resolve(STUDY, Map.of()), registry);
        TaskGraph more = TaskGraph.build(resolve(STUDY, Map.of("profile", "full", "events", "100")), registry);
        assertEquals(quick.key("scaled-1"), more.key("scaled-1"), "adding a mass point must not touch the others");
        assertTrue(!quick.key("all").equals(more.key("all")), "the collector sees the new point");
    }
}
