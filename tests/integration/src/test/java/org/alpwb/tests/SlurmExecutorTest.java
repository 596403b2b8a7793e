package org.alpwb.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slurm executor against a real one-node Slurm cluster (tests/slurm/cluster.sh): the product launcher
 * as driver, job arrays of real workers. The reference for every result is the local run of the same
 * study: the engine's direct in-process path, which shares no code with the worker protocol beyond the
 * task types themselves.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SlurmExecutorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SlurmCluster cluster;

    @TempDir
    static Path directory;

    @BeforeAll
    static void cluster() throws Exception {
        cluster = SlurmCluster.obtain();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Workbench workbench(String cache) throws IOException {
        Path plugins = directory.resolve("plugins");
        if (!Files.exists(plugins.resolve("toy.jar"))) {
            Files.createDirectories(plugins);
            Files.copy(Paths.toyPluginJar(), plugins.resolve("toy.jar"));
        }
        return new Workbench(directory.resolve(cache), plugins, directory).with("SLURM_CONF", cluster.conf());
    }

    private static Path emptyPlugins() throws IOException {
        return Files.createDirectories(directory.resolve("no-plugins"));
    }

    /** Every entry of a study, exported from a cache: key file name to bytes. */
    private static Map<String, byte[]> exported(Workbench alpwb, String study, String profile, String target)
            throws Exception {
        Workbench.Result export = alpwb.run("cache", "export", "--study", study, "--profile", profile, target);
        assertEquals(0, export.exitCode(), export.toString());
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(directory.resolve(target))) {
            for (Path file : listing.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    @Order(1)
    void theCiStudyOnSlurmGivesTheLocalBytesAndLimits() throws Exception {
        String study = Paths.root().resolve("examples/alp-eegg.json").toString();
        Workbench local = new Workbench(directory.resolve("cache-local"), emptyPlugins(), directory);
        Workbench.Result localRun = local.run("run", study, "--profile", "ci", "--out", "out-local", "--quiet");
        assertEquals(0, localRun.exitCode(), localRun.toString());

        Workbench slurm = new Workbench(directory.resolve("cache-slurm"), emptyPlugins(), directory)
                .with("SLURM_CONF", cluster.conf());
        Workbench.Result slurmRun = slurm.run("run", study, "--profile", "ci", "--out", "out-slurm", "--quiet",
                "--executor", "slurm");
        assertEquals(0, slurmRun.exitCode(), slurmRun.toString());

        Map<String, byte[]> localEntries = exported(local, study, "ci", "export-local");
        Map<String, byte[]> slurmEntries = exported(slurm, study, "ci", "export-slurm");
        assertEquals(localEntries.keySet(), slurmEntries.keySet());
        localEntries.forEach((name, bytes) -> assertArrayEquals(bytes, slurmEntries.get(name), name));
        for (String strategy : List.of("limits-thesis-cuts", "limits-slides-cuts")) {
            try (Stream<Path> files = Files.list(directory.resolve("out-local").resolve(strategy))) {
                for (Path file : files.toList()) {
                    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(
                            directory.resolve("out-slurm").resolve(strategy).resolve(file.getFileName())), file.toString());
                }
            }
        }
        JsonNode manifest = JSON.readTree(directory.resolve("out-slurm/study-manifest.json").toFile());
        for (JsonNode task : manifest.path("tasks")) {
            assertEquals("computed", task.path("status").asText(), task.toString());
            assertTrue(task.path("execution").path("jobId").asText().matches("\\d+_\\d+"), task.toString());
        }
        assertTrue(cluster.aliveElements(jobIds(manifest)).isEmpty(), "no job is left behind");
        assertFalse(Files.exists(directory.resolve("out-slurm/.slurm-staging/jobs")), "a successful run cleans staging");
    }

    @Test
    @Order(2)
    void exportImportRoundTripVerifiesEveryEntry() throws Exception {
        Path source = directory.resolve("export-slurm");
        Workbench fresh = new Workbench(directory.resolve("cache-imported"), emptyPlugins(), directory);
        Workbench.Result imported = fresh.run("cache", "import", source.toString());
        assertEquals(0, imported.exitCode(), imported.toString());
        Map<String, byte[]> again = exported(fresh, Paths.root().resolve("examples/alp-eegg.json").toString(), "ci",
                "export-again");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                assertArrayEquals(Files.readAllBytes(file), again.get(file.getFileName().toString()), file.toString());
            }
        }
        // one flipped byte in a copy: reported by name, the intact entries are still imported
        Path damagedDirectory = Files.createDirectories(directory.resolve("export-damaged"));
        Path victim = null;
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.sorted().toList()) {
                Files.copy(file, damagedDirectory.resolve(file.getFileName()));
                victim = damagedDirectory.resolve(file.getFileName());
            }
        }
        byte[] bytes = Files.readAllBytes(victim);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(victim, bytes);
        Workbench.Result damaged = new Workbench(directory.resolve("cache-damaged"), emptyPlugins(), directory)
                .run("cache", "import", damagedDirectory.toString());
        assertEquals(1, damaged.exitCode(), damaged.toString());
        assertTrue(damaged.err().contains(victim.getFileName().toString()) && damaged.err().contains("checksum"),
                damaged.toString());
    }

    private static String toyStudy(String name, Map<String, Object> execution, String tasks) throws IOException {
        Map<String, Object> block = new LinkedHashMap<>(Map.of("executor", "slurm", "memoryMB", 1024,
                "pollSeconds", 0.5, "maxPollSeconds", 2));
        block.putAll(execution);
        String json = "{\"name\": \"" + name + "\", \"seed\": 11, \"execution\": " + JSON.writeValueAsString(block)
                + ", \"tasks\": {" + tasks + "}}";
        Path file = directory.resolve(name + ".json");
        Files.writeString(file, json);
        return file.toString();
    }

    private static final String SLOW_TASKS = """
            "a": {"type": "toy-random", "config": {"chunks": 12, "millisPerChunk": 1000}},
            "b": {"type": "toy-random", "config": {"chunks": 12, "millisPerChunk": 1000}},
            "c": {"type": "toy-random", "config": {"chunks": 3}},
            "total": {"type": "toy-sum", "inputs": {"x": "a", "y": "b", "z": "c"}}
            """;

    @Test
    @Order(3)
    void aKilledDriverReadoptsItsJobsAndResubmitsOnlyWhatIsMissing() throws Exception {
        String study = toyStudy("readopt", Map.of("chunkSize", 1), SLOW_TASKS);
        Workbench alpwb = workbench("cache-readopt");
        Process driver = alpwb.start(List.of("run", study, "--out", "out-readopt", "--quiet"));
        Path journal = directory.resolve("out-readopt/slurm-jobs.json");
        Map<String, String> before = waitForRunningJobs(journal, 3);
        driver.descendants().forEach(ProcessHandle::destroyForcibly); // SIGKILL: no shutdown hook, jobs stay
        driver.destroyForcibly();
        driver.waitFor(30, TimeUnit.SECONDS);
        assertFalse(cluster.aliveElements(new ArrayList<>(before.values())).isEmpty(),
                "the jobs outlive the killed driver");

        Workbench.Result resumed = alpwb.run("run", study, "--out", "out-readopt", "--quiet");
        assertEquals(0, resumed.exitCode(), resumed.toString());
        JsonNode manifest = JSON.readTree(directory.resolve("out-readopt/study-manifest.json").toFile());
        for (JsonNode task : manifest.path("tasks")) {
            String name = task.path("name").asText();
            if (before.containsKey(name)) {
                assertEquals(before.get(name), task.path("execution").path("jobId").asText(),
                        name + " was re-adopted, not resubmitted: " + task);
            }
        }
        // the same values as a local run of the same study
        Files.writeString(directory.resolve("readopt-local.json"), Files.readString(Path.of(study))
                .replaceAll("\"execution\": \\{[^}]*\\}, ", ""));
        Workbench.Result local = workbench("cache-readopt-local").run("run", "readopt-local.json", "--out",
                "out-readopt-local", "--quiet");
        assertEquals(0, local.exitCode(), local.toString());
        for (String task : List.of("a/value.txt", "b/value.txt", "c/value.txt", "total/total.txt")) {
            assertEquals(Files.readString(directory.resolve("out-readopt-local").resolve(task)),
                    Files.readString(directory.resolve("out-readopt").resolve(task)), task);
        }
    }

    /** Waits until the journal names at least {@code count} tasks and one of their elements runs; task -> element. */
    private static Map<String, String> waitForRunningJobs(Path journal, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.exists(journal)) {
                Map<String, String> elements = new LinkedHashMap<>();
                JSON.readTree(journal.toFile()).path("tasks").forEach(task -> elements.put(task.path("task").asText(),
                        task.path("jobId").asText() + "_" + task.path("index").asInt()));
                if (elements.size() >= count) {
                    String running = cluster.tool("squeue", "-h", "-r", "-t", "R", "-o", "%i");
                    if (elements.values().stream().anyMatch(running::contains)) {
                        return elements;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no job of " + journal + " started running within 120 s");
    }

    @Test
    @Order(4)
    void anInjectedWorkerFailureIsRetriedThenReportedAndTheRestCompletes() throws Exception {
        Path attempts = directory.resolve("attempts");
        String study = toyStudy("flaky", Map.of("chunkSize", 2, "retries", 2), """
                "flaky": {"type": "toy-flaky", "config": {"attemptsDirectory": "%1$s", "failures": 1, "value": 2.5}},
                "broken": {"type": "toy-flaky", "config": {"attemptsDirectory": "%1$s", "failures": 99}},
                "fine": {"type": "toy-random", "config": {"chunks": 2}},
                "after-broken": {"type": "toy-sum", "inputs": {"x": "broken", "y": "fine"}},
                "after-flaky": {"type": "toy-sum", "inputs": {"x": "flaky", "y": "fine"}}
                """.formatted(attempts));
        Workbench.Result run = workbench("cache-flaky").run("run", study, "--out", "out-flaky");
        assertEquals(1, run.exitCode(), run.toString());
        JsonNode manifest = JSON.readTree(directory.resolve("out-flaky/study-manifest.json").toFile());
        Map<String, JsonNode> tasks = new LinkedHashMap<>();
        manifest.path("tasks").forEach(task -> tasks.put(task.path("name").asText(), task));
        assertEquals("computed", tasks.get("flaky").path("status").asText());
        assertEquals(1, tasks.get("flaky").path("execution").path("attempts").asInt(), "one failed attempt before");
        assertEquals("failed", tasks.get("broken").path("status").asText());
        String message = tasks.get("broken").path("message").asText();
        assertTrue(message.contains("after 3 attempts") && message.contains("injected failure"), message);
        assertEquals("skipped", tasks.get("after-broken").path("status").asText());
        assertEquals("computed", tasks.get("fine").path("status").asText());
        assertEquals("computed", tasks.get("after-flaky").path("status").asText());
        try (Stream<Path> files = Files.list(attempts)) {
            assertEquals(2 + 3, files.count(), "flaky ran twice, broken 1 + 2 retries");
        }
        assertTrue(cluster.aliveElements(jobIds(manifest)).isEmpty(), "no job is left behind");
    }

    @Test
    @Order(5)
    void anInterruptedDriverCancelsItsJobs() throws Exception {
        String study = toyStudy("interrupt", Map.of("chunkSize", 1), SLOW_TASKS);
        Workbench alpwb = workbench("cache-interrupt");
        Process driver = alpwb.start(List.of("run", study, "--out", "out-interrupt", "--quiet"));
        Path journal = directory.resolve("out-interrupt/slurm-jobs.json");
        Map<String, String> elements = waitForRunningJobs(journal, 3);
        List<String> jobs = elements.values().stream().map(e -> e.substring(0, e.indexOf('_'))).distinct().toList();
        driver.destroy(); // SIGTERM to bin/alpwb, which forwards SIGINT to the JVM (what Ctrl-C does)
        assertTrue(driver.waitFor(60, TimeUnit.SECONDS), "the driver exits after cancelling");
        assertTrue(cluster.aliveElements(jobs).isEmpty(), "jobs left behind: " + cluster.aliveElements(jobs));
    }

    @Test
    @Order(6)
    void badExecutionBlocksAreBadInputNamingTheField() throws Exception {
        Workbench alpwb = workbench("cache-bad");
        String tasks = "\"a\": {\"type\": \"toy-random\", \"config\": {\"chunks\": 1}}";
        Workbench.Result partition = alpwb.run("run", toyStudy("bad-partition", Map.of("partition", "gpu-huge"), tasks),
                "--out", "out-bad");
        assertEquals(2, partition.exitCode(), partition.toString());
        assertTrue(partition.err().contains("execution.partition") && partition.err().contains("debug"),
                partition.toString());
        Workbench.Result chunk = alpwb.run("run", toyStudy("bad-chunk", Map.of("chunkSize", -4), tasks), "--check");
        assertEquals(2, chunk.exitCode(), chunk.toString());
        assertTrue(chunk.err().contains("execution.chunkSize"), chunk.toString());
        Workbench.Result executor = alpwb.run("run", toyStudy("bad-executor", Map.of(), tasks), "--executor", "condor");
        assertEquals(2, executor.exitCode(), executor.toString());
        assertTrue(executor.err().contains("--executor") && executor.err().contains("slurm"), executor.toString());
    }

    private static List<String> jobIds(JsonNode manifest) {
        List<String> jobs = new ArrayList<>();
        manifest.path("tasks").forEach(task -> {
            String element = task.path("execution").path("jobId").asText();
            if (element.contains("_") && !jobs.contains(element.substring(0, element.indexOf('_')))) {
                jobs.add(element.substring(0, element.indexOf('_')));
            }
        });
        return jobs;
    }
}
