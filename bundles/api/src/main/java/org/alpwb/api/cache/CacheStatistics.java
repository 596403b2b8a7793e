package org.alpwb.api.cache;

/**
 * Counters of a cache: entries and stored bytes now, and hits, misses and puts since it was opened.
 * {@code location} is the cache file or directory.
 */
public record CacheStatistics(String location, long entries, long storedBytes, long fileBytes, long hits,
        long misses, long puts) {
}
