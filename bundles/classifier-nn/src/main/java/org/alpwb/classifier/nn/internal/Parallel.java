package org.alpwb.classifier.nn.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Splits an index range into one contiguous part per thread. The kernels compute every output element
 * completely within one part, so the split decides only who computes an element, never how: results
 * do not depend on the number of threads.
 */
final class Parallel {
    interface Range {
        void run(int from, int to);
    }

    private final ExecutorService executor;
    private final int threads;

    /** {@code executor} may be null for one thread (everything runs on the caller). */
    Parallel(ExecutorService executor, int threads) {
        this.executor = executor;
        this.threads = executor == null ? 1 : Math.max(1, threads);
    }

    int threads() {
        return threads;
    }

    /** Runs body over [0, n) in up to {@link #threads()} parts whose bounds are multiples of align. */
    void forRange(int n, int align, Range body) {
        int parts = Math.min(threads, Math.max(1, n / Math.max(1, align)));
        if (parts <= 1) {
            body.run(0, n);
            return;
        }
        List<Callable<Void>> tasks = new ArrayList<>(parts);
        int chunk = (n + parts - 1) / parts;
        chunk = (chunk + align - 1) / align * align;
        for (int from = 0; from < n; from += chunk) {
            int lo = from;
            int hi = Math.min(n, from + chunk);
            tasks.add(() -> {
                body.run(lo, hi);
                return null;
            });
        }
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 1; t < tasks.size(); t++) {
                futures.add(executor.submit(tasks.get(t)));
            }
            tasks.get(0).call(); // the caller works too
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            if (e instanceof RuntimeException) {
                throw (RuntimeException) e;
            }
            throw new IllegalStateException(e);
        }
    }
}
