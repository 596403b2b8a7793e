package org.alpwb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, defects 1 and 7, through the real launcher: Ctrl-C (SIGINT) and SIGTERM cancel a run cleanly (exit
 * 130 / 143, a one-line summary, finished tasks cached, the resume computes only the rest), a second Ctrl-C
 * stops at once, kill -9 leaves no JVM and no framework storage behind, Ctrl-C in the shell cancels alpwb:run
 * but not the shell; a cache in use is one line and exit 1 before any task, {@code --cache-dir} works after the
 * command name, and an idle shell does not hold the cache.
 */
class InterruptTest {
    @TempDir
    Path work;
    Path tmp;
    Workbench alpwb;

    @BeforeEach
    void setUp() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(Paths.toyPluginJar(), plugins.resolve("toy.jar"));
        tmp = Files.createDirectories(work.resolve("tmp"));
        alpwb = new Workbench(work.resolve("cache"), plugins, work).with("TMPDIR", tmp.toString());
    }

    /** Four independent toy tasks of {@code chunks} x {@code millis} ms each and a sum over them. */
    private Path study(int chunks, int millis) throws Exception {
        StringBuilder tasks = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            tasks.append("\"part").append(i).append("\": {\"type\": \"toy-random\", \"config\": {\"chunks\": ")
                    .append(chunks).append(", \"perChunk\": ").append(1000 + i) // distinct keys: no sharing
                    .append(", \"millisPerChunk\": ").append(millis).append("}},");
        }
        Path study = work.resolve("toy.json");
        Files.writeString(study, "{\"name\": \"toy\", \"seed\": 3, \"tasks\": {" + tasks
                + "\"total\": {\"type\": \"toy-sum\", \"inputs\": {\"a\": \"part0\", \"b\": \"part1\", \"c\": \"part2\","
                + " \"d\": \"part3\"}}}}");
        return study;
    }

    private LiveProcess start(String... args) throws Exception {
        return new LiveProcess(alpwb.start(List.of(args)));
    }

    private static long computedLines(String err) {
        return err.lines().filter(l -> l.matches("\\[\\d+/\\d+] computed .*")).count();
    }

    private static Map<String, String> statuses(Path out) throws Exception {
        Map<String, String> statuses = new TreeMap<>();
        for (JsonNode task : new ObjectMapper().readTree(out.resolve("study-manifest.json").toFile()).path("tasks")) {
            statuses.put(task.path("name").asText(), task.path("status").asText());
        }
        return statuses;
    }

    /** No framework storage is left in TMPDIR (the watcher removes it within about a second of the exit). */
    private void assertTemporaryFilesRemoved() throws Exception {
        for (int i = 0; i < 100 && listTmp().length > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, listTmp().length, "left in TMPDIR: " + String.join(", ", listTmp()));
    }

    private String[] listTmp() throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).toArray(String[]::new);
        }
    }

    private static void assertNoStackTrace(LiveProcess process) {
        assertFalse(process.err().contains("\tat ") || process.out().contains("\tat "), "stack trace:\n" + process);
    }

    @Test
    void ctrlCCancelsCleanlyAndTheResumeComputesOnlyTheRest() throws Exception {
        Path study = study(40, 250); // 10 s per task, one at a time
        long finished;
        try (LiveProcess run = start("run", study.toString(), "--out", "out", "--threads", "1")) {
            assertTrue(run.awaitErr(err -> computedLines(err) >= 1, 120_000), "no task finished:\n" + run);
            finished = computedLines(run.err());
            run.signal("INT");
            assertEquals(130, run.awaitExit(30_000), run.toString());
            List<String> summary = run.out().lines().filter(l -> l.contains("cancelled")).toList();
            assertEquals(1, summary.size(), run.toString());
            assertTrue(summary.get(0).contains("the same command resumes"), run.toString());
            assertNoStackTrace(run);
            assertFalse(run.err().lines().anyMatch(l -> l.contains("skipped")), "cancelled tasks listed:\n" + run);
        }
        assertTemporaryFilesRemoved();
        Workbench.Result resumed = alpwb.run("run", study.toString(), "--out", "out", "--threads", "2");
        assertEquals(0, resumed.exitCode(), resumed.toString());
        Map<String, String> statuses = statuses(work.resolve("out"));
        long cached = statuses.values().stream().filter("cached"::equals).count();
        assertTrue(cached >= finished, finished + " tasks had finished before Ctrl-C, only " + cached + " cached: "
                + statuses);
        assertTrue(cached < 5, "nothing was left to compute: " + statuses);
    }

    @Test
    void aSecondCtrlCStopsAtOnce() throws Exception {
        Path study = study(3, 20_000); // a chunk takes 20 s: a clean cancel would wait for it
        try (LiveProcess run = start("run", study.toString(), "--out", "out", "--threads", "2")) {
            assertTrue(run.awaitErr(err -> err.contains("study toy: 5 tasks"), 120_000), run.toString());
            Thread.sleep(1000);
            run.signal("INT");
            assertTrue(run.awaitErr(err -> err.contains("cancelling"), 10_000), run.toString());
            long second = System.nanoTime();
            run.signal("INT");
            assertEquals(130, run.awaitExit(10_000), run.toString());
            assertTrue((System.nanoTime() - second) / 1e9 < 5, "the second Ctrl-C did not stop at once");
            assertTrue(run.err().contains("stopped at once"), run.toString());
        }
        assertTemporaryFilesRemoved();
    }

    @Test
    void sigtermCancelsLikeCtrlC() throws Exception {
        Path study = study(12, 250);
        try (LiveProcess run = start("run", study.toString(), "--out", "out", "--threads", "1")) {
            assertTrue(run.awaitErr(err -> computedLines(err) >= 1, 120_000), run.toString());
            run.signal("TERM");
            assertEquals(143, run.awaitExit(30_000), run.toString());
            assertTrue(run.out().contains("cancelled"), run.toString());
            assertNoStackTrace(run);
        }
        assertTemporaryFilesRemoved();
    }

    @Test
    void killMinus9LeavesNoJvmAndNoTemporaryFiles() throws Exception {
        Path study = study(40, 250);
        try (LiveProcess run = start("run", study.toString(), "--out", "out")) {
            assertTrue(run.awaitErr(err -> err.contains("study toy: 5 tasks"), 120_000), run.toString());
            long pid = run.pid();
            run.signal("KILL");
            run.awaitExit(10_000);
            // the launcher execs the JVM: the process killed is the JVM, nothing of it survives
            assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("")
                    .contains(work.resolve("cache").toString())), "a JVM on this cache survived pid " + pid);
        }
        assertTemporaryFilesRemoved();
    }

    @Test
    void ctrlCInTheShellCancelsTheRunButNotTheShell() throws Exception {
        Path study = study(40, 250);
        try (LiveProcess shell = start("shell")) {
            shell.stdin().write(("alpwb:run " + study + " --out out --threads 2\n").getBytes(StandardCharsets.UTF_8));
            shell.stdin().flush();
            assertTrue(shell.awaitErr(err -> err.contains("study toy: 5 tasks"), 120_000), shell.toString());
            Thread.sleep(1500);
            shell.signal("INT");
            assertTrue(shell.awaitErr(err -> err.contains("cancelling"), 10_000), shell.toString());
            shell.stdin().write("alpwb:version\n".getBytes(StandardCharsets.UTF_8));
            shell.stdin().close();
            assertEquals(0, shell.awaitExit(60_000), shell.toString());
            assertTrue(shell.out().contains("cancelled") && shell.out().contains("alpwb 0.1.0"), shell.toString());
        }
    }

    @Test
    void aBusyCacheIsOneLineAndExit1BeforeAnyTaskAndCacheDirWorksAfterTheCommand() throws Exception {
        Path study = study(40, 250);
        try (LiveProcess holder = start("run", study.toString(), "--out", "out-holder", "--threads", "1")) {
            assertTrue(holder.awaitErr(err -> err.contains("study toy: 5 tasks"), 120_000), holder.toString());
            Workbench.Result second = alpwb.run("run", study.toString(), "--out", "out-second");
            assertEquals(1, second.exitCode(), second.toString());
            List<String> lines = second.err().lines().filter(l -> !l.isBlank()).toList();
            assertEquals(1, lines.size(), second.toString());
            assertTrue(lines.get(0).contains("in use by another process (pid " + holder.pid() + ")")
                    && lines.get(0).contains("--cache-dir"), second.toString());
            assertFalse(Files.exists(work.resolve("out-second/study-manifest.json")), "a failed manifest was written");

            Path quick = work.resolve("quick.json");
            Files.writeString(quick, "{\"name\": \"quick\", \"seed\": 1, \"tasks\": {\"a\": {\"type\": \"toy-random\"}}}");
            Workbench.Result elsewhere = alpwb.run("run", quick.toString(), "--out", "out-elsewhere",
                    "--cache-dir", work.resolve("other-cache").toString());
            assertEquals(0, elsewhere.exitCode(), elsewhere.toString());
            assertTrue(Files.exists(work.resolve("other-cache/results.mapdb")), elsewhere.toString());
        }
    }

    @Test
    void anIdleShellDoesNotHoldTheCache() throws Exception {
        try (LiveProcess shell = start("shell")) {
            shell.stdin().write("alpwb:cache stats\necho shell-idle-now\n".getBytes(StandardCharsets.UTF_8));
            shell.stdin().flush();
            assertTrue(shell.awaitOut("shell-idle-now", 120_000), shell.toString());
            Workbench.Result other = alpwb.run("cache", "stats");
            assertEquals(0, other.exitCode(), "the idle shell holds the cache:\n" + other);
            shell.stdin().close();
            assertEquals(0, shell.awaitExit(60_000), shell.toString());
        }
    }
}
