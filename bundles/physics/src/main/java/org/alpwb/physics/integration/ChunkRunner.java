package org.alpwb.physics.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.alpwb.api.progress.CancelledException;

/** Runs indexed chunk jobs on an executor (or inline) and returns the results in index order. */
final class ChunkRunner {
    private ChunkRunner() {
    }

    static <T> List<T> run(ExecutorService executor, int count, IntFunction<T> job) {
        List<T> results = new ArrayList<>(count);
        if (executor == null) {
            for (int i = 0; i < count; i++) {
                results.add(job.apply(i));
            }
            return results;
        }
        List<Future<T>> futures = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            Callable<T> task = () -> job.apply(index);
            futures.add(executor.submit(task));
        }
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
        return results;
    }
}
