package org.alpwb.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the kill -9 / Ctrl-C soak. The ci profile of the default study is interrupted 10 times at seeded
 * moments, alternately with Ctrl-C (SIGINT: clean cancel, exit 130) and kill -9, each time resuming on the same
 * cache. Every task reported finished before an interrupt must come from the cache afterwards (nothing finished
 * is recomputed), and the final outputs must be byte-identical to those of an uninterrupted run in another
 * process with another cache (which also checks that nothing serialised depends on per-process hash order,
 * defect 9). The manifest is compared without its timings.
 */
class InterruptSoakTest {
    private static final Pattern FINISHED = Pattern.compile("\\[\\d+/\\d+] (computed|cached)\\s+(\\S+) ");
    private static final int INTERRUPTS = 10;

    @TempDir
    Path work;

    @Test
    void tenSeededInterruptsResumeToByteIdenticalOutputs() throws Exception {
        Path study = Paths.root().resolve("examples/alp-eegg.json");
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Workbench reference = new Workbench(work.resolve("cache-reference"), plugins, work);
        Workbench.Result uninterrupted = reference.run("run", study.toString(), "--profile", "ci", "--out",
                "out-reference");
        assertEquals(0, uninterrupted.exitCode(), uninterrupted.toString());

        Workbench alpwb = new Workbench(work.resolve("cache"), plugins, work);
        Random random = new Random(20261201L);
        Set<String> finished = new TreeSet<>();
        List<String> log = new ArrayList<>();
        for (int i = 0; i < INTERRUPTS; i++) {
            boolean ctrlC = i % 2 == 0;
            // seeded moment, tied to progress rather than to the clock (so it holds at any machine load): after
            // this run has computed 1 or 2 more tasks, plus 0 to 2 s into the next ones
            int tasksToCompute = 1 + random.nextInt(2);
            long extraMillis = random.nextInt(2000);
            try (LiveProcess run = new LiveProcess(alpwb.start(List.of("run", study.toString(), "--profile", "ci",
                    "--out", "out", "--threads", "2")))) {
                boolean due = run.awaitErr(err -> computedCount(err) >= tasksToCompute, 600_000);
                Thread.sleep(due ? extraMillis : 0);
                Map<String, String> before = finishedTasks(run.err());
                if (due) {
                    run.signal(ctrlC ? "INT" : "KILL");
                }
                int exit = run.awaitExit(300_000);
                if (ctrlC && due && exit != 0) {
                    assertEquals(130, exit, run.toString());
                    assertTrue(run.out().contains("cancelled"), run.toString());
                }
                Map<String, String> seen = finishedTasks(run.err());
                for (Map.Entry<String, String> task : seen.entrySet()) {
                    if (finished.contains(task.getKey())) {
                        assertEquals("cached", task.getValue(), "interrupt " + i + ": " + task.getKey()
                                + " had finished before and was recomputed\n" + run);
                    }
                }
                finished.addAll((ctrlC ? seen : before).keySet());
                log.add((ctrlC ? "Ctrl-C" : "kill -9") + " after " + tasksToCompute + " computed + " + extraMillis
                        + " ms: exit " + exit + ", " + finished.size() + " tasks finished so far");
            }
        }
        Workbench.Result last = alpwb.run("run", study.toString(), "--profile", "ci", "--out", "out", "--threads", "2");
        assertEquals(0, last.exitCode(), last.toString());
        Map<String, String> statuses = finishedTasks(last.err());
        for (String task : finished) {
            assertEquals("cached", statuses.get(task), task + " finished before an interrupt, recomputed at the end; "
                    + String.join("; ", log));
        }
        assertTrue(finished.size() >= INTERRUPTS, "the interrupts came too late to test anything: " + log);
        assertSameOutputs(work.resolve("out-reference"), work.resolve("out"));
        System.out.println("InterruptSoakTest: " + String.join("; ", log));
    }

    private static long computedCount(String err) {
        return finishedTasks(err).values().stream().filter("computed"::equals).count();
    }

    private static Map<String, String> finishedTasks(String err) {
        Map<String, String> tasks = new TreeMap<>();
        Matcher m = FINISHED.matcher(err);
        while (m.find()) {
            tasks.put(m.group(2), m.group(1));
        }
        return tasks;
    }

    private static void assertSameOutputs(Path expected, Path actual) throws Exception {
        List<Path> expectedFiles = files(expected);
        assertEquals(expectedFiles.stream().map(p -> expected.relativize(p).toString()).toList(),
                files(actual).stream().map(p -> actual.relativize(p).toString()).toList(), "the same files");
        for (Path file : expectedFiles) {
            Path relative = expected.relativize(file);
            if (relative.toString().equals("study-manifest.json")) {
                assertEquals(withoutTimings(file), withoutTimings(actual.resolve(relative)), "manifest");
            } else if (!relative.toString().equals("alpwb-errors.log")) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(actual.resolve(relative)),
                        relative + " differs between the uninterrupted and the interrupted-and-resumed run");
            }
        }
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The manifest without what legitimately differs: seconds, and status (cached vs computed). */
    private static String withoutTimings(Path manifest) throws Exception {
        JsonNode root = new ObjectMapper().readTree(manifest.toFile());
        strip(root);
        return root.toString();
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("seconds", "status", "computed", "cached"));
        }
        node.forEach(InterruptSoakTest::strip);
    }
}
