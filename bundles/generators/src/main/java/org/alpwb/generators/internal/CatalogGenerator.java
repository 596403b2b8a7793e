package org.alpwb.generators.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.CrossSectionResult;
import org.alpwb.api.generator.EventGenerator;
import org.alpwb.api.generator.GenerationResult;
import org.alpwb.api.generator.ProcessInfo;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.physics.integration.EventGeneration;
import org.alpwb.physics.integration.IntegrationResult;
import org.alpwb.physics.integration.IntegrationSettings;
import org.alpwb.physics.integration.MultiChannelIntegrator;
import org.alpwb.physics.integration.ScatteringIntegrand;
import org.alpwb.physics.random.RandomStreams;

/**
 * An {@link EventGenerator} for one process of the {@link ProcessCatalog}; the DS components below
 * register one instance per process id. Integration: multi-channel VEGAS to the requested precision
 * (at most {@value #MAX_POINTS} points; the reported error is what was reached).
 */
public class CatalogGenerator implements EventGenerator {
    static final long MAX_POINTS = 20_000_000L;
    private static final int EVENTS_PER_CHUNK = 2_000;

    private final String processId;
    /** The last integration: generate after crossSection with the same request and seeds reuses it (deterministic). */
    private volatile Object[] last;

    protected CatalogGenerator(String processId) {
        this.processId = processId;
    }

    @Override
    public List<ProcessInfo> processes() {
        return List.of(ProcessCatalog.info(processId));
    }

    private void check(ProcessRequest request) {
        if (!processId.equals(request.processId())) {
            throw new InvalidInputException("request", "process", request.processId(), processId);
        }
    }

    IntegrationResult integrate(ProcessRequest request, ScatteringIntegrand integrand, SeedSequence seeds,
            ExecutorService executor, ProgressMonitor monitor) {
        Object[] cached = last;
        if (cached != null && cached[0].equals(request) && cached[1].equals(seeds)) {
            return (IntegrationResult) cached[2];
        }
        IntegrationSettings settings = IntegrationSettings.forPrecision(request.relativePrecision()).withMaxPoints(MAX_POINTS);
        IntegrationResult result = new MultiChannelIntegrator(settings, executor).integrate(integrand,
                new RandomStreams(seeds.child("integration")), monitor);
        last = new Object[] {request, seeds, result};
        return result;
    }

    @Override
    public CrossSectionResult crossSection(ProcessRequest request, SeedSequence seeds, ExecutorService executor,
            ProgressMonitor monitor) {
        check(request);
        ScatteringIntegrand integrand = ProcessCatalog.integrand(request, "request");
        IntegrationResult result = integrate(request, integrand, seeds, executor, monitor);
        return toResult(request, result);
    }

    private static CrossSectionResult toResult(ProcessRequest request, IntegrationResult result) {
        Map<String, Double> cuts = ProcessCatalog.appliedCuts(request);
        return new CrossSectionResult(request, result.crossSection(), cuts, result.unweightingEfficiency());
    }

    @Override
    public GenerationResult generate(ProcessRequest request, long events, boolean unweighted, SeedSequence seeds,
            ExecutorService executor, ProgressMonitor monitor, Consumer<EventBlock> sink) {
        check(request);
        if (events < 1) {
            throw new InvalidInputException("request", "events", events, "a positive number of events");
        }
        ScatteringIntegrand integrand = ProcessCatalog.integrand(request, "request");
        IntegrationResult result = integrate(request, integrand, seeds, executor, monitor);
        if (!(result.maxWeight() > 0)) {
            throw new InvalidInputException("request", "cuts", ProcessCatalog.appliedCuts(request),
                    "cuts that leave some phase space (no point passed them)");
        }
        EventGeneration.Stats stats = new EventGeneration(executor, EVENTS_PER_CHUNK, 8).generate(integrand, result,
                events, unweighted, new RandomStreams(seeds.child("events")), monitor, sink);
        return new GenerationResult(toResult(request, result), stats.events(), stats.trials(),
                stats.overweightFraction(), stats.sumOfWeightsPb());
    }
}
