package org.alpwb.physics.integration;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.alpwb.api.event.CrossSection;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.physics.random.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Multi-channel adaptive Monte Carlo integration: g = sum_c alpha_c g_c with a VEGAS grid per channel
 * (adapted on the squared weights of the points that channel made) and channel weights alpha_c
 * updated as alpha_c sqrt(W_c), W_c = &lt;(g_c/g) w^2&gt; (Kleiss, Pittau, Comput. Phys. Commun. 83 (1994)
 * 141). Adaptation points are discarded; the estimate and its standard error come only from points
 * of the frozen state, so the error is an honest sample standard error.
 *
 * <p>Work is split into chunks with one random stream each (seeded by chunk index) and merged in
 * chunk order, so the result is bit-for-bit the same for any number of threads.
 */
public final class MultiChannelIntegrator {
    private static final double ALPHA_FLOOR = 0.01;
    /** Share of sigma the points above the unweighting reference weight may carry in their excess. */
    public static final double OVERWEIGHT_TOLERANCE = 1e-3;
    /** Histogram of the frozen weights: bins of 0.05 in log10(w) from 10^-80 to 10^+40 pb. */
    private static final double LOG_MIN = -80;
    private static final double BINS_PER_DECADE = 20;
    private static final int WEIGHT_BINS = 2400;

    private final IntegrationSettings settings;
    private final ExecutorService executor;

    /** @param executor worker pool, or null to run on the calling thread */
    public MultiChannelIntegrator(IntegrationSettings settings, ExecutorService executor) {
        this.settings = settings;
        this.executor = executor;
    }

    public IntegrationResult integrate(MultiChannelIntegrand prototype, RandomStreams streams, ProgressMonitor monitor) {
        return integrate(prototype, SamplingState.initial(prototype, settings.bins()), streams, monitor);
    }

    /**
     * As above, but adapting from {@code start} instead of uniform grids: the adapted state of an integrand with
     * the same channels, e.g. at a neighbouring ALP mass, so that a scan needs few adaptation iterations per
     * point. Any start state gives an unbiased estimate (the estimate comes from the frozen points only); a
     * good one gives a smaller variance.
     */
    public IntegrationResult integrate(MultiChannelIntegrand prototype, SamplingState start, RandomStreams streams,
            ProgressMonitor monitor) {
        checkCompatible(prototype, start);
        SamplingState state = start;
        monitor.begin("integrating", -1);
        for (int iteration = 0; iteration < settings.adaptIterations(); iteration++) {
            monitor.checkCancelled();
            monitor.subtask("adapting grids, iteration " + (iteration + 1) + "/" + settings.adaptIterations());
            ChunkStats merged = runBatch(prototype, state, streams.child("adapt-" + iteration), 0, true, monitor);
            state = adapt(state, merged, prototype.symmetryClasses());
        }
        SamplingState frozen = state;
        ChunkStats total = null;
        long chunk = 0;
        RandomStreams finalStreams = streams.child("final");
        while (true) {
            monitor.checkCancelled();
            ChunkStats batch = runBatch(prototype, frozen, finalStreams, chunk, false, monitor);
            chunk += settings.chunksPerIteration();
            total = total == null ? batch : total.plus(batch);
            CrossSection estimate = total.estimate();
            monitor.subtask(String.format("sigma = %.6g +- %.2g pb", estimate.valuePb(), estimate.errorPb()));
            boolean precise = total.nonZero > 1 && estimate.relativeError() <= settings.targetRelativeError();
            if (precise || total.points >= settings.maxPoints()) {
                monitor.done();
                double[] reference = unweightingReference(total);
                return new IntegrationResult(estimate, total.maxWeight, total.points, total.nonZero, frozen, reference[0],
                        reference[1]);
            }
        }
    }

    private static void checkCompatible(MultiChannelIntegrand prototype, SamplingState start) {
        int n = prototype.channelCount();
        boolean ok = start.grids().length == n && start.alphas().length == n;
        for (int c = 0; ok && c < n; c++) {
            int expected = prototype.adaptive(c) ? prototype.dimensions(c) : 0;
            ok = start.grids()[c].dimensions() == expected;
        }
        if (!ok) {
            throw new IllegalArgumentException("start state does not match the integrand's channels (" + n
                    + " channels expected, state has " + start.alphas().length + ")");
        }
    }

    /**
     * The smallest bin edge w_c (at most the largest weight) with sum over points of max(0, w - w_c) at most
     * OVERWEIGHT_TOLERANCE x sum w, and that excess share (exact: w_c is a bin edge, so every point of the
     * bins above it exceeds it and the excess is sum - w_c x count over those bins).
     */
    static double[] unweightingReference(ChunkStats total) {
        if (!(total.sum > 0)) {
            return new double[] {total.maxWeight, 0};
        }
        double excessAllowed = OVERWEIGHT_TOLERANCE * total.sum;
        double sumAbove = 0;
        double countAbove = 0;
        double cap = total.maxWeight;
        double excess = 0;
        for (int b = weightBin(total.maxWeight); b >= 0; b--) {
            // candidate: the lower edge of bin b, all points of bins >= b above it
            double edge = Math.pow(10, LOG_MIN + b / BINS_PER_DECADE);
            double s = sumAbove + total.weightSums[b];
            double c = countAbove + total.weightCounts[b];
            double e = s - edge * c;
            if (e > excessAllowed) {
                break;
            }
            cap = Math.min(edge, total.maxWeight);
            excess = e;
            sumAbove = s;
            countAbove = c;
        }
        return new double[] {cap, excess / total.sum};
    }

