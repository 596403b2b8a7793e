package org.alpwb.limits.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.api.progress.CancelledException;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.fit.FitResult;
import org.alpwb.limits.fit.ProfileLikelihood;
import org.alpwb.limits.stats.TestStatistic;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * q~_mu distributions from pseudo-experiments. Toys are generated in chunks of {@link #CHUNK}; chunk
 * k of stream s draws from XO_SHI_RO_256_PP seeded with (seed, s, k) (the same for every POI
 * value, so CLs(mu) curves are smooth), and writes its own
 * slice of the result, so the output is identical for any number of threads.
 */
final class ToyEnsemble {
    static final int CHUNK = 50;

    private final int threads;
    private final ProgressMonitor monitor;

    ToyEnsemble(int threads, ProgressMonitor monitor) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.monitor = monitor;
    }

    /** The test statistic at {@code mu} of {@code n} toys generated from {@code model} at {@code generation}. */
    double[] testStatistic(TestStatistic statistic, LikelihoodModel model, double[] generation, double mu, int n,
            long seed, long stream) {
        double[] q = new double[n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(chunks, 1)));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                int chunk = c;
                futures.add(pool.submit(() -> runChunk(statistic, model, generation, mu, q, chunk, seed, stream)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return q;
    }

    /**
     * Four well-mixed state words from (seed, stream, chunk). Raw small integers would leave the
     * xoshiro state nearly zero, and its first outputs are then tiny (too many Poisson zeros).
     */
    static long[] chunkSeed(long seed, long stream, long chunk) {
        long key = mix(mix(mix(seed) ^ stream) ^ chunk);
        long[] state = new long[4];
        for (int i = 0; i < 4; i++) {
            key += 0x9E3779B97F4A7C15L;
            state[i] = mix(key);
        }
        return state;
    }

    /** SplitMix64 finaliser (Stafford variant 13). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void runChunk(TestStatistic statistic, LikelihoodModel model, double[] generation, double mu, double[] q,
            int chunk, long seed, long stream) {
        monitor.checkCancelled();
        UniformRandomProvider urp = RandomSource.XO_SHI_RO_256_PP.create(chunkSeed(seed, stream, chunk));
        RandomGenerator random = urp::nextLong;
        ProfileLikelihood profile = new ProfileLikelihood();
        int end = Math.min(q.length, (chunk + 1) * CHUNK);
        for (int i = chunk * CHUNK; i < end; i++) {
            LikelihoodModel toy = model.toy(generation, random);
            FitResult free = profile.freeFit(toy, statistic);
            q[i] = profile.testStatistic(statistic, toy, mu, free);
        }
        monitor.worked(end - chunk * CHUNK);
    }
}
