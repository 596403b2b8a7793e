package org.alpwb.cache.mapdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.alpwb.api.cache.CacheStatistics;
import org.alpwb.api.cache.VerifyReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.DB;
import org.mapdb.DBMaker;

class MapDbStoreTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final List<MapDbStore> open = new ArrayList<>();

    @AfterEach
    void closeAll() {
        open.forEach(MapDbStore::close);
    }

    private MapDbStore open() {
        MapDbStore store = MapDbStore.open(dir.resolve("results.mapdb"), warnings::add);
        open.add(store);
        return store;
    }

    static String key(int i) {
        return String.format("%064x", 0x5eedL * 1_000_003L + i);
    }

    static Path truncateToHalf(Path file) throws java.io.IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        return file;
    }

    static byte[] value(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void putGetOverwriteRemoveAndStatistics() {
        MapDbStore store = open();
        assertEquals(Optional.empty(), store.get(key(1)));
        store.put(key(1), value(1000, 1));
        store.put(key(2), new byte[0]);
        assertArrayEquals(value(1000, 1), store.get(key(1)).orElseThrow());
        assertArrayEquals(new byte[0], store.get(key(2)).orElseThrow());
        assertTrue(store.contains(key(1)));
        assertFalse(store.contains(key(3)));

        store.put(key(1), value(10, 2)); // overwrite with a different size
        assertArrayEquals(value(10, 2), store.get(key(1)).orElseThrow());

        CacheStatistics stats = store.statistics();
        assertEquals(2, stats.entries());
        assertEquals(10 + 0 + 2L * EntryCodec.OVERHEAD, stats.storedBytes());
        assertEquals(3, stats.hits());
        assertEquals(1, stats.misses());
        assertEquals(3, stats.puts());
        assertTrue(stats.fileBytes() > 0);
        assertEquals(dir.resolve("results.mapdb").toAbsolutePath().toString(), stats.location());

        assertTrue(store.remove(key(1)));
        assertFalse(store.remove(key(1)));
        assertEquals(Optional.empty(), store.get(key(1)));
        assertEquals(1, store.statistics().entries());
        assertEquals(EntryCodec.OVERHEAD, store.statistics().storedBytes());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void entriesSurviveReopen() {
        MapDbStore store = open();
        for (int i = 0; i < 50; i++) {
            store.put(key(i), value(i * 37, i));
        }
        store.close();
        MapDbStore again = open();
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(value(i * 37, i), again.get(key(i)).orElseThrow());
        }
        assertEquals(50, again.statistics().entries());
        assertEquals(0, again.statistics().puts(), "puts count since this opening");
    }

    @Test
    void corruptEntryIsAMissIsRemovedAndLogged() {
        MapDbStore store = open();
        store.put(key(1), value(500, 1));
        store.put(key(2), value(500, 2));
        byte[] record = store.rawRecord(key(1));
        record[EntryCodec.HEADER_BYTES + 100] ^= 0x10; // one bit of the payload
        store.putRawRecord(key(1), record);

        assertEquals(Optional.empty(), store.get(key(1)));
        assertFalse(store.contains(key(1)), "corrupt entry must be dropped");
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains(key(1)) && warnings.get(0).contains("checksum mismatch"), warnings.get(0));
        assertArrayEquals(value(500, 2), store.get(key(2)).orElseThrow());
        assertEquals(500 + EntryCodec.OVERHEAD, store.statistics().storedBytes());
        assertEquals(1, store.statistics().misses());
    }

    @Test
    void aStoreThatFailsOnAWriteIsSalvagedWithoutLosingIntactEntries() throws Exception {
        MapDbStore store = open();
        for (int i = 0; i < 3; i++) {
            store.put(key(i), value(300, i));
        }
        byte[] flipped = store.rawRecord(key(3 - 1));
        flipped[flipped.length - 1] ^= 1; // one entry already damaged: it cannot be carried over
        store.putRawRecord(key(2), flipped);

        store.salvage(new IllegalStateException("simulated MapDB failure on commit"));

        assertArrayEquals(value(300, 0), store.get(key(0)).orElseThrow());
        assertArrayEquals(value(300, 1), store.get(key(1)).orElseThrow());
        assertFalse(store.contains(key(2)), "the damaged entry is not carried over");
        assertEquals(2, store.statistics().entries());
        assertEquals(2 * (300 + EntryCodec.OVERHEAD), store.statistics().storedBytes());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("salvaged 2 intact entries") && warnings.get(0).contains("1 unreadable"),
                warnings.get(0));
        store.put(key(9), value(10, 9)); // writable again
        assertArrayEquals(value(10, 9), store.get(key(9)).orElseThrow());
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().matches("results\\.mapdb\\.corrupt-[^.]*")).count(),
                    "the damaged store is kept aside");
        }
    }

    @Test
    void verifyFindsAndRepairsCorruptEntries() {
        MapDbStore store = open();
        for (int i = 0; i < 5; i++) {
            store.put(key(i), value(200, i));
        }
        byte[] flipped = store.rawRecord(key(1));
        flipped[flipped.length - 1] ^= 1; // checksum byte
        store.putRawRecord(key(1), flipped);
        store.putRawRecord(key(2), Arrays.copyOf(store.rawRecord(key(2)), 50)); // truncated
        store.putRawRecord(key(3), store.rawRecord(key(4))); // record of another key

        VerifyReport report = store.verify(false);
        assertEquals(5, report.checked());
        assertEquals(List.of(key(1), key(2), key(3)), report.corruptKeys().stream().sorted().toList());
        assertFalse(report.repaired());
        assertEquals(5, store.statistics().entries(), "verify without repair changes nothing");

        VerifyReport repaired = store.verify(true);
        assertTrue(repaired.repaired());
        assertEquals(3, repaired.corruptKeys().size());
        assertEquals(2, store.statistics().entries());
        assertEquals(2L * (200 + EntryCodec.OVERHEAD), store.statistics().storedBytes());
        VerifyReport clean = store.verify(false);
        assertTrue(clean.ok());
        assertEquals(2, clean.checked());
        assertArrayEquals(value(200, 0), store.get(key(0)).orElseThrow());
    }

    @Test
    void clearEmptiesTheStoreAndFreesTheFile() {
        MapDbStore store = open();
        long fresh = store.statistics().fileBytes();
        for (int i = 0; i < 40; i++) {
            store.put(key(i), value(100_000, i));
        }
        long before = store.statistics().fileBytes();
        assertTrue(before >= fresh + 2 * 1024 * 1024, before + " vs fresh " + fresh);
        store.clear();
        CacheStatistics after = store.statistics();
        assertEquals(0, after.entries());
        assertEquals(0, after.storedBytes());
        assertEquals(fresh, after.fileBytes(), "the file is as small as a new one");
        store.put(key(1), value(10, 1));
        store.close();
        MapDbStore again = open();
        assertEquals(1, again.statistics().entries());
        assertArrayEquals(value(10, 1), again.get(key(1)).orElseThrow());
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedClearly() {
        MapDbStore store = open();
        store.put(key(1), value(10, 1));
        CacheInUseException e = assertThrows(CacheInUseException.class, this::open);
        assertTrue(e.getMessage().startsWith("cache " + store.file() + " is in use by this process (pid "
                + ProcessHandle.current().pid()), e.getMessage());
        assertTrue(e.getMessage().endsWith("; use --cache-dir or wait"), e.getMessage());
        assertArrayEquals(value(10, 1), store.get(key(1)).orElseThrow(), "the holder is unaffected");
        store.close();
        assertArrayEquals(value(10, 1), open().get(key(1)).orElseThrow(), "released on close");
    }

    @Test
    void garbageFileIsQuarantinedAndAnEmptyStoreStarts() throws Exception {
        Path file = dir.resolve("results.mapdb");
        byte[] garbage = value(100_000, 42);
        Files.write(file, garbage);
        Files.write(dir.resolve("results.mapdb.wal.0"), value(3000, 43));

        MapDbStore store = open();
        assertEquals(0, store.statistics().entries());
        store.put(key(1), value(10, 1));
        assertArrayEquals(value(10, 1), store.get(key(1)).orElseThrow());

        List<Path> moved;
        try (Stream<Path> files = Files.list(dir)) {
            moved = files.filter(p -> p.getFileName().toString().startsWith("results.mapdb.corrupt-")).sorted().toList();
        }
        assertEquals(2, moved.size(), moved.toString());
        assertArrayEquals(garbage, Files.readAllBytes(moved.get(0)), "data file kept unmodified");
        assertTrue(moved.get(1).getFileName().toString().endsWith(".wal.0"), moved.toString());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("moved it aside to " + moved.get(0)), warnings.get(0));
    }

    @Test
    void fileOfANewerStoreFormatIsRefusedNotQuarantined() throws Exception {
        Path file = dir.resolve("results.mapdb");
        DB db = DBMaker.fileDB(file.toFile()).transactionEnable().make();
        db.atomicInteger("alpwbStoreFormat").createOrOpen().set(MapDbStore.STORE_FORMAT + 1);
        db.commit();
        db.close();
        long size = Files.size(file);

        MapDbStore.IncompatibleStoreException e = assertThrows(MapDbStore.IncompatibleStoreException.class, this::open);
        assertTrue(e.getMessage().contains("store format " + (MapDbStore.STORE_FORMAT + 1)), e.getMessage());
        assertEquals(size, Files.size(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.toString().contains(".corrupt-")).count());
        }
        // the lock was released on the failed open
        Files.delete(file);
        open().put(key(1), new byte[1]);
    }

    @Test
    void badArgumentsAndClosedStoreFailClearly() {
        MapDbStore store = open();
        assertThrows(IllegalArgumentException.class, () -> store.put("", new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> store.get("k".repeat(MapDbStore.MAX_KEY_LENGTH + 1)));
        assertThrows(NullPointerException.class, () -> store.put(key(1), null));
        store.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> store.get(key(1)));
        assertTrue(e.getMessage().endsWith("is closed"), e.getMessage());
    }

    /**
     * Issue 17, defect 3: a store truncated to half its size (a full disk, a bad copy). MapDB still opens it, but
     * walking its index fails part-way. verify must name the file and the damage; salvage must keep every entry
     * that can still be read and whose checksum verifies (here: the ones read before the damage was noticed, and
     * any the index still reaches), not throw them all away.
     */
    @Test
    void aTruncatedStoreIsReportedByNameAndItsReadableEntriesAreSalvaged() throws Exception {
        MapDbStore store = open();
        for (int i = 0; i < 12; i++) {
            store.put(key(i), value(200_000, i));
        }
        store.close();
        Path file = truncateToHalf(dir.resolve("results.mapdb"));
        MapDbStore damaged = open();
        List<Integer> readable = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            try {
                Optional<byte[]> got = damaged.get(key(i));
                if (got.isPresent()) {
                    assertArrayEquals(value(200_000, i), got.get());
                    readable.add(i);
                }
            } catch (RuntimeException | Error unreadable) {
                // part of the damage
            }
        }
        VerifyReport report = damaged.verify(false);
        String all = String.join("\n", warnings);
        assertTrue(all.contains(file.toString()), all);
        assertFalse(all.contains(": null"), "the damage must be described: " + all);
        damaged.salvage(new IllegalStateException("simulated write failure on the truncated store"));
        for (int i : readable) {
            assertArrayEquals(value(200_000, i), damaged.get(key(i)).orElseThrow(), "entry " + i + " lost");
        }
        assertTrue(damaged.verify(false).corruptKeys().isEmpty(), "salvaged store is clean");
        assertTrue(report.checked() >= 0);
        assertFalse(readable.isEmpty(), "the test needs entries that survive the truncation");
    }

    /**
     * Issue 17, defect 3 (the part left open): a fresh process opens a truncated store and salvages it without having
     * read anything. Every entry that can still be read by its key must survive, also those the damaged index can no
     * longer list. Which entries are readable is found independently, on a copy of the damaged files opened by a
     * separate store; the salvaged store must hold each of them with its original bytes.
     */
    @Test
    void salvageInAFreshProcessKeepsReadableEntriesTheDamagedIndexNoLongerLists() throws Exception {
        MapDbStore store = open();
        int count = 24;
        for (int i = 0; i < count; i++) {
            store.put(key(i), value(100_000, i));
        }
        store.close();
        Path file = truncateToHalf(dir.resolve("results.mapdb"));
        Path copyDir = Files.createDirectory(dir.resolve("copy"));
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("results.mapdb")).toList()) {
                Files.copy(part, copyDir.resolve(part.getFileName()));
            }
        }
        List<Integer> readable = new ArrayList<>();
        long listed;
        try (MapDbStore copy = MapDbStore.open(copyDir.resolve("results.mapdb"), warning -> { })) {
            listed = copy.verify(false).checked();
            for (int i = 0; i < count; i++) {
                byte[] expected = value(100_000, i);
                try {
                    if (copy.get(key(i)).map(bytes -> Arrays.equals(bytes, expected)).orElse(false)) {
                        readable.add(i);
                    }
                } catch (RuntimeException | Error unreadable) {
                    // part of the damage
                }
            }
        }
        assertTrue(readable.size() > listed, "the test needs readable entries the index does not list: "
                + readable.size() + " readable, " + listed + " listed");

        MapDbStore damaged = open(); // a new process: it has read and written nothing
        damaged.salvage(new IllegalStateException("simulated write failure on the truncated store"));
        for (int i : readable) {
            assertArrayEquals(value(100_000, i), damaged.get(key(i)).orElseThrow(() -> new AssertionError(
                    "readable entry " + i + " lost by the salvage; warnings: " + warnings)));
        }
        assertEquals(readable.size(), damaged.statistics().entries(), "exactly the readable entries are kept");
        assertTrue(damaged.verify(false).corruptKeys().isEmpty(), "salvaged store is clean");
        damaged.close();
        MapDbStore reopened = open(); // the journal of the salvaged store lists what it kept
        reopened.salvage(new IllegalStateException("a second salvage loses nothing"));
        assertEquals(readable.size(), reopened.statistics().entries());
    }

    /** A line torn by a crash in the key journal is cut off, and the next key starts a clean line. */
    @Test
    void aTornJournalLineIsCutOff() throws Exception {
        MapDbStore store = open();
        store.put(key(1), value(10, 1));
        store.close();
        Path journal = dir.resolve("results.mapdb" + KeyJournal.SUFFIX);
        Files.writeString(journal, key(1) + "\n" + "0123abc", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        MapDbStore reopened = open();
        reopened.put(key(2), value(10, 2));
        assertEquals(List.of(key(1), key(2)), Files.readAllLines(journal));
        assertThrows(IllegalArgumentException.class, () -> reopened.put("a\nb", value(1, 1)));
    }

    /**
     * Issue 17, defect 5: MapDB reports a full disk as VolumeIOError (no message) caused by "No space left on
     * device". That is one clear error naming the cache, the directory and the free space; the store is not treated
     * as damaged (no salvage copy, nothing quarantined) and works again once there is space. (Reproduced for real
     * on a 3 MB tmpfs through the launcher, see the issue note; here the failure is MapDB's exception type injected
     * at the commit, because a test cannot fill a disk portably.)
     */
    @Test
    void aFullDiskIsOneClearErrorAndTheStoreIsNotTreatedAsDamaged() throws Exception {
        MapDbStore store = open();
        store.put(key(1), value(1000, 1));
        store.commitFault = new org.mapdb.DBException.VolumeIOError(new java.io.IOException("No space left on device"));
        org.alpwb.api.EnvironmentException error = assertThrows(org.alpwb.api.EnvironmentException.class,
                () -> store.put(key(2), value(1000, 2)));
        assertTrue(error.getMessage().contains(dir.resolve("results.mapdb").toString())
                && error.getMessage().contains("the disk is full") && error.getMessage().contains("MB free on "),
                error.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.contains("salvage") || n.contains("corrupt")), names.toString());
        }
        store.commitFault = null;
        store.put(key(2), value(1000, 2));
        assertArrayEquals(value(1000, 1), store.get(key(1)).orElseThrow());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
