package org.alpwb.study;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.alpwb.api.cache.CacheStatistics;
import org.alpwb.api.cache.ResultCache;
import org.alpwb.api.cache.VerifyReport;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.InputSpec;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.study.ValidationContext;

/** Test fixtures: an in-memory cache, a map-backed registry and two small task types. */
final class TestPlugins {
    private TestPlugins() {
    }

    static final class MemoryCache implements ResultCache {
        final Map<String, byte[]> entries = new ConcurrentHashMap<>();
        final AtomicInteger puts = new AtomicInteger();

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(entries.get(key)).map(byte[]::clone);
        }

        @Override
        public void put(String key, byte[] value) {
            puts.incrementAndGet();
            entries.put(key, value.clone());
        }

        @Override
        public boolean contains(String key) {
            return entries.containsKey(key);
        }

        @Override
        public boolean remove(String key) {
            return entries.remove(key) != null;
        }

        @Override
        public CacheStatistics statistics() {
            return new CacheStatistics("memory", entries.size(), 0, 0, 0, 0, puts.get());
        }

        @Override
        public VerifyReport verify(boolean repair) {
            return new VerifyReport(entries.size(), List.of(), repair);
        }

        @Override
        public void clear() {
            entries.clear();
        }
    }

    static final class MapRegistry implements PluginRegistry {
        final Map<String, RegisteredTaskType> types = new LinkedHashMap<>();
        final Map<String, Object> services = new LinkedHashMap<>();

        MapRegistry service(String id, Object service) {
            services.put(id, service);
            return this;
        }

        MapRegistry add(String id, String version, TaskType type) {
            types.put(id, new RegisteredTaskType(id, version, id, type));
            return this;
        }

        @Override
        public Optional<RegisteredTaskType> taskType(String id) {
            return Optional.ofNullable(types.get(id));
        }

        @Override
        public List<String> taskTypeIds() {
            return new ArrayList<>(types.keySet());
        }

        @Override
        public <T> Optional<T> service(Class<T> type, String id) {
            return Optional.ofNullable(services.get(id)).filter(type::isInstance).map(type::cast);
        }

        @Override
        public <T> List<String> serviceIds(Class<T> type) {
            return services.entrySet().stream().filter(e -> type.isInstance(e.getValue())).map(Map.Entry::getKey)
                    .sorted().toList();
        }
    }

    /**
     * Draws {@code count} uniform numbers in chunks of {@code chunk}, one seed per chunk, summed in chunk
     * order on the data pool: the result must not depend on the number of threads.
     */
    static final class RandomSum implements TaskType {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public void validate(TaskConfig config) {
            config.allowOnly("count", "chunk", "fail");
            config.integer("count", 1000, 1, 100_000_000);
        }

        @Override
        public Optional<String> outputType(TaskConfig config) {
            return Optional.of("test/double");
        }

        @Override
        public Artifact run(TaskContext context) throws Exception {
            runs.incrementAndGet();
            if (context.config().flag("fail", false)) {
                throw new IllegalStateException("asked to fail");
            }
            long count = context.config().integer("count", 1000, 1, 100_000_000);
            int chunk = (int) context.config().integer("chunk", 100, 1, 1_000_000);
            int chunks = (int) ((count + chunk - 1) / chunk);
            context.monitor().begin("sum", chunks);
            List<Future<Double>> parts = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                long index = c;
                long n = Math.min(chunk, count - (long) c * chunk);
                parts.add(context.executor().submit(() -> {
                    SplittableRandom random = new SplittableRandom(context.seeds().seed(index)[0]);
                    double sum = 0;
                    for (long i = 0; i < n; i++) {
                        sum += random.nextDouble();
                    }
                    context.monitor().worked(1);
                    return sum;
                }));
            }
            double total = 0;
            for (Future<Double> part : parts) {
                total += part.get();
            }
            return new Artifact("test/double", ByteBuffer.allocate(8).putDouble(total).array(),
                    Map.of("sum.txt", Double.toString(total).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Adds the doubles of all its inputs and a configured offset. */
    static final class Add implements TaskType {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public Artifact run(TaskContext context) {
            runs.incrementAndGet();
            double total = context.config().number("offset", 0);
            for (Artifact input : context.inputs().values()) {
                total += ByteBuffer.wrap(input.payload()).getDouble();
            }
            return Artifact.of("test/double", ByteBuffer.allocate(8).putDouble(total).array());
        }
    }

    /**
     * Declares its wiring and checks a service id before the run: config {@code greeter} names a registered
     * {@link CharSequence} service, input {@code text} must carry {@code test/text}.
     */
    static final class Greet implements TaskType {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public void validate(ValidationContext context) {
            context.config().allowOnly("greeter");
            context.service(CharSequence.class, "greeter", "hello");
        }

        @Override
        public List<InputSpec> inputs(TaskConfig config) {
            return List.of(InputSpec.required("text", "test/text"), InputSpec.optional("extra-*"));
        }

        @Override
        public Optional<String> outputType(TaskConfig config) {
            return Optional.of("test/text");
        }

        @Override
        public Artifact run(TaskContext context) {
            runs.incrementAndGet();
            return Artifact.of("test/text", context.service(CharSequence.class,
                    context.config().string("greeter", "hello")).toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static double value(Artifact artifact) {
        return ByteBuffer.wrap(artifact.payload()).getDouble();
    }
}
