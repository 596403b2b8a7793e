package org.alpwb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code alpwb run} (the whole process tree, SIGKILL) at seeded random moments and checks that a
 * re-run completes with results identical to an uninterrupted run and recomputes only unfinished tasks.
 */
class StudyResumeTest {
    private static final int TASKS = 6;

    @TempDir
    Path work;

    private Path writeStudy() throws Exception {
        StringBuilder tasks = new StringBuilder();
        StringBuilder inputs = new StringBuilder();
        for (int i = 0; i < TASKS; i++) {
            tasks.append("\"part").append(i).append("\": {\"type\": \"toy-random\", \"config\": ")
                    .append("{\"chunks\": 30, \"perChunk\": 20000, \"millisPerChunk\": 100}},\n");
            inputs.append(i == 0 ? "" : ", ").append("\"p").append(i).append("\": \"part").append(i).append('"');
        }
        Path study = work.resolve("resume.json");
        Files.writeString(study, "{\"name\": \"resume\", \"seed\": 7, \"tasks\": {\n" + tasks
                + "\"total\": {\"type\": \"toy-sum\", \"inputs\": {" + inputs + "}}}}\n");
        return study;
    }

    private static Map<String, String> values(Path out) throws Exception {
        Map<String, String> values = new TreeMap<>();
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("study-manifest.json").toFile());
        for (JsonNode task : manifest.path("tasks")) {
            for (JsonNode file : task.path("files")) {
                values.put(file.asText(), Files.readString(out.resolve(file.asText())));
            }
        }
        return values;
    }

    private static Map<String, Integer> statusCounts(Path out) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode task : new ObjectMapper().readTree(out.resolve("study-manifest.json").toFile()).path("tasks")) {
            counts.merge(task.path("status").asText(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void killedRunsResumeFromTheCacheWithIdenticalResults() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(Paths.toyPluginJar(), plugins.resolve("toy.jar"));
        Path study = writeStudy();

        Workbench reference = new Workbench(work.resolve("cache-reference"), plugins, work);
        Workbench.Result uninterrupted = reference.run("run", study.toString(), "--out", "out-reference", "--threads", "2");
        assertEquals(0, uninterrupted.exitCode(), uninterrupted.toString());
        Map<String, String> expected = values(work.resolve("out-reference"));
        assertEquals(TASKS + 1, expected.size());

        Random random = new Random(20261121L);
        for (int attempt = 0; attempt < 2; attempt++) {
            Workbench alpwb = new Workbench(work.resolve("cache-" + attempt), plugins, work);
            long killAfterMillis = 4000 + random.nextInt(3000);
            int finishedBeforeKill = runAndKill(alpwb, study, "out-killed-" + attempt, killAfterMillis);

            Workbench.Result resumed = alpwb.run("run", study.toString(), "--out", "out-" + attempt, "--threads", "1");
            assertEquals(0, resumed.exitCode(), resumed.toString());
            assertEquals(expected, values(work.resolve("out-" + attempt)), "resumed results differ from uninterrupted ones");
            Map<String, Integer> status = statusCounts(work.resolve("out-" + attempt));
            int cached = status.getOrDefault("cached", 0);
            // tasks reported finished before the kill were committed before being reported: all must be reused
            assertTrue(cached >= finishedBeforeKill, "only " + cached + " cached, " + finishedBeforeKill
                    + " had finished before the kill; " + status);
            assertEquals(TASKS + 1, cached + status.getOrDefault("computed", 0), status.toString());
            assertTrue(cached < TASKS + 1, "the kill at " + killAfterMillis + " ms came after the run ended: " + status);
        }
    }

    /** Starts a run, counts tasks reported finished, SIGKILLs the launcher and the JVM; returns that count. */
    private static int runAndKill(Workbench alpwb, Path study, String out, long killAfterMillis) throws Exception {
        Process process = alpwb.start(List.of("run", study.toString(), "--out", out, "--threads", "2"));
        AtomicInteger finished = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.matches("\\[\\d+/\\d+] computed .*")) {
                        finished.incrementAndGet();
                    }
                }
            } catch (java.io.IOException ended) {
                // the process was killed
            }
        });
        reader.start();
        Thread.sleep(killAfterMillis);
        int seen = finished.get();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        reader.join(5000);
        return seen;
    }
}
