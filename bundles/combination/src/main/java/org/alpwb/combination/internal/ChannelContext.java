package org.alpwb.combination.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;

/**
 * The running combination task as one channel's strategy sees it: the config is the channel's entry (its strategy,
 * parameters and window-analysis settings, as in an {@code expected-limits} config), the inputs are those named
 * {@code <channel>.<input>} with the prefix removed (so the strategy finds its {@code signal-*}, {@code model},
 * {@code background-*}, {@code xsec-*}); services, executor, seeds and cancellation are the task's. Progress
 * reports of the strategy are dropped (the combination reports its own), cancellation passes through.
 */
final class ChannelContext implements TaskContext {
    private final TaskContext task;
    private final String channel;
    private final TaskConfig config;
    private final Map<String, Artifact> inputs;
    private final Map<String, String> failed;
    private final ProgressMonitor monitor;

    ChannelContext(TaskContext task, String channel, TaskConfig config) {
        this.task = task;
        this.channel = channel;
        this.config = config;
        this.inputs = strip(task.inputs(), channel);
        this.failed = strip(task.failedInputs(), channel);
        ProgressMonitor parent = task.monitor();
        this.monitor = new ProgressMonitor() {
            @Override
            public void begin(String name, long totalWork) {
            }

            @Override
            public void worked(long steps) {
            }

            @Override
            public void subtask(String name) {
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }

            @Override
            public void done() {
            }
        };
    }

    /** The entries named {@code <channel>.<rest>}, keyed by rest, in the task's order. */
    static <V> Map<String, V> strip(Map<String, V> all, String channel) {
        String prefix = channel + ".";
        Map<String, V> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    @Override
    public String taskName() {
        return task.taskName() + " channel " + channel;
    }

    @Override
    public String taskKey() {
        return task.taskKey();
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
    public Map<String, String> failedInputs() {
        return failed;
    }

    @Override
    public Artifact input(String name) {
        Artifact a = inputs.get(name);
        if (a == null) {
            throw new InvalidInputException("task " + task.taskName(), "inputs." + channel + "." + name, "(missing)",
                    "an input named " + channel + "." + name + " (inputs of channel " + channel + ": "
                            + String.join(", ", inputs.keySet()) + ")");
        }
        return a;
    }

    @Override
    public SeedSequence seeds() {
        return task.seeds();
    }

    @Override
    public ProgressMonitor monitor() {
        return monitor;
    }

    @Override
    public int threads() {
        return task.threads();
    }

    @Override
    public ExecutorService executor() {
        return task.executor();
    }

    @Override
    public <T> T service(Class<T> type, String id) {
        return task.service(type, id);
    }

    @Override
    public <T> List<String> serviceIds(Class<T> type) {
        return task.serviceIds(type);
    }
}
