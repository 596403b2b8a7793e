package org.alpwb.cache.mapdb;

import java.nio.file.Path;
import java.util.Random;

/**
 * Entry point of the child JVMs of {@link CrashSafetyTest} and {@link LockContentionTest}.
 * <ul>
 * <li>{@code write FILE SEED}: puts entries forever; prints {@code COMMITTED key size seed} after
 * each put returned (that is, after it was committed).</li>
 * <li>{@code hold FILE}: opens the store, puts one entry, prints {@code READY pid} and waits.</li>
 * <li>{@code probe FILE}: tries to open the store; prints {@code IN-USE message} and exits 3 if it is
 * in use, {@code OPENED} and exits 0 otherwise.</li>
 * </ul>
 */
public final class ChildMain {

    static final int EXIT_IN_USE = 3;

    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "write" -> write(file, Long.parseLong(args[2]));
            case "hold" -> hold(file);
            case "probe" -> probe(file);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void write(Path file, long seed) {
        MapDbStore store = MapDbStore.open(file, message -> System.err.println("WARNING " + message));
        Random random = new Random(seed);
        for (long i = 0;; i++) {
            long valueSeed = seed * 1_000_000L + i;
            // mostly small entries, now and then a large one so that kills land inside big writes too
            int size = random.nextInt(10) == 0 ? 200_000 + random.nextInt(800_000) : random.nextInt(4096);
            String key = String.format("%016x%016x%016x%016x", seed, i, valueSeed, (long) size);
            store.put(key, MapDbStoreTest.value(size, valueSeed));
            System.out.println("COMMITTED " + key + " " + size + " " + valueSeed);
            System.out.flush();
        }
    }

    private static void hold(Path file) throws InterruptedException {
        MapDbStore store = MapDbStore.open(file, message -> System.err.println("WARNING " + message));
        store.put(MapDbStoreTest.key(7), MapDbStoreTest.value(77, 7));
        System.out.println("READY " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(120_000); // the test kills this process long before
        store.close();
    }

    private static void probe(Path file) {
        try {
            MapDbStore store = MapDbStore.open(file, message -> System.err.println("WARNING " + message));
            store.close();
            System.out.println("OPENED");
            System.exit(0);
        } catch (CacheInUseException e) {
            System.out.println("IN-USE " + e.getMessage());
            System.exit(EXIT_IN_USE);
        }
    }

    /** A {@code java -cp <test class path> ChildMain args...} process builder. */
    static ProcessBuilder command(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[4 + args.length];
        command[0] = java;
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = ChildMain.class.getName();
        System.arraycopy(args, 0, command, 4, args.length);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    }
}
