package org.alpwb.detector.belle2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.detector.DetectorModel;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.InputSpec;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.alpwb.api.study.ValidationContext;
import org.osgi.service.component.annotations.Component;

/**
 * Study task {@code simulate}: runs a {@link DetectorModel} over the input artifact {@code events}
 * ({@code alpwb/event-block}) and yields an {@code alpwb/reco-block}. Config: {@code detector} (id,
 * default {@code belle2}) plus the {@link SimulationOptions} fields. The events are cut into chunks of
 * {@value #CHUNK_EVENTS}, chunk j simulated with {@code seeds().seed(j)}, so the bytes do not depend
 * on the number of threads.
 */
@Component(service = TaskType.class, property = {
    ServiceProperties.ID + "=simulate",
    ServiceProperties.LABEL + "=Detector simulation of generated events",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK})
public final class SimulateTask implements TaskType {
    static final int CHUNK_EVENTS = 10_000;
    static final String EVENT_BLOCK_TYPE = "alpwb/event-block";

    @Override
    public void validate(TaskConfig config) {
        String[] fields = new String[SimulationOptions.CONFIG_FIELDS.length + 1];
        fields[0] = "detector";
        System.arraycopy(SimulationOptions.CONFIG_FIELDS, 0, fields, 1, SimulationOptions.CONFIG_FIELDS.length);
        config.allowOnly(fields);
        config.string("detector", "belle2");
        SimulationOptions.fromConfig(config, "");
    }

    /** Also resolves the detector id and the run condition against the installed detector models. */
    @Override
    public void validate(ValidationContext context) {
        TaskConfig config = context.config();
        validate(config);
        DetectorModel detector = context.service(DetectorModel.class, "detector", "belle2");
        checkCondition(config, detector);
    }

    @Override
    public List<InputSpec> inputs(TaskConfig config) {
        return List.of(InputSpec.required("events", EVENT_BLOCK_TYPE));
    }

    @Override
    public Optional<String> outputType(TaskConfig config) {
        return Optional.of(RecoBlock.ARTIFACT_TYPE);
    }

    private static SimulationOptions checkCondition(TaskConfig config, DetectorModel detector) {
        SimulationOptions options = SimulationOptions.fromConfig(config, detector.runConditions().get(0).name());
        if (detector.runConditions().stream().noneMatch(c -> c.name().equals(options.condition()))) {
            throw config.invalid("condition", options.condition(), "a run condition of detector '" + detector.id()
                    + "': " + String.join(", ", detector.runConditions().stream().map(c -> c.name()).toList()));
        }
        return options;
    }

    @Override
    public Artifact run(TaskContext context) throws Exception {
        TaskConfig config = context.config();
        validate(config);
        DetectorModel detector = context.service(DetectorModel.class, config.string("detector", "belle2"));
        SimulationOptions options = checkCondition(config, detector);
        Artifact input = context.input("events");
        if (!input.type().equals(EVENT_BLOCK_TYPE)) {
            throw new InvalidInputException(config.source(), context.taskName() + ".inputs.events", input.type(),
                    EVENT_BLOCK_TYPE);
        }
        EventBlock events = EventBlock.fromBytes(input.payload());
        RecoBlock reco = simulateInChunks(detector, events, options, context.seeds(), context.executor(),
                context.monitor());
        return Artifact.of(RecoBlock.ARTIFACT_TYPE, reco.toBytes());
    }

    static RecoBlock simulateInChunks(DetectorModel detector, EventBlock events, SimulationOptions options,
            SeedSequence seeds, ExecutorService executor, ProgressMonitor monitor)
            throws InterruptedException, ExecutionException {
        int n = events.eventCount();
        int chunks = Math.max(1, (n + CHUNK_EVENTS - 1) / CHUNK_EVENTS);
        monitor.begin("simulate " + detector.id(), n);
        List<Future<RecoBlock>> futures = new ArrayList<>(chunks);
        for (int j = 0; j < chunks; j++) {
            int from = j * CHUNK_EVENTS;
            int to = Math.min(n, from + CHUNK_EVENTS);
            long[] seed = seeds.seed(j);
            futures.add(executor.submit(() -> {
                monitor.checkCancelled();
                RecoBlock block = detector.simulate(slice(events, from, to), options, seed);
                monitor.worked(to - from);
                return block;
            }));
        }
        List<RecoBlock> blocks = new ArrayList<>(chunks);
        for (Future<RecoBlock> future : futures) {
            blocks.add(future.get());
        }
        monitor.done();
        return RecoBlock.concat(blocks, true);
    }

    /** Events {@code from..to-1} as their own block (source indices are re-based by the concatenation). */
    static EventBlock slice(EventBlock events, int from, int to) {
        if (from == 0 && to == events.eventCount()) {
            return events;
        }
        EventBlock.Builder builder = EventBlock.builder(events.firstEventNumber());
        for (int i = from; i < to; i++) {
            builder.add(events.event(i));
        }
        return builder.build();
    }
}
