package org.alpwb.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.StudyListener;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.StudyRunOptions;
import org.alpwb.api.study.TaskOutcome;
import org.alpwb.api.study.TaskOutcome.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyEngineTest {
    private static final String STUDY = """
            {
              "name": "toy",
              "seed": 42,
              "settings": {"count": 5000},
              "tasks": {
                "a": {"type": "random-sum", "config": {"count": "${count}", "chunk": 300}},
                "b": {"type": "random-sum", "config": {"count": 700}},
                "total": {"type": "add", "config": {"offset": 1.5}, "inputs": {"x": "a", "y": "b"}}
              }
            }
            """;

    @TempDir
    Path directory;
    private TestPlugins.MemoryCache cache;
    private TestPlugins.RandomSum randomSum;
    private TestPlugins.Add add;
    private TestPlugins.MapRegistry registry;

    @BeforeEach
    void setUp() {
        cache = new TestPlugins.MemoryCache();
        randomSum = new TestPlugins.RandomSum();
        add = new TestPlugins.Add();
        registry = new TestPlugins.MapRegistry().add("random-sum", "1", randomSum).add("add", "1", add);
    }

    private Path write(String name, String json) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private StudyResult run(Path study, int threads, Map<String, Object> overrides) {
        return new DefaultStudyEngine(registry, cache).run(study,
                new StudyRunOptions(directory.resolve("out-" + threads), threads, overrides, () -> false),
                StudyListener.NONE);
    }

    private double total() {
        return TestPlugins.value(Artifact.fromBytes(cache.get(keyOf("total")).orElseThrow()));
    }

    private String keyOf(String task) {
        StudyDefinition study = SettingsResolver.resolve(new StudyParser().parse(directory.resolve("study.json")),
                Map.of());
        return TaskGraph.build(study, registry).key(task);
    }

    @Test
    void secondRunIsServedFromTheCacheWithIdenticalResults() throws IOException {
        Path study = write("study.json", STUDY);
        StudyResult first = run(study, 2, Map.of());
        assertTrue(first.success(), first.tasks().toString());
        assertEquals(3, first.count(Status.COMPUTED));
        double value = total();

        StudyResult second = run(study, 2, Map.of());
        assertEquals(3, second.count(Status.CACHED));
        assertEquals(2, randomSum.runs.get(), "random-sum must not run again on a cache hit");
        assertEquals(value, total());
        // the files of cached tasks are written again into the new output directory
        assertTrue(Files.exists(directory.resolve("out-2/a/sum.txt")));
        assertTrue(Files.exists(directory.resolve("out-2/" + Manifest.FILE_NAME)));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() throws IOException {
        Path study = write("study.json", STUDY);
        run(study, 1, Map.of());
        double oneThread = total();
        cache.clear();
        run(study, 4, Map.of());
        // exact equality: chunk seeds and summation order are fixed, threads only change who computes
        assertEquals(oneThread, total());
    }

    @Test
    void changingOneTaskRecomputesItAndItsDependentsOnly() throws IOException {
        Path study = write("study.json", STUDY);
        run(study, 2, Map.of());
        String keyA = keyOf("a");
        String keyB = keyOf("b");
        StudyResult changed = run(study, 2, Map.of("count", "6000"));
        Map<String, Status> status = statusByTask(changed);
        assertEquals(Status.COMPUTED, status.get("a"));
        assertEquals(Status.CACHED, status.get("b"));
        assertEquals(Status.COMPUTED, status.get("total"));
        assertEquals(keyB, changed.tasks().get(indexOf(changed, "b")).taskKey());
        assertNotEquals(keyA, changed.tasks().get(indexOf(changed, "a")).taskKey());
    }

    @Test
    void keysIgnoreFormattingAndNumberSpelling() throws IOException {
        write("study.json", STUDY);
        String before = keyOf("total");
        write("study.json", STUDY.replace("\"offset\": 1.5", "\"offset\":   15e-1").replace("\n", " "));
        assertEquals(before, keyOf("total"));
    }

    @Test
    void aFailingTaskSkipsItsDependentsAndSparesTheOthers() throws IOException {
        Path study = write("study.json", STUDY.replace("\"count\": 700", "\"count\": 700, \"fail\": true"));
        StudyResult result = run(study, 2, Map.of());
        Map<String, Status> status = statusByTask(result);
        assertEquals(Status.COMPUTED, status.get("a"));
        assertEquals(Status.FAILED, status.get("b"));
        assertEquals(Status.SKIPPED, status.get("total"));
        assertTrue(result.tasks().get(indexOf(result, "b")).message().contains("asked to fail"));
        assertTrue(cache.contains(keyOf("a")), "finished work is kept when another task fails");
    }

    @Test
    void aSummaryTaskRunsWithTheInputsThatExistNamesTheFailedOnesAndIsNotCached() throws IOException {
        java.util.List<Map<String, String>> seen = new java.util.ArrayList<>();
        org.alpwb.api.study.TaskType summary = new org.alpwb.api.study.TaskType() {
            @Override
            public boolean runsWithFailedInputs(org.alpwb.api.study.TaskConfig config) {
                return true;
            }

            @Override
            public Artifact run(org.alpwb.api.study.TaskContext context) {
                seen.add(context.failedInputs());
                return Artifact.of("test/text", String.join(",", context.inputs().keySet()).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        registry.add("summary", "1", summary);
        Path study = write("study.json", STUDY.replace("\"count\": 700", "\"count\": 700, \"fail\": true")
                .replace("\"type\": \"add\"", "\"type\": \"summary\""));
        StudyResult result = run(study, 2, Map.of());
        assertEquals(Status.COMPUTED, statusByTask(result).get("total"));
        assertEquals(1, seen.size());
        assertEquals(java.util.Set.of("y"), seen.get(0).keySet());
        assertTrue(seen.get(0).get("y").startsWith("failed: ") && seen.get(0).get("y").contains("asked to fail"),
                seen.get(0).toString());
        assertTrue(!cache.contains(keyOf("total")), "a summary of partial inputs must not be cached");
        run(study, 2, Map.of());
        assertEquals(2, seen.size(), "recomputed on the next run");
    }

    @Test
    void unknownFieldsNameTheAllowedOnes() throws IOException {
        Path study = write("study.json", STUDY.replace("\"seed\": 42", "\"seed\": 42, \"sede\": 1"));
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> run(study, 1, Map.of()));
        assertTrue(error.getMessage().contains("'sede'"), error.getMessage());
        assertTrue(error.getMessage().contains("allowed fields: $schema, name, description, seed"), error.getMessage());
    }

    @Test
    void unknownTaskTypeListsTheRegisteredOnes() throws IOException {
        Path study = write("study.json", STUDY.replace("\"type\": \"add\"", "\"type\": \"addd\""));
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> run(study, 1, Map.of()));
        assertEquals("tasks.total.type", error.field());
        assertTrue(error.getMessage().contains("random-sum, add"), error.getMessage());
    }

    @Test
    void pluginValidationNamesTheFieldBeforeAnythingRuns() throws IOException {
        Path study = write("study.json", STUDY.replace("\"count\": 700", "\"count\": -3"));
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> run(study, 1, Map.of()));
        assertEquals("tasks.b.config.count", error.field());
        assertTrue(error.getMessage().contains("-3"), error.getMessage());
        assertEquals(0, randomSum.runs.get());
    }

    @Test
    void missingInputsAndCyclesAreReported() throws IOException {
        Path missing = write("study.json", STUDY.replace("\"y\": \"b\"", "\"y\": \"c\""));
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> run(missing, 1, Map.of()));
        assertEquals("tasks.total.inputs.y", error.field());
        Path cycle = write("study.json", STUDY.replace("{\"count\": 700}",
                "{\"count\": 700}, \"inputs\": {\"t\": \"total\"}"));
        error = assertThrows(InvalidInputException.class, () -> run(cycle, 1, Map.of()));
        assertTrue(error.getMessage().contains("total -> b -> total") || error.getMessage().contains("b -> total -> b"),
                error.getMessage());
    }

    @Test
    void badJsonAndBadOverridesAreInputErrors() throws IOException {
        Path broken = write("study.json", "{\"name\": \"x\",, }");
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> run(broken, 1, Map.of()));
        assertTrue(error.getMessage().contains("line 1"), error.getMessage());
        Path study = write("study.json", STUDY);
        error = assertThrows(InvalidInputException.class, () -> run(study, 1, Map.of("cont", "3")));
        assertTrue(error.getMessage().contains("count"), error.getMessage());
        error = assertThrows(InvalidInputException.class, () -> run(study, 1, Map.of("count", "many")));
        assertTrue(error.getMessage().contains("a number"), error.getMessage());
    }

    private static Map<String, Status> statusByTask(StudyResult result) {
        return result.tasks().stream().collect(java.util.stream.Collectors.toMap(TaskOutcome::taskName,
                TaskOutcome::status));
    }

    private static int indexOf(StudyResult result, String task) {
        List<TaskOutcome> tasks = result.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).taskName().equals(task)) {
                return i;
            }
        }
        throw new AssertionError(task);
    }

    @Test
    void validationAppliesTheOverridesARunWould() throws IOException {
        Path study = write("study.json", STUDY);
        DefaultStudyEngine engine = new DefaultStudyEngine(registry, cache);
        engine.validate(study, Map.of("count", "100"));
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> engine.validate(study, Map.of("count", "-5")));
        assertEquals("tasks.a.config.count", error.field());
        assertThrows(InvalidInputException.class, () -> engine.validate(study, Map.of("nosuch", "3")));
        assertEquals(0, randomSum.runs.get(), "validation runs nothing");
    }

    private static final String WIRED = """
            {
              "name": "wired", "seed": 1,
              "tasks": {
                "a": {"type": "random-sum", "config": {"count": 10}},
                "words": {"type": "greet", "config": {}, "inputs": {"text": "seed-text"}},
                "seed-text": {"type": "greet", "config": {"greeter": "GREETER"}, "inputs": {"text": "a"}}
              }
            }
            """;

    private TestPlugins.Greet greetRegistered() {
        TestPlugins.Greet greet = new TestPlugins.Greet();
        registry.add("greet", "1", greet).service("hello", "hello").service("salut", "salut");
        return greet;
    }

    @Test
    void unknownServiceIdsAreReportedBeforeAnythingRunsWithTheInstalledOnes() throws IOException {
        greetRegistered();
        Path study = write("study.json", WIRED.replace("\"inputs\": {\"text\": \"a\"}", "\"inputs\": {}"));
        DefaultStudyEngine engine = new DefaultStudyEngine(registry, cache);
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> engine.validate(study, Map.of()));
        assertEquals("tasks.seed-text.config.greeter", error.field());
        assertTrue(error.getMessage().contains("'GREETER'") && error.getMessage().contains("hello, salut"),
                error.getMessage());
        assertThrows(InvalidInputException.class, () -> run(study, 1, Map.of()));
        assertEquals(0, randomSum.runs.get(), "nothing ran");
    }

    @Test
    void inputsWiredToAProducerOfTheWrongTypeAreReportedBeforeAnythingRuns() throws IOException {
        TestPlugins.Greet greet = greetRegistered();
        Path study = write("study.json", WIRED.replace("GREETER", "salut"));
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> run(study, 1, Map.of()));
        assertEquals("tasks.seed-text.inputs.text", error.field());
        assertTrue(error.getMessage().contains("test/double") && error.getMessage().contains("test/text"),
                error.getMessage());
        assertEquals(0, randomSum.runs.get() + greet.runs.get(), "nothing ran");
    }

    @Test
    void missingAndUndeclaredInputsOfADeclaringTaskTypeAreReported() throws IOException {
        greetRegistered();
        Path missing = write("study.json", WIRED.replace("GREETER", "salut")
                .replace("\"inputs\": {\"text\": \"a\"}", "\"inputs\": {}"));
        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new DefaultStudyEngine(registry, cache).validate(missing, Map.of()));
        assertEquals("tasks.seed-text.inputs.text", error.field());
        assertTrue(error.getMessage().contains("needs this input (test/text)"), error.getMessage());
        Path unwired = write("study.json", WIRED.replace("GREETER", "salut")
                .replace("\"inputs\": {\"text\": \"a\"}", "\"inputs\": {\"extra-1\": \"a\"}"));
        error = assertThrows(InvalidInputException.class,
                () -> new DefaultStudyEngine(registry, cache).validate(unwired, Map.of()));
        assertEquals("tasks.seed-text.inputs.text", error.field());
        Path undeclared = write("study.json", WIRED.replace("GREETER", "salut")
                .replace("\"inputs\": {\"text\": \"a\"}", "\"inputs\": {\"txet\": \"a\"}"));
        error = assertThrows(InvalidInputException.class,
                () -> new DefaultStudyEngine(registry, cache).validate(undeclared, Map.of()));
        assertEquals("tasks.seed-text.inputs.txet", error.field());
        assertTrue(error.getMessage().contains("text, extra-*"), error.getMessage());
    }

    @Test
    void aTruncatedStudyFileSaysSoWithoutParserInternals() throws IOException {
        Path truncated = write("study.json", STUDY.substring(0, STUDY.length() / 2));
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> run(truncated, 1, Map.of()));
        assertTrue(error.getMessage().contains("study.json") && error.getMessage().contains("ends before the JSON"),
                error.getMessage());
        assertTrue(!error.getMessage().contains("Source:") && !error.getMessage().contains("start marker"),
                error.getMessage());
    }
}
