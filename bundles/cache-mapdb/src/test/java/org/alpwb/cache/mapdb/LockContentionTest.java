package org.alpwb.cache.mapdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes on one cache: the second gets a clear error; a dead holder leaves no stale lock. */
class LockContentionTest {

    @TempDir
    Path dir;

    @Test
    void secondProcessGetsClearInUseErrorAndTheFileIsKept() throws Exception {
        Path file = dir.resolve("results.mapdb");
        List<String> warnings = new ArrayList<>();
        try (MapDbStore store = MapDbStore.open(file, warnings::add)) {
            store.put(MapDbStoreTest.key(1), MapDbStoreTest.value(1000, 1));
            long size = Files.size(file);

            Process probe = ChildMain.command("probe", file.toString()).start();
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(probe.waitFor(60, TimeUnit.SECONDS));
            assertEquals(ChildMain.EXIT_IN_USE, probe.exitValue(), output);
            assertEquals("IN-USE cache " + file.toAbsolutePath() + " is in use by another process (pid "
                    + ProcessHandle.current().pid() + "); use --cache-dir or wait", output);

            assertEquals(size, Files.size(file), "the holder's file is untouched");
            assertArrayEquals(MapDbStoreTest.value(1000, 1), store.get(MapDbStoreTest.key(1)).orElseThrow());
            store.put(MapDbStoreTest.key(2), new byte[] {2});
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertNoQuarantine();
    }

    @Test
    void lockOfAKilledProcessIsReleasedAndItsDataKept() throws Exception {
        Path file = dir.resolve("results.mapdb");
        Process holder = ChildMain.command("hold", file.toString()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String ready = out.readLine();
            assertTrue(ready != null && ready.equals("READY " + holder.pid()), "holder said " + ready);

            List<String> warnings = new ArrayList<>();
            CacheInUseException e = assertThrows(CacheInUseException.class, () -> MapDbStore.open(file, warnings::add));
            assertEquals("cache " + file.toAbsolutePath() + " is in use by another process (pid " + holder.pid()
                    + "); use --cache-dir or wait", e.getMessage());
            assertEquals(holder.pid(), e.pid().orElseThrow());

            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
            try (MapDbStore store = MapDbStore.open(file, warnings::add)) {
                assertArrayEquals(MapDbStoreTest.value(77, 7), store.get(MapDbStoreTest.key(7)).orElseThrow());
            }
            assertTrue(warnings.isEmpty(), warnings.toString());
            assertNoQuarantine();
        } finally {
            holder.destroyForcibly();
        }
    }

    private void assertNoQuarantine() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.toString().contains(".corrupt-")).count());
        }
    }
}
