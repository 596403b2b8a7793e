package org.alpwb.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.PlannedTask;
import org.alpwb.api.study.StudyListener;
import org.alpwb.api.study.StudyPlan;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.StudyRunOptions;
import org.alpwb.api.study.TaskOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** StudyEngine.plan (used by the desktop workbench) agrees with what a run does, and checks unsaved text. */
class StudyPlanTest {
    private static final String STUDY = """
            {
              "name": "toy", "seed": 7,
              "settings": {"count": 400, "sizes": [100, 200]},
              "profiles": {"big": {"count": 900}},
              "tasks": {
                "a": {"type": "random-sum", "forEach": {"n": "${sizes}"}, "config": {"count": "${n}", "chunk": 50}},
                "b": {"type": "random-sum", "config": {"count": "${count}"}},
                "total": {"type": "add", "config": {"offset": 1.0}, "inputs": {"x": "a-100", "y": "b"}}
              }
            }
            """;

    @TempDir
    Path directory;
    private final TestPlugins.MemoryCache cache = new TestPlugins.MemoryCache();
    private final TestPlugins.MapRegistry registry = new TestPlugins.MapRegistry()
            .add("random-sum", "1", new TestPlugins.RandomSum()).add("add", "1", new TestPlugins.Add());

    @Test
    void plannedKeysNamesAndConfigurationsAreThoseOfTheRun() throws Exception {
        Path file = directory.resolve("study.json");
        Files.writeString(file, STUDY);
        DefaultStudyEngine engine = new DefaultStudyEngine(registry, cache);
        StudyPlan plan = engine.plan(file, STUDY, Map.of("profile", "big"));
        StudyResult run = engine.run(file, new StudyRunOptions(directory.resolve("out"), 2, Map.of("profile", "big"),
                () -> false), StudyListener.NONE);
        assertTrue(run.success(), run.tasks().toString());
        assertEquals(run.tasks().size(), plan.tasks().size());
        for (TaskOutcome outcome : run.tasks()) {
            PlannedTask planned = plan.task(outcome.taskName());
            assertEquals(outcome.taskKey(), planned.key(), outcome.taskName());
        }
        assertEquals(900, ((Number) plan.task("b").config().get("count")).intValue(), "profile applied");
        assertEquals(Map.of("x", "a-100", "y", "b"), plan.task("total").inputs());
    }

    @Test
    void unsavedTextIsPlannedAndItsMistakesNameTheField() throws Exception {
        Path file = directory.resolve("study.json");
        Files.writeString(file, STUDY);
        String edited = STUDY.replace("\"a-100\"", "\"a-300\"");
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new DefaultStudyEngine(registry, cache).plan(file, edited, Map.of()));
        assertEquals("tasks.total.inputs.x", error.field());
    }
}
