package org.alpwb.study;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.execution.ExecutionPlan;
import org.alpwb.api.execution.ExecutionRun;
import org.alpwb.api.execution.TaskExecutor;
import org.alpwb.api.execution.TaskFailedException;
import org.alpwb.api.execution.WorkItem;
import org.alpwb.api.progress.CancelledException;
import org.alpwb.api.study.TaskConfig;
import org.osgi.service.component.annotations.Component;

/**
 * Executor {@code local}: runs the plan's specs in this process, through the same worker protocol a cluster
 * node uses (spec, key check, inputs by key), one item at a time with all threads for its data-parallel
 * work. Without an executor the engine runs tasks directly; this one exists so that the protocol can be
 * chosen, tested and compared without a cluster.
 */
@Component(service = TaskExecutor.class, property = {ServiceProperties.ID + "=" + TaskExecutor.LOCAL,
        ServiceProperties.LABEL + "=In this process (worker protocol)",
        ServiceProperties.KIND + "=" + ServiceProperties.KIND_EXECUTOR})
public class LocalTaskExecutor implements TaskExecutor {

    @Override
    public void validate(TaskConfig execution) {
        execution.allowOnly("executor");
    }

    @Override
    public ExecutionRun start(ExecutionPlan plan) {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "alpwb-local-executor");
            worker.setDaemon(true);
            return worker;
        });
        Map<String, byte[]> produced = new ConcurrentHashMap<>();
        Map<String, CompletableFuture<byte[]>> results = new HashMap<>();
        for (WorkItem item : plan.items()) {
            results.put(item.taskName(), new CompletableFuture<>());
        }
        thread.execute(() -> {
            for (WorkItem item : plan.items()) {
                CompletableFuture<byte[]> result = results.get(item.taskName());
                try {
                    Map<String, byte[]> inputs = new HashMap<>();
                    for (String key : item.inputKeys().values()) {
                        byte[] value = produced.containsKey(key) ? produced.get(key) : plan.cachedValue(key).orElse(null);
                        if (value == null) {
                            throw new TaskFailedException("an input task failed or was skipped", true);
                        }
                        inputs.put(key, value);
                    }
                    if (plan.cancelled().getAsBoolean()) {
                        throw new CancelledException();
                    }
                    byte[] value = plan.runner().run(item.spec(), inputs, plan.monitor(item.taskName()), plan.threads());
                    produced.put(item.key(), value);
                    result.complete(value);
                } catch (Exception | LinkageError e) {
                    result.completeExceptionally(e);
                }
            }
            thread.shutdown();
        });
        return new ExecutionRun() {
            @Override
            public CompletableFuture<byte[]> result(String taskName) {
                return results.get(taskName);
            }

            @Override
            public Map<String, Object> record(String taskName) {
                return Map.of();
            }

            @Override
            public void cancel() {
                // the plan's cancellation flag reaches the running task through its monitor
            }
        };
    }
}
