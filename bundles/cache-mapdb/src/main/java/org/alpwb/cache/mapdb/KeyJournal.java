package org.alpwb.cache.mapdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys ever stored in one cache file, one per line, in {@code <file>.keys} next to it. A key is appended (and
 * forced to disk) before the entry is committed, so the journal lists at least every committed entry. MapDB finds
 * an entry by its key even where a damaged index can no longer be walked to the end: salvage tries every key of the
 * journal, so an entry that can still be read survives although no process read it before the damage.
 * Caller (the store) serialises all calls.
 */
final class KeyJournal implements AutoCloseable {
    static final String SUFFIX = ".keys";

    private final Path path;
    private FileChannel channel;
    private int lines;

    private KeyJournal(Path path) {
        this.path = path;
    }

    static Path pathOf(Path store) {
        return store.resolveSibling(store.getFileName() + SUFFIX);
    }

    /** Opens (or creates) the journal of {@code store}; a line torn by a crash is cut off. */
    static KeyJournal open(Path store) throws IOException {
        KeyJournal journal = new KeyJournal(pathOf(store));
        journal.channel = FileChannel.open(journal.path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long complete = journal.completeLength();
        if (complete < journal.channel.size()) {
            journal.channel.truncate(complete);
        }
        journal.lines = journal.keys().size();
        journal.channel.position(journal.channel.size());
        return journal;
    }

    /** True if the file existed before (a store written by an older build has none). */
    static boolean exists(Path store) {
        return Files.exists(pathOf(store));
    }

    Path path() {
        return path;
    }

    /** Lines in the journal (a key stored twice counts twice). */
    int lines() {
        return lines;
    }

    void append(String key) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((key + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            channel.write(line);
        }
        channel.force(false);
        lines++;
    }

    /** Every key of the journal, each once, in the order first stored. */
    Set<String> keys() throws IOException {
        byte[] bytes = new byte[Math.toIntExact(channel.size())];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // read(ByteBuffer, position) does not move the channel's own position
        }
        Set<String> keys = new LinkedHashSet<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        for (String key : text.substring(0, end + 1).split("\n")) {
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Replaces the journal by {@code keys}, atomically (written aside, forced, renamed). */
    void rewrite(Collection<String> keys) throws IOException {
        Path aside = path.resolveSibling(path.getFileName() + ".new");
        List<String> lines = new ArrayList<>(keys);
        try (FileChannel out = FileChannel.open(aside, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            StringBuilder text = new StringBuilder();
            lines.forEach(key -> text.append(key).append('\n'));
            ByteBuffer buffer = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        channel.close();
        Files.move(aside, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        channel.position(channel.size());
        this.lines = lines.size();
    }

    private long completeLength() throws IOException {
        long size = channel.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long at = size - 1; at >= 0; at--) {
            one.clear();
            channel.read(one, at);
            if (one.get(0) == '\n') {
                return at + 1;
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
