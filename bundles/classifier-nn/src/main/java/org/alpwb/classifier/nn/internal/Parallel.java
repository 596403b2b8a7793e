package org.alpwb.classifier.nn.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Splits an index range into contiguous parts, {@code partsPerThread} per thread (default {@value #DEFAULT_PARTS}),
 * that the threads take in turn as they become free (the caller works too). The kernels compute every output element
 * completely within one part, so the split decides only who computes an element, never how: results do not depend
 * on the number of threads or of parts (tested for 1, 2 and 3 threads). One part per thread by default: with 4 the
 * thesis network cost 12 % more CPU per sample on 2 threads (docs/BENCHMARKS.md), because the weight-gradient kernel
 * streams the 3.2 MB delta matrix once per part; finer parts would only pay off when a thread is descheduled for
 * long, which did not outweigh that in the measurement.
 */
final class Parallel {
    interface Range {
        void run(int from, int to);
    }

    static final int DEFAULT_PARTS = 1;
    /** Parts per thread; {@code -Dalpwb.nn.partsPerThread=N} for the benchmark's comparison. */
    static final int PARTS_PER_THREAD = Integer.getInteger("alpwb.nn.partsPerThread", DEFAULT_PARTS);

    private final ExecutorService executor;
    private final int threads;
    private final int partsPerThread;

    /** {@code executor} may be null for one thread (everything runs on the caller). */
    Parallel(ExecutorService executor, int threads) {
        this(executor, threads, PARTS_PER_THREAD);
    }

    Parallel(ExecutorService executor, int threads, int partsPerThread) {
        this.executor = executor;
        this.threads = executor == null ? 1 : Math.max(1, threads);
        this.partsPerThread = Math.max(1, partsPerThread);
    }

    int threads() {
        return threads;
    }

    /** Runs body over [0, n) in parts whose bounds are multiples of align, on up to {@link #threads()} threads. */
    void forRange(int n, int align, Range body) {
        int parts = Math.min(threads * partsPerThread, Math.max(1, n / Math.max(1, align)));
        if (threads <= 1 || parts <= 1) {
            body.run(0, n);
            return;
        }
        int chunk = (n + parts - 1) / parts;
        int size = (chunk + align - 1) / align * align;
        int count = (n + size - 1) / size;
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Callable<Void> worker = () -> {
            for (int part = next.getAndIncrement(); part < count; part = next.getAndIncrement()) {
                body.run(part * size, Math.min(n, (part + 1) * size));
            }
            return null;
        };
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, count); t++) {
            tasks.add(worker);
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
