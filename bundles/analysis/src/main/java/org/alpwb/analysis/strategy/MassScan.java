package org.alpwb.analysis.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.progress.CancelledException;
import org.alpwb.api.study.TaskContext;

/**
 * The scan loop of the limit tasks ({@code expected-limits}, {@code binned-limits}, ...): one result per mass index,
 * computed in chunks on the task's data-parallel executor, cancellation checked per point, progress per chunk. Each
 * point depends only on its index, so the result does not depend on the number of threads or the chunk size.
 */
public final class MassScan {
    private MassScan() {
    }

    /**
     * {@code pointAt.apply(i)} for i in [0, n), in order. A cancellation, a bad input ({@link InvalidInputException})
     * or an exception of one of {@code rethrown} from a point ends the scan with that exception; any other failure
     * becomes an IllegalStateException "{@code label} failed: cause".
     */
    @SafeVarargs
    public static <T> List<T> run(TaskContext context, String label, int n, int chunkSize, IntFunction<T> pointAt,
            Class<? extends RuntimeException>... rethrown) throws InterruptedException {
        List<T> points = new ArrayList<>(java.util.Collections.nCopies(n, null));
        context.monitor().begin(label + ", " + n + " masses", n);
        List<Future<?>> futures = new ArrayList<>();
        for (int c0 = 0; c0 < n; c0 += chunkSize) {
            int from = c0;
            int to = Math.min(n, c0 + chunkSize);
            futures.add(context.executor().submit(() -> {
                for (int i = from; i < to; i++) {
                    context.monitor().checkCancelled();
                    T p = pointAt.apply(i);
                    synchronized (points) {
                        points.set(i, p);
                    }
                }
                context.monitor().worked(to - from);
                return null;
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof CancelledException || cause instanceof InvalidInputException) {
                throw (RuntimeException) cause;
            }
            for (Class<? extends RuntimeException> c : rethrown) {
                if (c.isInstance(cause)) {
                    throw c.cast(cause);
                }
            }
            throw new IllegalStateException(label + " failed: " + cause, cause);
        }
        context.monitor().done();
        synchronized (points) {
            return List.copyOf(points);
        }
    }
}
