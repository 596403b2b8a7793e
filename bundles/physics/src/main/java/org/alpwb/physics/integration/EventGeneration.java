package org.alpwb.physics.integration;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.physics.random.RandomStreams;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Event generation from an adapted integration, in chunks of fixed size (one random stream per
 * chunk, blocks delivered in chunk order: identical output for any thread count).
 *
 * <p>Unweighted: a point of weight w is kept with probability min(1, w/w_c), w_c the integration's
 * {@code unweightingMaxWeight} (the points above it carry a share eps &lt;= 1e-3 of sigma in their excess);
 * a kept event carries sigma (1 - eps) r / N with r = max(1, w/w_c), so an overweight point keeps its
 * excess instead of biasing the sample, and the expected sum of the weights is sigma (the factor
 * 1 - eps compensates the excess on average). The fraction of overweight events is reported. Weighted: every non-zero point is kept with weight w/T_c * n_c/N
 * (T_c trial points in chunk c holding n_c of the N events): each chunk is an unbiased estimate of sigma
 * and the weights of all events sum to their average.
 */
public final class EventGeneration {

    /** Statistics of a generation run. */
    public record Stats(long events, long trials, long overweightEvents, double sumOfWeightsPb) {
        public double efficiency() {
            return trials == 0 ? 0 : (double) events / trials;
        }

        public double overweightFraction() {
            return events == 0 ? 0 : (double) overweightEvents / events;
        }
    }

    private final ExecutorService executor;
    private final int eventsPerChunk;
    private final int chunksPerBatch;

    public EventGeneration(ExecutorService executor, int eventsPerChunk, int chunksPerBatch) {
        this.executor = executor;
        this.eventsPerChunk = eventsPerChunk;
        this.chunksPerBatch = chunksPerBatch;
    }

    public Stats generate(MultiChannelIntegrand prototype, IntegrationResult integration, long events, boolean unweighted,
            RandomStreams streams, ProgressMonitor monitor, Consumer<EventBlock> sink) {
        if (events < 1) {
            throw new IllegalArgumentException("number of events must be positive: " + events);
        }
        if (!(integration.maxWeight() > 0)) {
            throw new IllegalStateException("the integration found no point inside the cuts; cannot generate events");
        }
        long chunks = (events + eventsPerChunk - 1) / eventsPerChunk;
        monitor.begin(unweighted ? "generating unweighted events" : "generating weighted events", events);
        long done = 0;
        long trials = 0;
        long overweight = 0;
        double sum = 0;
        for (long first = 0; first < chunks; first += chunksPerBatch) {
            monitor.checkCancelled();
            long batchFirst = first;
            int batch = (int) Math.min(chunksPerBatch, chunks - first);
            List<ChunkOutput> outputs = ChunkRunner.run(executor, batch, i -> {
                long chunk = batchFirst + i;
                long start = chunk * eventsPerChunk;
                int n = (int) Math.min(eventsPerChunk, events - start);
                ChunkOutput out = runChunk(prototype.copy(), integration, streams.chunk(chunk), start, n, events,
                        unweighted, monitor);
                monitor.worked(n);
                return out;
            });
            for (ChunkOutput out : outputs) {
                done += out.block.eventCount();
                trials += out.trials;
                overweight += out.overweight;
                sum += out.block.sumOfWeightsPb();
                sink.accept(out.block);
            }
        }
        monitor.done();
        return new Stats(done, trials, overweight, sum);
    }

    private record ChunkOutput(EventBlock block, long trials, long overweight) {
    }

    private static ChunkOutput runChunk(MultiChannelIntegrand integrand, IntegrationResult integration,
            UniformRandomProvider rng, long firstEvent, int n, long total, boolean unweighted, ProgressMonitor monitor) {
        PointSampler sampler = new PointSampler(integrand, integration.state());
        double wMax = integration.unweightingMaxWeight();
        double norm = 1 - integration.excessFraction();
        double sigma = integration.valuePb();
        EventBlock.Builder builder = EventBlock.builder(firstEvent);
        long trials = 0;
        long overweight = 0;
        while (builder.eventCount() < n) {
            if ((trials & 4095) == 0 && monitor.isCancelled()) {
                monitor.checkCancelled();
            }
            double w = sampler.sample(rng);
            trials++;
            if (w == 0) {
                continue;
            }
            double uAccept = rng.nextDouble();
            double uClass = rng.nextDouble();
            if (unweighted) {
                double ratio = w / wMax;
                if (uAccept >= ratio) {
                    continue;
                }
                if (ratio > 1) {
                    overweight++;
                }
                integrand.appendLastEvent(builder, sigma * norm * Math.max(1, ratio) / total, uClass);
            } else {
                integrand.appendLastEvent(builder, w, uClass);
            }
        }
        EventBlock block = builder.build();
        if (!unweighted) {
            block = block.withWeightsScaled((double) n / total / trials);
        }
        return new ChunkOutput(block, trials, overweight);
    }
}
