package org.alpwb.cache.mapdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapDbResultCacheTest {

    @TempDir
    Path dir;

    @Test
    void locationIsConfigThenSystemPropertyThenUserHome() {
        Path home = dir.resolve("home");
        assertEquals(home.resolve(".alpwb/cache/results.mapdb").toAbsolutePath(),
                MapDbResultCache.location("", null, home.toString(), "results.mapdb"));
        assertEquals(dir.resolve("sys/results.mapdb").toAbsolutePath(),
                MapDbResultCache.location(" ", dir.resolve("sys").toString(), home.toString(), ""));
        assertEquals(dir.resolve("cfg/other.db").toAbsolutePath(),
                MapDbResultCache.location(dir.resolve("cfg").toString(), dir.resolve("sys").toString(),
                        home.toString(), "other.db"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MapDbResultCache.location("", null, home.toString(), "a/b.mapdb"));
        assertTrue(e.getMessage().contains("fileName 'a/b.mapdb' must be a plain file name"), e.getMessage());
    }

    @Test
    void opensLazilyWorksThroughTheServiceInterfaceAndClosesOnDeactivate() {
        Path file = dir.resolve("c/results.mapdb");
        List<String> warnings = new ArrayList<>();
        MapDbResultCache cache = new MapDbResultCache(file, warnings::add);
        assertFalse(Files.exists(file), "nothing is opened before first use");
        cache.put("k1", new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, cache.get("k1").orElseThrow());
        assertTrue(cache.contains("k1"));
        assertEquals(1, cache.statistics().entries());
        assertTrue(cache.verify(false).ok());
        assertTrue(cache.remove("k1"));
        cache.put("k2", new byte[0]);
        cache.clear();
        assertEquals(0, cache.statistics().entries());
        cache.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> cache.get("k1"));
        assertTrue(e.getMessage().contains("deactivated"), e.getMessage());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void inUseFailsEveryCallClearlyAndRecoversWhenReleased() {
        Path file = dir.resolve("results.mapdb");
        MapDbStore holder = MapDbStore.open(file, message -> { });
        MapDbResultCache cache = new MapDbResultCache(file, message -> { });
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> cache.put("k", new byte[1]));
            assertTrue(e.getMessage().endsWith("; use --cache-dir or wait"), e.getMessage());
            assertThrows(IllegalStateException.class, cache::statistics);
            holder.close();
            cache.put("k", new byte[1]);
            assertEquals(1, cache.statistics().entries());
        } finally {
            holder.close();
            cache.close();
        }
    }
}
