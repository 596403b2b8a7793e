package org.alpwb.generators.internal;

import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.generator.EventGenerator;
import org.alpwb.api.generator.GenerationResult;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.osgi.service.component.annotations.Component;

/**
 * Task {@code generate}: artifact type {@code alpwb/event-block}, payload {@code EventBlock.toBytes()}
 * of all events (weights in pb summing to sigma), plus {@code cross-section.json} (as the
 * cross-section task, with events, trials, overweight_fraction and sum_of_weights_pb added).
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=generate",
    ServiceProperties.LABEL + "=Generate events", ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK})
public class GenerateTask extends GeneratorTaskType {
    public static final String ARTIFACT_TYPE = "alpwb/event-block";

    public GenerateTask() {
        super(ARTIFACT_TYPE);
    }

    @Override
    public void validate(TaskConfig config) {
        GeneratorTasks.validate(config, GeneratorTasks.GENERATE_FIELDS);
        if (!config.has("events")) {
            throw config.invalid("events", "(missing)", "a number of events in [1, 100000000] (required)");
        }
        config.integer("events", 0, 1, 100_000_000L);
    }

    @Override
    public Artifact run(TaskContext context) {
        TaskConfig config = context.config();
        validate(config);
        ProcessRequest request = GeneratorTasks.request(config);
        long events = config.integer("events", 0, 1, 100_000_000L);
        boolean unweighted = config.flag("unweighted", true);
        EventGenerator generator = context.service(EventGenerator.class, request.processId());
        EventBlock.Builder all = EventBlock.builder(0);
        GenerationResult result = generator.generate(request, events, unweighted, context.seeds(), context.executor(),
                context.monitor(), block -> GeneratorTasks.append(all, block));
        Map<String, Object> json = RequestJson.toMap(result.crossSection(), context.seeds().studySeed());
        json.put("events", result.events());
        json.put("trials", result.trials());
        json.put("unweighted", unweighted);
        json.put("overweight_fraction", result.overweightFraction());
        json.put("sum_of_weights_pb", result.sumOfWeightsPb());
        return new Artifact(ARTIFACT_TYPE, all.build().toBytes(), Map.of("cross-section.json", GeneratorTasks.json(json)));
    }
}