    static int weightBin(double w) {
        int b = (int) Math.floor((Math.log10(w) - LOG_MIN) * BINS_PER_DECADE);
        return Math.max(0, Math.min(WEIGHT_BINS - 1, b));
    }

    private ChunkStats runBatch(MultiChannelIntegrand prototype, SamplingState state, RandomStreams streams,
            long firstChunk, boolean adapt, ProgressMonitor monitor) {
        List<ChunkStats> results = ChunkRunner.run(executor, settings.chunksPerIteration(), i -> {
            ChunkStats stats = runChunk(prototype.copy(), state, streams.chunk(firstChunk + i), adapt, monitor);
            monitor.worked(settings.pointsPerChunk());
            return stats;
        });
        ChunkStats merged = results.get(0);
        for (int i = 1; i < results.size(); i++) {
            merged = merged.plus(results.get(i));
        }
        return merged;
    }

    private ChunkStats runChunk(MultiChannelIntegrand integrand, SamplingState state, UniformRandomProvider rng,
            boolean adapt, ProgressMonitor monitor) {
        PointSampler sampler = new PointSampler(integrand, state);
        int channels = integrand.channelCount();
        ChunkStats stats = new ChunkStats(state, adapt);
        double[] fractions = new double[channels];
        for (int i = 0; i < settings.pointsPerChunk(); i++) {
            if ((i & 1023) == 0 && monitor.isCancelled()) {
                monitor.checkCancelled();
            }
            double w = sampler.sample(rng);
            stats.points++;
            if (w == 0) {
                continue;
            }
            stats.nonZero++;
            stats.sum += w;
            stats.sumSquares += w * w;
            stats.maxWeight = Math.max(stats.maxWeight, w);
            if (!adapt) {
                int b = weightBin(w);
                stats.weightSums[b] += w;
                stats.weightCounts[b]++;
            }
            if (adapt) {
                int c = sampler.lastChannel;
                if (state.grids()[c].dimensions() > 0) {
                    state.grids()[c].add(stats.gridSums[c], sampler.lastX(), w * w);
                }
                sampler.channelFractions(fractions);
                for (int j = 0; j < channels; j++) {
                    stats.channelSums[j] += fractions[j] * w * w;
                }
            }
        }
        return stats;
    }

    private SamplingState adapt(SamplingState state, ChunkStats stats, int[] symmetryClasses) {
        int n = state.alphas().length;
        VegasGrid[] grids = new VegasGrid[n];
        double[] alphas = new double[n];
        double norm = 0;
        for (int c = 0; c < n; c++) {
            VegasGrid grid = state.grids()[c];
            grids[c] = grid.dimensions() > 0 ? grid.refined(stats.gridSums[c], settings.vegasAlpha()) : grid;
            alphas[c] = state.alphas()[c] * Math.sqrt(Math.max(stats.channelSums[c], 0));
        }
        symmetrise(alphas, symmetryClasses);
        for (int c = 0; c < n; c++) {
            norm += alphas[c];
        }
        if (!(norm > 0)) {
            return new SamplingState(grids, state.alphas());
        }
        double floor = ALPHA_FLOOR / n;
        double sum = 0;
        for (int c = 0; c < n; c++) {
            alphas[c] = Math.max(alphas[c] / norm, floor);
            sum += alphas[c];
        }
        for (int c = 0; c < n; c++) {
            alphas[c] /= sum;
        }
        return new SamplingState(grids, alphas);
    }

    /** Replaces the weights of the channels of each symmetry class by their mean (in class order: deterministic). */
    static void symmetrise(double[] alphas, int[] classes) {
        if (classes == null) {
            return;
        }
        java.util.Map<Integer, double[]> sums = new java.util.TreeMap<>();
        for (int c = 0; c < alphas.length; c++) {
            double[] acc = sums.computeIfAbsent(classes[c], k -> new double[2]);
            acc[0] += alphas[c];
            acc[1]++;
        }
        for (int c = 0; c < alphas.length; c++) {
            double[] acc = sums.get(classes[c]);
            alphas[c] = acc[0] / acc[1];
        }
    }

    /** Sums over the points of one or more chunks. */
    static final class ChunkStats {
        long points;
        long nonZero;
        double sum;
        double sumSquares;
        double maxWeight;
        final double[][] gridSums;
        final double[] channelSums;
        final double[] weightSums;
        final long[] weightCounts;

        ChunkStats(SamplingState state, boolean adapt) {
            weightSums = new double[adapt ? 0 : WEIGHT_BINS];
            weightCounts = new long[adapt ? 0 : WEIGHT_BINS];
            int n = state.alphas().length;
            gridSums = new double[n][];
            for (int c = 0; c < n; c++) {
                gridSums[c] = adapt ? state.grids()[c].newAccumulator() : new double[0];
            }
            channelSums = new double[n];
        }

        ChunkStats plus(ChunkStats other) {
            points += other.points;
            nonZero += other.nonZero;
            sum += other.sum;
            sumSquares += other.sumSquares;
            maxWeight = Math.max(maxWeight, other.maxWeight);
            for (int b = 0; b < weightSums.length; b++) {
                weightSums[b] += other.weightSums[b];
                weightCounts[b] += other.weightCounts[b];
            }
            for (int c = 0; c < channelSums.length; c++) {
                channelSums[c] += other.channelSums[c];
                for (int k = 0; k < gridSums[c].length; k++) {
                    gridSums[c][k] += other.gridSums[c][k];
                }
            }
            return this;
        }

        CrossSection estimate() {
            double mean = sum / points;
            double variance = Math.max(0, sumSquares / points - mean * mean) / Math.max(1, points - 1);
            return new CrossSection(mean, Math.sqrt(variance), points);
        }
    }
}
