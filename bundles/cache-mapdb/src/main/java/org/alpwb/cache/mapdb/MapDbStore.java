package org.alpwb.cache.mapdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.alpwb.api.EnvironmentException;
import org.alpwb.api.cache.CacheStatistics;
import org.alpwb.api.cache.VerifyReport;
import org.mapdb.Atomic;
import org.mapdb.DB;
import org.mapdb.DBException;
import org.mapdb.DBMaker;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;

/**
 * One open cache file: a MapDB file store with a write-ahead log, holding {@code String -> byte[]}
 * records framed by {@link EntryCodec}. Every mutation is committed before the call returns.
 * Reads run concurrently; mutations are serialised. Not an OSGi component: see
 * {@link MapDbResultCache}.
 */
final class MapDbStore implements AutoCloseable {

    /** Version of the layout of the MapDB file (names and types of its collections). */
    static final int STORE_FORMAT = 1;
    static final int MAX_KEY_LENGTH = 512;
    /** Reported by verify in place of a key when the index itself cannot be read to the end. */
    static final String DAMAGED_INDEX = "(index: damaged, see the warning)";

    private static final String MAP_NAME = "results";
    private static final String STORED_BYTES = "storedBytes";
    private static final String FORMAT = "alpwbStoreFormat";
    private static final DateTimeFormatter QUARANTINE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Path file;
    private final Consumer<String> warnings;
    private final StoreLock lock;
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong puts = new AtomicLong();
    /** Keys read or written by this process: salvage tries them even when the index can no longer list them. */
    private final java.util.Set<String> knownKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private DB db;
    private HTreeMap<String, byte[]> map;
    private Atomic.Long storedBytes;
    /** Every key stored in this file (see {@link KeyJournal}); open while {@link #db} is. */
    private KeyJournal journal;
    /** The journal was started from an index that could not be listed to the end (a store of an older build). */
    private boolean journalIncomplete;
    private volatile boolean closed;

    private MapDbStore(Path file, Consumer<String> warnings, StoreLock lock) {
        this.file = file;
        this.warnings = warnings;
        this.lock = lock;
    }

