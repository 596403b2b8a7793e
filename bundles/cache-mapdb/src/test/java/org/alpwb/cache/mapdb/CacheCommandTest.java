package org.alpwb.cache.mapdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.progress.ProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheCommandTest {

    @TempDir
    Path dir;

    private Path file;
    private MapDbResultCache cache;
    private CacheCommand command;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        file = dir.resolve("results.mapdb");
        cache = new MapDbResultCache(file, message -> { });
        command = new CacheCommand(cache);
    }

    @AfterEach
    void tearDown() {
        cache.close();
    }

    private int run(String input, boolean interactive, String... args) {
        out.reset();
        err.reset();
        CommandIO io = new CommandIO(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                interactive, dir, () -> ProgressMonitor.NONE);
        return command.run(List.of(args), io);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void statsTextAndJson() {
        cache.put("a", new byte[100]);
        cache.get("a");
        cache.get("b");
        assertEquals(ExitCodes.OK, run("", false, "stats"));
        assertTrue(out().contains("entries:      1"), out());
        assertTrue(out().contains("stored bytes: 113 (113 B)"), out());
        assertEquals(ExitCodes.OK, run("", false, "stats", "--json"));
        String json = out().trim();
        assertTrue(json.matches("\\{\"location\":\"[^\"]+results\\.mapdb\",\"entries\":1,\"storedBytes\":113,"
                + "\"fileBytes\":[1-9][0-9]*,\"hits\":1,\"misses\":1,\"puts\":1\\}"), json);
    }

    @Test
    void verifyReportsCorruptionWithExitOneAndRepairs() {
        cache.put("good", new byte[] {1});
        cache.close();
        try (MapDbStore store = MapDbStore.open(file, message -> { })) {
            byte[] record = store.rawRecord("good");
            record[EntryCodec.HEADER_BYTES] ^= 1;
            store.putRawRecord("bad", record);
        }
        cache = new MapDbResultCache(file, message -> { });
        command = new CacheCommand(cache);

        assertEquals(ExitCodes.FAILURE, run("", false, "verify"));
        assertTrue(out().contains("checked 2 entries, 1 corrupt") && out().contains("corrupt: bad"), out());
        assertEquals(ExitCodes.FAILURE, run("", false, "verify", "--json"));
        assertEquals("{\"checked\":2,\"corrupt\":[\"bad\"],\"repaired\":false,\"ok\":false}", out().trim());
        assertEquals(ExitCodes.OK, run("", false, "verify", "--repair"));
        assertTrue(out().contains("1 corrupt (removed)"), out());
        assertEquals(ExitCodes.OK, run("", false, "verify"));
        assertTrue(out().contains("checked 1 entries, 0 corrupt"), out());
    }

    @Test
    void clearNeedsYesOrConfirmation() {
        cache.put("a", new byte[10]);
        assertEquals(ExitCodes.BAD_INPUT, run("", false, "clear"));
        assertTrue(err().contains("add --yes"), err());
        assertEquals(1, cache.statistics().entries());

        assertEquals(ExitCodes.FAILURE, run("n\n", true, "clear"));
        assertTrue(err().contains("Remove all 1 entries") && err().contains("not cleared"), err());
        assertEquals(1, cache.statistics().entries());

        assertEquals(ExitCodes.OK, run("y\n", true, "clear"));
        assertEquals(0, cache.statistics().entries());

        cache.put("b", new byte[10]);
        assertEquals(ExitCodes.OK, run("", false, "clear", "--yes"));
        assertTrue(out().contains("cleared " + file.toAbsolutePath()), out());
        assertEquals(0, cache.statistics().entries());
    }

    @Test
    void helpUsageAndBadInput() {
        assertEquals(ExitCodes.OK, run("", false, "--help"));
        assertTrue(out().contains("Usage: cache") && out().contains("stats") && out().contains("verify")
                && out().contains("clear"), out());
        assertEquals(ExitCodes.OK, run("", false, "verify", "--help"));
        assertTrue(out().contains("--repair"), out());
        assertTrue(command.usage().contains("Usage: cache"), command.usage());
        assertTrue(!command.summary().isBlank());

        assertEquals(ExitCodes.BAD_INPUT, run("", false));
        assertTrue(err().contains("missing sub-command"), err());
        assertEquals(ExitCodes.BAD_INPUT, run("", false, "stats", "--bogus"));
        assertTrue(err().contains("Unknown option: '--bogus'"), err());
        assertEquals(ExitCodes.BAD_INPUT, run("", false, "compact"));
        assertTrue(err().contains("compact"), err());
    }

    @Test
    void cacheInUseIsOneClearLineAndExitOne() {
        try (MapDbStore holder = MapDbStore.open(file, message -> { })) {
            assertEquals(ExitCodes.FAILURE, run("", false, "stats"));
            assertEquals("alpwb cache: cache " + file.toAbsolutePath() + " is in use by this process (pid "
                    + ProcessHandle.current().pid() + ", already opened by another component); use --cache-dir or wait",
                    err().trim());
            assertEquals("", out());
        }
    }
}
