package org.alpwb.api.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryFileTest {
    private static final String KEY = "0123456789abcdef".repeat(4);
    private static final String OTHER = "fedcba9876543210".repeat(4);

    @TempDir
    Path directory;

    private static byte[] payload(int length) {
        byte[] bytes = new byte[length];
        new SplittableRandom(7).nextBytes(bytes);
        return bytes;
    }

    @Test
    void roundTripKeepsTheBytesAndLeavesNoTemporaryFile() throws Exception {
        for (int length : new int[] {0, 1, 100_000}) {
            byte[] value = payload(length);
            Path file = EntryFile.write(directory, KEY, value);
            assertEquals(KEY + EntryFile.SUFFIX, file.getFileName().toString());
            assertArrayEquals(value, EntryFile.read(directory, KEY));
            assertEquals(KEY, EntryFile.keyOf(file));
        }
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count(), "only the entry itself remains");
        }
    }

    @Test
    void everySingleBitFlipIsDetected() throws Exception {
        byte[] record = EntryFile.encode(KEY, payload(64));
        for (int bit = 0; bit < record.length * 8; bit++) {
            byte[] damaged = record.clone();
            damaged[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThrows(EntryFile.CorruptEntryFileException.class, () -> EntryFile.decode(KEY, damaged), "bit " + bit);
        }
    }

    @Test
    void anEntryUnderAnotherKeyOrTruncatedIsRejected() {
        byte[] record = EntryFile.encode(KEY, payload(10));
        EntryFile.CorruptEntryFileException wrongKey = assertThrows(EntryFile.CorruptEntryFileException.class,
                () -> EntryFile.decode(OTHER, record));
        assertTrue(wrongKey.getMessage().contains("expected " + OTHER), wrongKey.getMessage());
        for (int length = 0; length < record.length; length++) {
            byte[] truncated = java.util.Arrays.copyOf(record, length);
            assertThrows(EntryFile.CorruptEntryFileException.class, () -> EntryFile.decode(KEY, truncated),
                    "length " + length);
        }
    }

    @Test
    void namesThatAreNotKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> EntryFile.path(directory, "../" + KEY.substring(3)));
        assertEquals(null, EntryFile.keyOf(directory.resolve("notes.entry")));
    }
}
