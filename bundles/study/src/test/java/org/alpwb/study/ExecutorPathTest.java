package org.alpwb.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.StudyListener;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.StudyRunOptions;
import org.alpwb.api.study.TaskOutcome.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executor path (specs, keys recomputed by the runner, values by key) against the engine's direct path:
 * the reference is the direct in-process run, an independent code path through TaskGraph and TaskExecution.
 */
class ExecutorPathTest {
    private static final String STUDY = """
            {
              "name": "toy",
              "seed": 42,
              "tasks": {
                "a": {"type": "random-sum", "config": {"count": 5000, "chunk": 300}},
                "b": {"type": "random-sum", "config": {"count": 700}},
                "total": {"type": "add", "config": {"offset": 1.5}, "inputs": {"x": "a", "y": "b"}}
              }
            }
            """;

    @TempDir
    Path directory;
    private TestPlugins.MapRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new TestPlugins.MapRegistry().add("random-sum", "1", new TestPlugins.RandomSum())
                .add("add", "1", new TestPlugins.Add()).service("local", new LocalTaskExecutor());
    }

    private StudyResult run(TestPlugins.MemoryCache cache, String executor) throws IOException {
        Path study = directory.resolve("study.json");
        Files.writeString(study, STUDY);
        return new DefaultStudyEngine(registry, cache).run(study, new StudyRunOptions(directory.resolve("out-" + executor),
                2, Map.of(), () -> false, executor), StudyListener.NONE);
    }

    @Test
    void theLocalExecutorGivesTheBytesOfTheDirectRun() throws IOException {
        TestPlugins.MemoryCache direct = new TestPlugins.MemoryCache();
        TestPlugins.MemoryCache planned = new TestPlugins.MemoryCache();
        assertTrue(run(direct, "").success());
        StudyResult result = run(planned, "local");
        assertTrue(result.success(), result.tasks().toString());
        assertEquals(3, result.count(Status.COMPUTED));
        assertEquals(direct.entries.keySet(), planned.entries.keySet());
        direct.entries.forEach((key, value) -> assertArrayEquals(value, planned.entries.get(key), key));
        // a second run through the executor is served from the cache
        assertEquals(3, run(planned, "local").count(Status.CACHED));
    }

    @Test
    void anUnknownExecutorIsABadInputNamingTheInstalledOnes() {
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> run(new TestPlugins.MemoryCache(), "condor"));
        assertTrue(error.getMessage().contains("--executor") && error.getMessage().contains("local"), error.getMessage());
    }

    @Test
    void theRunnerRefusesASpecWhoseKeyDoesNotMatch() throws Exception {
        SpecRunner runner = new SpecRunner(registry);
        Path study = directory.resolve("study.json");
        Files.writeString(study, STUDY);
        StudyDefinition definition = SettingsResolver.resolve(new StudyParser().parse(study), Map.of());
        TaskGraph graph = TaskGraph.build(definition, registry);
        byte[] spec = runner.spec(definition, definition.tasks().get("b"), graph);
        assertEquals(graph.key("b"), runner.key(spec));
        byte[] edited = new String(spec, StandardCharsets.UTF_8).replace("700", "701").getBytes(StandardCharsets.UTF_8);
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> runner.run(edited, Map.of(), ProgressMonitor.NONE, 1));
        assertTrue(error.getMessage().contains("not its declared key"), error.getMessage());
        TestPlugins.MapRegistry otherVersion = new TestPlugins.MapRegistry().add("random-sum", "2",
                new TestPlugins.RandomSum());
        IllegalStateException version = assertThrows(IllegalStateException.class,
                () -> new SpecRunner(otherVersion).run(spec, Map.of(), ProgressMonitor.NONE, 1));
        assertTrue(version.getMessage().contains("install the same product"), version.getMessage());
    }

    @Test
    void anExecutionBlockNeedsAnExecutorId() throws IOException {
        Path study = directory.resolve("study.json");
        Files.writeString(study, STUDY.replace("\"tasks\"", "\"execution\": {\"partition\": \"debug\"}, \"tasks\""));
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new DefaultStudyEngine(registry, new TestPlugins.MemoryCache()).validate(study));
        assertTrue(error.getMessage().contains("execution.executor"), error.getMessage());
    }
}
