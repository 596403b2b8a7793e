package org.alpwb.strategy.binned4d.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.strategy.Strategy;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.limits.calc.AsymptoticCalculator;

/** A TaskContext with the real asymptotic-cls calculator on the plain class path (no channel service). */
final class TestContext implements TaskContext {
    private final TaskConfig config;
    private final Map<String, Artifact> inputs;
    private final ExecutorService executor;

    TestContext(Map<String, Object> config, Map<String, Artifact> inputs, ExecutorService executor) {
        this.config = new TaskConfig("test.json", "tasks.t.config", config);
        this.inputs = inputs;
        this.executor = executor;
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
        return 2;
    }

    @Override
    public ExecutorService executor() {
        return executor;
    }

    @Override
    public <T> T service(Class<T> type, String id) {
        if (type == LimitCalculator.class && id.equals("asymptotic-cls")) {
            return type.cast(new AsymptoticCalculator());
        }
        if (type == Strategy.class) {
            switch (id) {
                case "binned-4d":
                    return type.cast(new Binned4dStrategy());
                case "binned-2d":
                    return type.cast(new Binned2dStrategy());
                case "binned-1d":
                    return type.cast(new Binned1dStrategy());
                default:
                    break;
            }
        }
        throw new InvalidInputException("test", "service", id, "asymptotic-cls");
    }

    @Override
    public <T> List<String> serviceIds(Class<T> type) {
        return type == LimitCalculator.class ? List.of("asymptotic-cls") : List.of();
    }
}
