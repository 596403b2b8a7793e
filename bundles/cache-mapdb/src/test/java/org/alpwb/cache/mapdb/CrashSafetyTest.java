package org.alpwb.cache.mapdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alpwb.api.cache.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writes entries in a loop and is killed (SIGKILL) at a random moment; then the store is
 * reopened. Every entry the child reported as committed must read back intact and the store must stay
 * writable (if MapDB's recovery left it unable to write, by salvaging into a fresh store). Repeated on the
 * same file.
 */
class CrashSafetyTest {

    private static final int KILLS = 4;

    @TempDir
    Path dir;

    record Committed(String key, int size, long seed) {
    }

    @Test
    void committedEntriesSurviveKill9AtRandomMoments() throws Exception {
        Path file = dir.resolve("results.mapdb");
        Random random = new Random(20240611L);
        List<Committed> committed = new ArrayList<>();
        List<String> warnings = new CopyOnWriteArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            List<Committed> reported = new CopyOnWriteArrayList<>();
            Process child = ChildMain.command("write", file.toString(), Long.toString(round + 1)).start();
            CountDownLatch firstCommit = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null;) {
                        String[] parts = line.split(" ");
                        if (parts.length == 4 && parts[0].equals("COMMITTED")) {
                            reported.add(new Committed(parts[1], Integer.parseInt(parts[2]), Long.parseLong(parts[3])));
                            firstCommit.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    // stream closed by the kill
                }
            });
            reader.start();
            assertTrue(firstCommit.await(60, TimeUnit.SECONDS) || !child.isAlive(), "child never committed");
            assertTrue(child.isAlive(), "child died on its own, exit " + (child.isAlive() ? "" : child.exitValue()));
            Thread.sleep(20 + random.nextInt(500));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(10_000);
            assertTrue(!reported.isEmpty(), "round " + round + ": nothing committed");
            committed.addAll(reported);

            try (MapDbStore store = MapDbStore.open(file, warnings::add)) {
                for (Committed entry : committed) {
                    byte[] value = store.get(entry.key()).orElseThrow(
                            () -> new AssertionError("committed entry " + entry + " lost after kill"));
                    assertArrayEquals(MapDbStoreTest.value(entry.size(), entry.seed()), value, entry.toString());
                }
                VerifyReport report = store.verify(false);
                assertTrue(report.ok(), "corrupt after kill: " + report.corruptKeys());
                assertTrue(report.checked() >= committed.size());
                store.put("after-round-" + round, new byte[] {(byte) round}); // still writable
            }
        }
        // MapDB's recovery sometimes leaves a store that opens and reads but fails on the next write; the store then
        // salvages its intact entries (all committed ones, checked above) into a fresh file and says so
        for (String warning : warnings) {
            assertTrue(warning.contains("failed on a write") && warning.contains("salvaged"), warning);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(warnings.size(), files.filter(p -> p.getFileName().toString().matches(".*\\.corrupt-[^.]*"))
                    .count(), "one damaged store kept aside per salvage: " + warnings);
        }
        try (MapDbStore store = MapDbStore.open(file, warnings::add)) {
            for (int round = 0; round < KILLS; round++) {
                assertArrayEquals(new byte[] {(byte) round}, store.get("after-round-" + round).orElseThrow());
            }
        }
    }
}
