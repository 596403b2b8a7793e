package org.alpwb.cache.mapdb;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The versioned frame around every stored value. A record is
 *
 * <pre>
 *   offset  size  field
 *   0       4     magic "ALPC" (0x41 0x4C 0x50 0x43)
 *   4       1     format version (1)
 *   5       4     payload length n, big-endian, 0 &lt;= n
 *   9       n     payload (the caller's bytes, opaque)
 *   9+n     4     CRC32C, big-endian, over the UTF-8 key followed by bytes [0, 9+n) of the record
 * </pre>
 *
 * The key is part of the checksum, so a record stored under the wrong key is detected as well as a
 * flipped bit. No Java serialisation is involved anywhere.
 */
final class EntryCodec {

    static final byte[] MAGIC = {'A', 'L', 'P', 'C'};
    static final byte FORMAT_VERSION = 1;
    static final int HEADER_BYTES = MAGIC.length + 1 + Integer.BYTES;
    static final int TRAILER_BYTES = Integer.BYTES;
    /** Bytes a record adds to its payload. */
    static final int OVERHEAD = HEADER_BYTES + TRAILER_BYTES;
    /** Largest payload a record can frame (Java array limit minus the frame). */
    static final int MAX_PAYLOAD = Integer.MAX_VALUE - 8 - OVERHEAD;

    private EntryCodec() {
    }

    static byte[] encode(String key, byte[] payload) {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException(
                    "cache value for key " + key + " is too large: " + payload.length + " bytes (max " + MAX_PAYLOAD + ")");
        }
        byte[] record = new byte[OVERHEAD + payload.length];
        ByteBuffer buffer = ByteBuffer.wrap(record);
        buffer.put(MAGIC).put(FORMAT_VERSION).putInt(payload.length).put(payload);
        buffer.putInt(checksum(key, record, HEADER_BYTES + payload.length));
        return record;
    }

    /** The payload of a record, after checking its frame and checksum. */
    static byte[] decode(String key, byte[] record) throws CorruptEntryException {
        if (record == null) {
            throw new CorruptEntryException("record is missing");
        }
        if (record.length < OVERHEAD) {
            throw new CorruptEntryException("record too short: " + record.length + " bytes, a frame has " + OVERHEAD);
        }
        if (!Arrays.equals(record, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new CorruptEntryException("bad magic number");
        }
        ByteBuffer buffer = ByteBuffer.wrap(record);
        byte version = buffer.get(MAGIC.length);
        if (version != FORMAT_VERSION) {
            throw new CorruptEntryException("unknown entry format version " + version + " (this build reads " + FORMAT_VERSION + ")");
        }
        int length = buffer.getInt(MAGIC.length + 1);
        if (length < 0 || length != record.length - OVERHEAD) {
            throw new CorruptEntryException(
                    "length field says " + length + " bytes but the record holds " + (record.length - OVERHEAD));
        }
        int stored = buffer.getInt(HEADER_BYTES + length);
        int computed = checksum(key, record, HEADER_BYTES + length);
        if (stored != computed) {
            throw new CorruptEntryException(String.format("checksum mismatch: stored %08x, computed %08x", stored, computed));
        }
        return Arrays.copyOfRange(record, HEADER_BYTES, HEADER_BYTES + length);
    }

    private static int checksum(String key, byte[] record, int length) {
        CRC32C crc = new CRC32C();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        crc.update(record, 0, length);
        return (int) crc.getValue();
    }

    /** A record that fails its frame or checksum check. */
    static final class CorruptEntryException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptEntryException(String message) {
            super(message);
        }
    }
}
