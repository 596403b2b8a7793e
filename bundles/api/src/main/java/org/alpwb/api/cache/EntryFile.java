package org.alpwb.api.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * A cache entry outside the cache: how results travel between machines ({@code alpwb cache export|import})
 * and between the driver and its workers. One file {@code <key>.entry} per entry:
 *
 * <pre>
 *   offset   size  field
 *   0        4     magic "ALPE"
 *   4        1     format version (1)
 *   5        2     key length k, big-endian
 *   7        k     key, UTF-8 (lower-case hex SHA-256)
 *   7+k      8     payload length n, big-endian
 *   15+k     n     payload (the cached value, opaque)
 *   15+k+n   4     CRC32C over bytes [0, 15+k+n)
 * </pre>
 *
 * Files are written atomically (temporary file in the same directory, then rename), so a reader sees
 * either no file or a complete one; a reader checks magic, version, key, length and checksum.
 */
public final class EntryFile {
    public static final String SUFFIX = ".entry";
    private static final byte[] MAGIC = {'A', 'L', 'P', 'E'};
    private static final byte VERSION = 1;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private EntryFile() {
    }

    /** True for a well-formed content key (also keeps file names inside their directory). */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public static Path path(Path directory, String key) {
        requireKey(key);
        return directory.resolve(key + SUFFIX);
    }

    public static byte[] encode(String key, byte[] value) {
        requireKey(key);
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + 1 + 2 + keyBytes.length + 8 + value.length + 4);
        buffer.put(MAGIC).put(VERSION).putShort((short) keyBytes.length).put(keyBytes).putLong(value.length).put(value);
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 0, buffer.position());
        buffer.putInt((int) crc.getValue());
        return buffer.array();
    }

    /** The value of an entry, after checking the frame, that it holds {@code expectedKey}, and the checksum. */
    public static byte[] decode(String expectedKey, byte[] data) throws CorruptEntryFileException {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        if (data.length < MAGIC.length + 1 + 2 || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new CorruptEntryFileException("not an ALP Workbench entry (bad magic number)");
        }
        buffer.position(MAGIC.length);
        byte version = buffer.get();
        if (version != VERSION) {
            throw new CorruptEntryFileException("entry format version " + version + " (this build reads " + VERSION + ")");
        }
        int keyLength = Short.toUnsignedInt(buffer.getShort());
        if (buffer.remaining() < keyLength + 8 + 4) {
            throw new CorruptEntryFileException("truncated entry (" + data.length + " bytes)");
        }
        byte[] keyBytes = new byte[keyLength];
        buffer.get(keyBytes);
        String key = new String(keyBytes, StandardCharsets.UTF_8);
        if (!key.equals(expectedKey)) {
            throw new CorruptEntryFileException("entry holds key " + key + ", expected " + expectedKey);
        }
        long length = buffer.getLong();
        if (length < 0 || length != buffer.remaining() - 4) {
            throw new CorruptEntryFileException("length field says " + length + " bytes, the file holds "
                    + (buffer.remaining() - 4));
        }
        int payloadStart = buffer.position();
        CRC32C crc = new CRC32C();
        crc.update(data, 0, payloadStart + (int) length);
        int stored = buffer.getInt(payloadStart + (int) length);
        if (stored != (int) crc.getValue()) {
            throw new CorruptEntryFileException(String.format("checksum mismatch: stored %08x, computed %08x", stored,
                    (int) crc.getValue()));
        }
        return Arrays.copyOfRange(data, payloadStart, payloadStart + (int) length);
    }

    /** Writes {@code <directory>/<key>.entry} atomically and returns its path. */
    public static Path write(Path directory, String key, byte[] value) throws IOException {
        Path target = path(directory, key);
        replaceAtomically(target, encode(key, value));
        return target;
    }

    /**
     * Writes a file through a temporary file in the same directory and a rename, so that a reader (another
     * process, another node) sees the old content or the new one, never a part; the worker protocol's files
     * (entries, progress, journal) are all written this way.
     */
    public static void replaceAtomically(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads and checks {@code <directory>/<key>.entry}. */
    public static byte[] read(Path directory, String key) throws IOException, CorruptEntryFileException {
        return decode(key, Files.readAllBytes(path(directory, key)));
    }

    /** The key a file name {@code <key>.entry} stands for, or null if it is not one. */
    public static String keyOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(SUFFIX)) {
            return null;
        }
        String key = name.substring(0, name.length() - SUFFIX.length());
        return isKey(key) ? key : null;
    }

    private static void requireKey(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a content key (64 lower-case hex digits): " + key);
        }
    }

    /** An entry file that fails its frame, key or checksum check. */
    public static final class CorruptEntryFileException extends Exception {
        private static final long serialVersionUID = 1L;

        public CorruptEntryFileException(String message) {
            super(message);
        }
    }
}
