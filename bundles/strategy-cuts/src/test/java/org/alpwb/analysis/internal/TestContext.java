package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.channel.Channel;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.fit.BackgroundModel;
import org.alpwb.api.fit.Interpolator;
import org.alpwb.api.fit.ShapeFitter;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.channel.eegg.EeggChannel;
import org.alpwb.fit.internal.ChebyshevBackgroundModel;
import org.alpwb.fit.internal.ChebyshevInterpolator;
import org.alpwb.fit.internal.DscbShapeFitter;
import org.alpwb.limits.calc.AsymptoticCalculator;

/** A TaskContext over the real services (plain class path, no OSGi), for the task tests. */
final class TestContext implements TaskContext {
    private final TaskConfig config;
    private final Map<String, Artifact> inputs;
    private final ExecutorService executor;
    private final int threads;
    private final Map<Class<?>, Map<String, Object>> services = new LinkedHashMap<>();

    TestContext(Map<String, Object> config, Map<String, Artifact> inputs, ExecutorService executor, int threads,
            boolean withChannel) {
        this.config = new TaskConfig("test.json", "tasks.t.config", config);
        this.inputs = new LinkedHashMap<>(inputs);
        this.executor = executor;
        this.threads = threads;
        register(ShapeFitter.class, "dscb", new DscbShapeFitter());
        register(Interpolator.class, "chebyshev-interpolation", new ChebyshevInterpolator());
        register(BackgroundModel.class, "chebyshev", new ChebyshevBackgroundModel(3));
        register(LimitCalculator.class, "asymptotic-cls", new AsymptoticCalculator());
        if (withChannel) {
            register(Channel.class, "eegg", new EeggChannel());
        }
    }

    private void register(Class<?> type, String id, Object service) {
        services.computeIfAbsent(type, k -> new LinkedHashMap<>()).put(id, service);
    }

    @Override
    public String taskName() {
        return "t";
    }

    @Override
    public String taskKey() {
        return "0123";
    }

    @Override
    public TaskConfig config() {
        return config;
    }

    @Override
    public Map<String, Artifact> inputs() {
        return inputs;
    }

    @Override
    public Artifact input(String name) {
        Artifact a = inputs.get(name);
        if (a == null) {
            throw new InvalidInputException("task t", "inputs." + name, "(missing)", inputs.keySet().toString());
        }
        return a;
    }

    @Override
    public SeedSequence seeds() {
        return new SeedSequence(1, "0123");
    }

    @Override
    public ProgressMonitor monitor() {
        return ProgressMonitor.NONE;
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public ExecutorService executor() {
        return executor;
    }

    @Override
    public <T> T service(Class<T> type, String id) {
        Object s = services.getOrDefault(type, Map.of()).get(id);
        if (s == null) {
            throw new InvalidInputException("test", "service", id, serviceIds(type).toString());
        }
        return type.cast(s);
    }

    @Override
    public <T> List<String> serviceIds(Class<T> type) {
        return new ArrayList<>(services.getOrDefault(type, Map.of()).keySet());
    }
}
