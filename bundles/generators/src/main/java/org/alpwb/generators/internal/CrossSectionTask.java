package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.CrossSectionResult;
import org.alpwb.api.generator.EventGenerator;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.osgi.service.component.annotations.Component;

/**
 * Task {@code cross-section}: artifact type {@code alpwb/cross-section}, payload the UTF-8 JSON object
 * of {@link RequestJson} (sigma_pb, sigma_err_pb and the inputs), also written as {@code cross-section.json}.
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=cross-section",
    ServiceProperties.LABEL + "=Cross section of a process", ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK})
public class CrossSectionTask extends GeneratorTaskType {
    public static final String ARTIFACT_TYPE = "alpwb/cross-section";

    public CrossSectionTask() {
        super(ARTIFACT_TYPE);
    }

    @Override
    public void validate(TaskConfig config) {
        GeneratorTasks.validate(config, GeneratorTasks.CROSS_SECTION_FIELDS);
    }

    @Override
    public Artifact run(TaskContext context) {
        TaskConfig config = context.config();
        config.allowOnly(GeneratorTasks.CROSS_SECTION_FIELDS);
        ProcessRequest request = GeneratorTasks.request(config);
        EventGenerator generator = context.service(EventGenerator.class, request.processId());
        CrossSectionResult result = generator.crossSection(request, context.seeds(), context.executor(), context.monitor());
        byte[] json = GeneratorTasks.json(RequestJson.toMap(result, context.seeds().studySeed()));
        return new Artifact(ARTIFACT_TYPE, json, java.util.Map.of("cross-section.json", json));
    }
}
