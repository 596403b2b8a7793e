package org.alpwb.study;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.alpwb.api.study.StudyListener;
import org.alpwb.api.study.StudyResult;
import org.alpwb.api.study.StudyRunOptions;

/**
 * Overhead of the task engine per task: a study of N trivial tasks (each adds two numbers) in a chain of
 * fan-in groups, run cold (every task computed and stored) and warm (every task from the cache), with an
 * in-memory cache so that only the engine is measured (parsing, expansion, keys, scheduling, files).
 * Run: mvn -q -o test-compile exec:java -pl bundles/study -Dexec.mainClass=org.alpwb.study.StudyEngineBenchmark
 *      -Dexec.classpathScope=test [-Dexec.args="2000 2"]
 */
public final class StudyEngineBenchmark {
    private StudyEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path directory = Files.createTempDirectory("alpwb-bench");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < tasks; i++) {
            values.append(i == 0 ? "" : ", ").append(i);
        }
        Path study = directory.resolve("bench.json");
        Files.writeString(study, "{\"name\": \"bench\", \"seed\": 1, \"settings\": {\"points\": [" + values + "]},"
                + " \"tasks\": {\"point\": {\"type\": \"add\", \"forEach\": {\"i\": \"${points}\"},"
                + " \"config\": {\"offset\": \"${i}\"}},"
                + " \"total\": {\"type\": \"add\", \"inputs\": {\"p-*\": \"point-*\"}}}}");
        TestPlugins.MemoryCache cache = new TestPlugins.MemoryCache();
        TestPlugins.MapRegistry registry = new TestPlugins.MapRegistry().add("add", "1", new TestPlugins.Add());
        for (int round = 0; round < 3; round++) {
            cache.clear();
            StudyResult cold = run(registry, cache, study, directory.resolve("cold" + round), threads);
            StudyResult warm = run(registry, cache, study, directory.resolve("warm" + round), threads);
            System.out.printf(Locale.ROOT, "round %d: %d tasks, %d threads: cold %.3f ms/task (%.2f s), "
                    + "warm (cache hits) %.3f ms/task (%.2f s)%n", round, tasks + 1, threads,
                    1e3 * cold.seconds() / (tasks + 1), cold.seconds(), 1e3 * warm.seconds() / (tasks + 1), warm.seconds());
        }
    }

    private static StudyResult run(PluginRegistry registry, TestPlugins.MemoryCache cache, Path study, Path out,
            int threads) {
        return new DefaultStudyEngine(registry, cache).run(study, new StudyRunOptions(out, threads, Map.of(), () -> false),
                StudyListener.NONE);
    }
}