    /**
     * Opens (or creates) the cache at {@code file}. A file MapDB cannot open is moved aside to
     * {@code <file>.corrupt-<timestamp>} together with its write-ahead log, and an empty store is
     * started; a warning goes to {@code warnings}.
     *
     * @throws CacheInUseException if another live process (or store of this process) has it open
     * @throws UncheckedIOException if the directory or the lock file cannot be created
     * @throws IllegalStateException if the file was written by a newer, incompatible version
     */
    static MapDbStore open(Path file, Consumer<String> warnings) {
        Path absolute = file.toAbsolutePath().normalize();
        StoreLock lock;
        try {
            Files.createDirectories(absolute.getParent());
            lock = StoreLock.acquire(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cache " + absolute + ": cannot create or lock " + e.getMessage(), e);
        }
        MapDbStore store = new MapDbStore(absolute, warnings, lock);
        try {
            store.openDb();
            return store;
        } catch (RuntimeException | Error e) {
            try {
                lock.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private void openDb() {
        try {
            withTccl(this::openOnce);
        } catch (DBException.FileLocked e) {
            // our lock is free but MapDB's own lock on the data file is not: a process that does not
            // use the lock file (an older build?) has it open. Never touch the file in that case.
            throw new CacheInUseException(file, java.util.OptionalLong.empty(), false);
        } catch (IncompatibleStoreException | JournalUnavailableException e) {
            throw e;
        } catch (RuntimeException | java.io.IOError | AssertionError e) {
            // MapDB reports damage as DBException, IOError or (in its Kotlin asserts) AssertionError
            closeDbQuietly();
            Path moved = quarantine(e);
            warnings.accept("cache " + file + " could not be opened (" + describe(e) + "); moved it aside to "
                    + moved + " and started an empty cache");
            withTccl(this::openOnce);
        }
    }

    private Void openOnce() {
        DB opened = DBMaker.fileDB(file.toFile())
                .transactionEnable()
                .fileChannelEnable()
                .make();
        try {
            Atomic.Integer format = opened.atomicInteger(FORMAT).createOrOpen();
            HTreeMap<String, byte[]> results = opened.hashMap(MAP_NAME, Serializer.STRING, Serializer.BYTE_ARRAY)
                    .counterEnable()
                    .createOrOpen();
            Atomic.Long bytes = opened.atomicLong(STORED_BYTES).createOrOpen();
            int found = format.get();
            if (found == 0) {
                format.set(STORE_FORMAT);
                opened.commit();
            } else if (found != STORE_FORMAT) {
                throw new IncompatibleStoreException("cache " + file + " has store format " + found
                        + ", this build reads format " + STORE_FORMAT + "; use --cache-dir to choose another cache");
            }
            // touch the structures once so that a damaged index fails here, not at the first get
            long entries = results.sizeLong();
            bytes.get();
            this.journal = openJournal(results, entries);
            this.db = opened;
            this.map = results;
            this.storedBytes = bytes;
            return null;
        } catch (RuntimeException | Error e) {
            try {
                opened.close();
            } catch (RuntimeException | Error closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Opens the key journal; a store without one (written by an older build) gets one from its index, and a journal
     * much longer than the store (keys stored many times) is compacted when the index lists completely.
     */
    private KeyJournal openJournal(HTreeMap<String, byte[]> results, long entries) {
        KeyJournal opened = null;
        try {
            boolean existed = KeyJournal.exists(file);
            opened = KeyJournal.open(file);
            if (!existed || opened.lines() > 2 * entries + 64) {
                Listing listing = listKeys(results);
                if (!existed || listing.failure() == null) {
                    opened.rewrite(listing.keys());
                    journalIncomplete = listing.failure() != null;
                }
            }
            return opened;
        } catch (IOException e) {
            if (opened != null) {
                try {
                    opened.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new JournalUnavailableException("cache " + file + ": cannot open its key journal "
                    + KeyJournal.pathOf(file) + ": " + e.getMessage(), e);
        }
    }

    /** What went wrong, in words: MapDB's VolumeIOError has no message of its own, its cause says it. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        Throwable cause = e.getCause();
        if (cause instanceof java.io.EOFException) {
            return text + " (the file ends before its data: truncated or not completely copied)";
        }
        if (cause != null && cause != e && (message == null || !message.contains(String.valueOf(cause.getMessage())))) {
            return text + " (" + describe(cause) + ")";
        }
        return text;
    }

    /** True if {@code e} comes from a full disk (or quota): the store is fine, the write could not be made. */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    private EnvironmentException diskFull(String what, Throwable e) {
        long free = -1;
        try {
            free = Files.getFileStore(file.getParent()).getUsableSpace();
        } catch (IOException unknown) {
            // reported as unknown
        }
        return new EnvironmentException("cache " + file + ": could not " + what + ": the disk is full ("
                + (free < 0 ? "free space unknown" : String.format(java.util.Locale.ROOT, "%.1f MB free",
                        free / 1e6)) + " on " + file.getParent() + "); nothing stored before is lost, free some space"
                + " or use --cache-dir", e);
    }

    /** Moves the data file and its write-ahead log aside; returns the new name of the data file. */
    private Path quarantine(Throwable cause) {
        String stamp = QUARANTINE_STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
        String name = file.getFileName().toString();
        Path target = file.resolveSibling(name + ".corrupt-" + stamp);
        for (int i = 1; Files.exists(target); i++) {
            target = file.resolveSibling(name + ".corrupt-" + stamp + "-" + i);
        }
        try {
            for (Path part : storeFiles()) {
                String suffix = part.getFileName().toString().substring(name.length());
                Files.move(part, target.resolveSibling(target.getFileName() + suffix));
            }
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cache " + file + " is unreadable ("
                    + describe(cause) + ") and could not be moved aside: " + e.getMessage(), e);
            failure.addSuppressed(cause);
            throw failure;
        }
        return target;
    }

    /** The data file and its write-ahead log files ({@code <name>.wal.N}) that exist now. */
    private List<Path> storeFiles() throws IOException {
        return storeFiles(file);
    }

    private static List<Path> storeFiles(Path data) throws IOException {
        String name = data.getFileName().toString();
        List<Path> parts = new ArrayList<>();
        if (Files.exists(data)) {
            parts.add(data);
        }
        if (Files.exists(KeyJournal.pathOf(data))) {
            parts.add(KeyJournal.pathOf(data));
        }
        try (DirectoryStream<Path> wal = Files.newDirectoryStream(data.getParent(), escapeGlob(name) + ".wal.*")) {
            wal.forEach(parts::add);
        }
        return parts;
    }

    private static String escapeGlob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private void closeDbQuietly() {
        DB open = db;
        db = null;
        map = null;
        storedBytes = null;
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                warnings.accept("cache " + file + ": closing its key journal failed: " + e.getMessage());
            }
            journal = null;
        }
        if (open != null && !open.isClosed()) {
            try {
                withTccl(() -> {
                    open.close();
                    return null;
                });
            } catch (RuntimeException | Error e) {
                warnings.accept("cache " + file + ": closing MapDB failed: " + describe(e));
            }
        }
    }

    Path file() {
        return file;
    }

    Optional<byte[]> get(String key) {
        checkKey(key);
        byte[] record;
        rw.readLock().lock();
        try {
            checkOpen();
            record = readRecord(key);
        } finally {
            rw.readLock().unlock();
        }
        if (record == null) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        try {
            byte[] value = EntryCodec.decode(key, record);
            hits.incrementAndGet();
            knownKeys.add(key);
            return Optional.of(value);
        } catch (EntryCodec.CorruptEntryException e) {
            misses.incrementAndGet();
            dropCorrupt(key, record, e.getMessage());
            return Optional.empty();
        }
    }

    /** The record of {@code key}, or null; a record MapDB itself cannot read is treated as absent. */
    private byte[] readRecord(String key) {
        try {
            return withTccl(() -> map.get(key));
        } catch (DBException e) {
            warnings.accept("cache " + file + ": entry " + key + " is unreadable (" + describe(e) + "); treated as a miss");
            return null;
        }
    }

    private void dropCorrupt(String key, byte[] seen, String reason) {
        rw.writeLock().lock();
        try {
            checkOpen();
            byte[] now = withTccl(() -> map.get(key));
            if (now != null && Arrays.equals(now, seen)) {
                removeAndCommit(key);
                warnings.accept("cache " + file + ": entry " + key + " is corrupt (" + reason + "); removed it");
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    void put(String key, byte[] value) {
        checkKey(key);
        Objects.requireNonNull(value, "cache value must not be null");
        putRecord(key, EntryCodec.encode(key, value));
        puts.incrementAndGet();
        knownKeys.add(key);
    }

    /** Test hook: every commit fails with this (e.g. MapDB's error for a full disk) until reset to null. */
    volatile RuntimeException commitFault;

    /** Test hook: stores {@code record} as is, without framing it (to simulate on-disk damage). */
    void putRawRecord(String key, byte[] record) {
        putRecord(key, record);
    }

    /** Test hook: the stored record of {@code key}, frame included, or null. */
    byte[] rawRecord(String key) {
        rw.readLock().lock();
        try {
            checkOpen();
            return withTccl(() -> map.get(key));
        } finally {
            rw.readLock().unlock();
        }
    }

    private void putRecord(String key, byte[] record) {
        rw.writeLock().lock();
        try {
            checkOpen();
            journal(key);
            mutate("store entry " + key, () -> {
                byte[] old = map.put(key, record);
                storedBytes.addAndGet(record.length - (old == null ? 0L : old.length));
            });
        } finally {
            rw.writeLock().unlock();
        }
    }

    boolean contains(String key) {
        checkKey(key);
        rw.readLock().lock();
        try {
            checkOpen();
            return withTccl(() -> map.containsKey(key));
        } finally {
            rw.readLock().unlock();
        }
    }

    boolean remove(String key) {
        checkKey(key);
        rw.writeLock().lock();
        try {
            checkOpen();
            return removeAndCommit(key);
        } finally {
            rw.writeLock().unlock();
        }
    }

    /** Records {@code key} in the journal before its entry is committed. Caller holds the write lock. */
    private void journal(String key) {
        try {
            journal.append(key);
        } catch (IOException e) {
            if (isDiskFull(e)) {
                throw diskFull("record key " + key + " in " + journal.path(), e);
            }
            throw new UncheckedIOException("cache " + file + ": cannot record key " + key + " in its key journal "
                    + journal.path() + ": " + e.getMessage(), e);
        }
    }

    /** Caller holds the write lock. */
    private boolean removeAndCommit(String key) {
        boolean[] removed = new boolean[1];
        mutate("remove entry " + key, () -> {
            byte[] old = map.remove(key);
            if (old != null) {
                storedBytes.addAndGet(-old.length);
                removed[0] = true;
            }
        });
        return removed[0];
    }

    /**
     * Runs {@code change} and commits it; on failure rolls back so that nothing half-done stays. If MapDB itself
     * fails (its recovery after a kill can leave a store that opens and reads but breaks on the next write), the
     * intact entries are salvaged into a fresh store and the change is tried once more there.
     */
    private void mutate(String what, Runnable change) {
        RuntimeException failure = tryMutate(what, change);
        if (failure == null) {
            return;
        }
        if (isDiskFull(failure)) {
            throw diskFull(what, failure); // the store is intact: no salvage, no quarantine
        }
        salvage(failure);
        RuntimeException again = tryMutate(what, change);
        if (again != null && isDiskFull(again)) {
            throw diskFull(what, again);
        }
        if (again != null) {
            again.addSuppressed(failure);
            throw again;
        }
    }

    /** Caller holds the write lock; returns the failure, or null if the change is committed. */
    private RuntimeException tryMutate(String what, Runnable change) {
        return withTccl(() -> {
            try {
                change.run();
                RuntimeException fault = commitFault;
                if (fault != null) {
                    throw fault;
                }
                db.commit();
                return null;
            } catch (RuntimeException | Error e) {
                try {
                    db.rollback();
                } catch (RuntimeException | Error rollback) {
                    e.addSuppressed(rollback);
                }
                return new IllegalStateException("cache " + file + ": could not " + what + ": " + describe(e), e);
            }
        });
    }

    /**
     * Copies every entry whose record still decodes (key and checksum) into a fresh store, moves the damaged store
     * aside ({@code *.corrupt-<timestamp>}) and continues on the copy: no committed result is lost. Caller holds the
     * write lock.
     */
    void salvage(Throwable cause) {
        Path fresh = file.resolveSibling(file.getFileName() + ".salvage");
        int[] kept = new int[1];
        int[] lost = new int[1];
        java.util.Set<String> tried = new java.util.LinkedHashSet<>();
        try {
            deleteStore(fresh);
            java.util.Set<String> journalKeys = journal.keys();
            withTccl(() -> {
                DB target = DBMaker.fileDB(fresh.toFile()).transactionEnable().fileChannelEnable().make();
                try {
                    target.atomicInteger(FORMAT).createOrOpen().set(STORE_FORMAT);
                    HTreeMap<String, byte[]> copy = target.hashMap(MAP_NAME, Serializer.STRING, Serializer.BYTE_ARRAY)
                            .counterEnable().createOrOpen();
                    Atomic.Long bytes = target.atomicLong(STORED_BYTES).createOrOpen();
                    tried.addAll(copyIntact(copy, bytes, kept, lost, journalKeys));
                    target.commit();
                } finally {
                    target.close();
                }
                return null;
            });
            closeDbQuietly();
            Path moved = quarantine(cause);
            for (Path part : storeFiles(fresh)) {
                String suffix = part.getFileName().toString().substring(fresh.getFileName().toString().length());
                Files.move(part, file.resolveSibling(file.getFileName() + suffix));
            }
            withTccl(this::openOnce);
            journal.rewrite(tried); // every key tried: one absent now (a put being retried) is tried again next time
            warnings.accept("cache " + file + " failed on a write (" + describe(cause) + "); salvaged " + kept[0]
                    + " intact entries into a fresh store" + (lost[0] == 0 ? "" : ", " + lost[0] + " unreadable ones lost")
                    + "; the damaged store is at " + moved);
        } catch (IOException | RuntimeException | Error e) {
            try {
                deleteStore(fresh); // never leave a half-written (or empty) copy behind
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (isDiskFull(e)) {
                throw diskFull("salvage its intact entries", e);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cache " + file + ": could not salvage after " + describe(cause), io);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) e;
        }
    }

    /** The keys the index lists, up to the point where reading it fails; the failure, if any. */
    private record Listing(List<String> keys, Throwable failure) {
    }

    private Listing listKeys() {
        return listKeys(map);
    }

    private static Listing listKeys(HTreeMap<String, byte[]> index) {
        List<String> keys = new ArrayList<>();
        try {
            java.util.Iterator<String> iterator = index.keySet().iterator();
            while (iterator.hasNext()) {
                keys.add(iterator.next());
            }
            return new Listing(keys, null);
        } catch (RuntimeException | Error unreadableIndex) {
            return new Listing(keys, unreadableIndex);
        }
    }

    /**
     * Copies the entries of the open (damaged) map that decode: those its index still lists, those of the key journal
     * and those this process has read or written (all reachable by key even where the listing breaks off). Returns
     * the keys tried.
     */
    private java.util.Set<String> copyIntact(HTreeMap<String, byte[]> copy, Atomic.Long bytes, int[] kept, int[] lost,
            java.util.Set<String> journalKeys) {
        Listing listing = listKeys();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(listing.keys());
        keys.addAll(journalKeys);
        keys.addAll(new java.util.TreeSet<>(knownKeys));
        if (listing.failure() != null && journalIncomplete) {
            lost[0]++; // the part of the index that could not be read, and no complete journal to stand in for it
        }
        for (String key : keys) {
            try {
                byte[] record = map.get(key);
                if (record == null) {
                    continue; // removed, or its put never committed: nothing to keep
                }
                EntryCodec.decode(key, record);
                copy.put(key, record);
                bytes.addAndGet(record.length);
                kept[0]++;
            } catch (EntryCodec.CorruptEntryException | RuntimeException | Error damaged) {
                lost[0]++;
            }
        }
        return keys;
    }

    private void deleteStore(Path data) throws IOException {
        for (Path part : storeFiles(data)) {
            Files.delete(part);
        }
    }

    CacheStatistics statistics() {
        rw.readLock().lock();
        try {
            checkOpen();
            long entries = withTccl(map::sizeLong);
            long bytes = withTccl(storedBytes::get);
            return new CacheStatistics(file.toString(), entries, bytes, fileBytes(), hits.get(), misses.get(),
                    puts.get());
        } finally {
            rw.readLock().unlock();
        }
    }

    /** Bytes on disk: the data file and its write-ahead log. */
    private long fileBytes() {
        long total = 0;
        try {
            for (Path part : storeFiles()) {
                try {
                    total += Files.size(part);
                } catch (IOException e) {
                    // a WAL file deleted between listing and sizing: it no longer counts
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cache " + file + ": cannot list its files: " + e.getMessage(), e);
        }
        return total;
    }

    /**
     * Reads every entry and checks its frame and checksum. With {@code repair}, corrupt entries are
     * removed and the stored-bytes counter is corrected if it disagrees with what was read.
     */
    VerifyReport verify(boolean repair) {
        Listing listing;
        rw.readLock().lock();
        try {
            checkOpen();
            listing = withTccl(this::listKeys);
        } finally {
            rw.readLock().unlock();
        }
        List<String> keys = listing.keys();
        List<String> corrupt = new ArrayList<>();
        if (listing.failure() != null) {
            corrupt.add(DAMAGED_INDEX);
            warnings.accept("cache " + file + " is damaged: its index can be read only up to entry " + keys.size()
                    + " (" + describe(listing.failure()) + ")" + (repair ? "; salvaging every readable entry"
                            : "; 'alpwb cache verify --repair' keeps every readable entry in a fresh store"));
        }
        long checked = 0;
        long bytes = 0;
        long good = 0;
        for (String key : keys) {
            byte[] record;
            rw.readLock().lock();
            try {
                checkOpen();
                record = withTccl(() -> map.get(key));
            } catch (DBException e) {
                corrupt.add(key);
                warnings.accept("cache " + file + ": entry " + key + " is unreadable: " + describe(e));
                continue;
            } finally {
                rw.readLock().unlock();
            }
            if (record == null) {
                continue; // removed meanwhile
            }
            checked++;
            try {
                EntryCodec.decode(key, record);
                bytes += record.length;
                good++;
            } catch (EntryCodec.CorruptEntryException e) {
                corrupt.add(key);
                warnings.accept("cache " + file + ": entry " + key + " is corrupt: " + e.getMessage());
            }
        }
        if (repair && listing.failure() != null) {
            for (String key : keys) {
                knownKeys.add(key);
            }
            rw.writeLock().lock();
            try {
                checkOpen();
                salvage(listing.failure());
            } finally {
                rw.writeLock().unlock();
            }
            return new VerifyReport(checked, corrupt, true);
        }
        if (repair) {
            rw.writeLock().lock();
            try {
                checkOpen();
                for (String key : corrupt) {
                    removeAndCommit(key);
                }
                long counted = withTccl(storedBytes::get);
                long held = bytes;
                // correct the counter only if no entry came or went meanwhile (same count as read)
                if (counted != held && withTccl(map::sizeLong) == good) {
                    warnings.accept("cache " + file + ": stored-bytes counter said " + counted + ", entries hold "
                            + held + "; corrected");
                    mutate("correct the stored-bytes counter", () -> storedBytes.set(held));
                }
            } finally {
                rw.writeLock().unlock();
            }
        }
        return new VerifyReport(checked, corrupt, repair && !corrupt.isEmpty());
    }

    /**
     * Removes every entry and gives the disk space back: the emptied store is committed first, then
     * the files are deleted (write-ahead log first) and a fresh store is created, all under the lock.
     */
    void clear() {
        rw.writeLock().lock();
        try {
            checkOpen();
            mutate("clear", () -> {
                map.clear();
                storedBytes.set(0);
            });
            closeDbQuietly();
            try {
                List<Path> parts = storeFiles();
                for (int i = parts.size() - 1; i >= 0; i--) { // data file is first: delete it last
                    Files.deleteIfExists(parts.get(i));
                }
            } catch (IOException e) {
                warnings.accept("cache " + file + ": emptied, but its files could not be deleted to free space: "
                        + e.getMessage());
            }
            withTccl(this::openOnce);
        } finally {
            rw.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        rw.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeDbQuietly();
            try {
                lock.close();
            } catch (IOException e) {
                warnings.accept("cache " + file + ": releasing the lock file failed: " + e.getMessage());
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    boolean isClosed() {
        return closed;
    }

    private void checkOpen() {
        if (closed || db == null) {
            throw new IllegalStateException("cache " + file + " is closed");
        }
    }

    static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("cache key must not be empty");
        }
        if (key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("cache key must not contain a line break (keys are hex SHA-256 digests)");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("cache key is " + key.length() + " characters long, at most "
                    + MAX_KEY_LENGTH + " allowed (keys are hex SHA-256 digests)");
        }
    }

    /**
     * Runs MapDB code with this bundle's class loader as the thread context class loader: MapDB
     * loads classes through it, and in OSGi the caller's loader cannot see the embedded jars.
     */
    private static <T> T withTccl(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MapDbStore.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The key journal cannot be opened (permissions, a full disk): the store itself is fine, never quarantined. */
    static final class JournalUnavailableException extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        JournalUnavailableException(String message, IOException cause) {
            super(message, cause);
        }
    }

    /** The store's file exists but was written with an incompatible layout: never quarantined. */
    static final class IncompatibleStoreException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        IncompatibleStoreException(String message) {
            super(message);
        }
    }
}
