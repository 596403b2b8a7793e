package org.alpwb.cache.mapdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntryCodecTest {

    private static final String KEY = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";

    @Test
    void roundTripsPayloadsOfAnySize() throws Exception {
        Random random = new Random(1);
        for (int size : new int[] {0, 1, 13, 1000, 1 << 20}) {
            byte[] payload = new byte[size];
            random.nextBytes(payload);
            byte[] record = EntryCodec.encode(KEY, payload);
            assertEquals(size + EntryCodec.OVERHEAD, record.length);
            assertArrayEquals(payload, EntryCodec.decode(KEY, record));
        }
    }

    @Test
    void recordLayoutIsMagicVersionLengthPayloadChecksum() {
        byte[] record = EntryCodec.encode(KEY, "abc".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(new byte[] {'A', 'L', 'P', 'C', 1, 0, 0, 0, 3, 'a', 'b', 'c'}, Arrays.copyOf(record, 12));
        assertEquals(16, record.length);
    }

    @Test
    void everySingleBitFlipIsDetected() {
        byte[] record = EntryCodec.encode(KEY, "a small but real payload".getBytes(StandardCharsets.UTF_8));
        for (int bit = 0; bit < record.length * 8; bit++) {
            byte[] damaged = record.clone();
            damaged[bit / 8] ^= (byte) (1 << (bit % 8));
            int flipped = bit;
            assertThrows(EntryCodec.CorruptEntryException.class, () -> EntryCodec.decode(KEY, damaged),
                    () -> "bit " + flipped + " flipped was not detected");
        }
    }

    @Test
    void truncatedAndExtendedRecordsAreDetected() {
        byte[] record = EntryCodec.encode(KEY, new byte[100]);
        for (int length = 0; length < record.length; length++) {
            byte[] cut = Arrays.copyOf(record, length);
            assertThrows(EntryCodec.CorruptEntryException.class, () -> EntryCodec.decode(KEY, cut));
        }
        assertThrows(EntryCodec.CorruptEntryException.class,
                () -> EntryCodec.decode(KEY, Arrays.copyOf(record, record.length + 1)));
    }

    @Test
    void recordUnderAnotherKeyIsDetected() {
        byte[] record = EntryCodec.encode(KEY, new byte[] {1, 2, 3});
        EntryCodec.CorruptEntryException e = assertThrows(EntryCodec.CorruptEntryException.class,
                () -> EntryCodec.decode(KEY.replace('3', '4'), record));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
    }

    @Test
    void unknownVersionAndBadMagicAreNamed() {
        byte[] record = EntryCodec.encode(KEY, new byte[] {1, 2, 3});
        byte[] future = record.clone();
        future[4] = 2;
        assertTrue(assertThrows(EntryCodec.CorruptEntryException.class, () -> EntryCodec.decode(KEY, future))
                .getMessage().contains("unknown entry format version 2"));
        byte[] foreign = record.clone();
        foreign[0] = 'X';
        assertTrue(assertThrows(EntryCodec.CorruptEntryException.class, () -> EntryCodec.decode(KEY, foreign))
                .getMessage().contains("bad magic"));
        assertThrows(EntryCodec.CorruptEntryException.class, () -> EntryCodec.decode(KEY, null));
    }
}
