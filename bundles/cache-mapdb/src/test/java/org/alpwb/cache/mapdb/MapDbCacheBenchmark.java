package org.alpwb.cache.mapdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Put and get throughput of the store (each put committed through the write-ahead log), for 1 MB and
 * 1 kB entries. Run with
 * {@code mvn -q -o test-compile exec:java -pl bundles/cache-mapdb -Dexec.mainClass=org.alpwb.cache.mapdb.MapDbCacheBenchmark -Dexec.classpathScope=test}.
 * Optional arguments: number of 1 MB entries (default 200), number of 1 kB entries (default 5000).
 */
public final class MapDbCacheBenchmark {

    private MapDbCacheBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int large = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int small = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        System.out.printf(Locale.ROOT, "java %s, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        run("1 MB entries", large, 1 << 20);
        run("1 kB entries", small, 1 << 10);
    }

    private static void run(String label, int count, int size) throws Exception {
        Path dir = Files.createTempDirectory("alpwb-cache-bench");
        try (MapDbStore store = MapDbStore.open(dir.resolve("results.mapdb"), System.err::println)) {
            byte[][] values = new byte[Math.min(count, 16)][size];
            Random random = new Random(1);
            for (byte[] value : values) {
                random.nextBytes(value);
            }
            // warm-up outside the timed region (class loading, JIT, file growth)
            for (int i = 0; i < Math.min(count / 10, 50); i++) {
                store.put("warmup" + i, values[i % values.length]);
                store.get("warmup" + i);
            }
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                store.put(MapDbStoreTest.key(i), values[i % values.length]);
            }
            double putSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            long read = 0;
            for (int i = 0; i < count; i++) {
                read += store.get(MapDbStoreTest.key(i)).orElseThrow().length;
            }
            double getSeconds = (System.nanoTime() - start) / 1e9;
            if (read != (long) count * size) {
                throw new AssertionError("read " + read + " bytes, expected " + (long) count * size);
            }
            double megabytes = (double) count * size / 1e6;
            System.out.printf(Locale.ROOT, "%s x %d: put %.1f MB/s, %.0f entries/s (commit per put); "
                    + "get %.1f MB/s, %.0f entries/s (checksum verified); file %.1f MB%n", label, count,
                    megabytes / putSeconds, count / putSeconds, megabytes / getSeconds, count / getSeconds,
                    store.statistics().fileBytes() / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
