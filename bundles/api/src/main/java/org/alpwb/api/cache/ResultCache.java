package org.alpwb.api.cache;

import java.util.Optional;

/**
 * A persistent store of results addressed by content keys (lower-case hex SHA-256 of what produced
 * them). Values are opaque bytes written by versioned codecs. Every {@link #put} is durable when it
 * returns; a value read back is checked against the checksum stored with it. A cache that another process
 * holds fails with an {@link org.alpwb.api.EnvironmentException} naming the file and the holder.
 */
public interface ResultCache {

    /** The stored value, or empty if absent (a corrupt entry is reported as absent and dropped). */
    Optional<byte[]> get(String key);

    /** Stores (or replaces) a value and commits it. */
    void put(String key, byte[] value);

    boolean contains(String key);

    /** Removes one entry; true if it was there. */
    boolean remove(String key);

    CacheStatistics statistics();

    /** Reads every entry and checks its checksum; bad entries are removed when {@code repair}. */
    VerifyReport verify(boolean repair);

    /** Removes every entry. */
    void clear();

    /**
     * Lets go of the underlying store (its file and its process lock) until the next call, so that other
     * processes can use the cache while this one is idle: {@code alpwb shell} calls it after every command.
     * Must not be called while a study runs on this cache. The default does nothing.
     *
     * @since api.cache 1.1
     */
    default void release() {
    }
}
