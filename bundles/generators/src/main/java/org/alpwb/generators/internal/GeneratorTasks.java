package org.alpwb.generators.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.ParticleStatus;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.study.TaskConfig;

/**
 * Configuration of the {@code cross-section} and {@code generate} tasks. Fields: process (required),
 * sqrtSGeV, massGeV, couplingPerGeV, diagrams, isr, cuts (object: cut name to number), precision;
 * generate adds events (required) and unweighted (default true).
 */
final class GeneratorTasks {
    static final String[] CROSS_SECTION_FIELDS = {"process", "sqrtSGeV", "massGeV", "couplingPerGeV", "diagrams", "isr",
        "cuts", "precision"};
    static final String[] GENERATE_FIELDS = {"process", "sqrtSGeV", "massGeV", "couplingPerGeV", "diagrams", "isr",
        "cuts", "precision", "events", "unweighted"};

    private GeneratorTasks() {
    }

    static ProcessRequest request(TaskConfig config) {
        String process = config.choice("process", null, ProcessCatalog.ids().toArray(String[]::new));
        if (process == null) {
            throw config.invalid("process", "(missing)", String.join(", ", ProcessCatalog.ids()) + " (required)");
        }
        Map<String, Double> cuts = new LinkedHashMap<>();
        TaskConfig cutConfig = config.child("cuts");
        for (String name : cutConfig.asMap().keySet()) {
            cuts.put(name, cutConfig.number(name, 0));
        }
        return new ProcessRequest(process, config.number("sqrtSGeV", ProcessRequest.DEFAULT_SQRT_S_GEV, 0.2, 1000),
                config.number("massGeV", Double.NaN), config.number("couplingPerGeV", ProcessRequest.DEFAULT_COUPLING_PER_GEV),
                config.choice("diagrams", "all", "all", "fusion", "conversion"), config.flag("isr", false), cuts,
                config.number("precision", ProcessRequest.DEFAULT_PRECISION, 1e-4, 0.5));
    }

    /** Validates everything the generator would (cut names, mass range) before the task runs. */
    static void validate(TaskConfig config, String[] fields) {
        config.allowOnly(fields);
        ProcessCatalog.integrand(request(config), config.source() + " " + config.path());
    }

    static byte[] json(Map<String, Object> map) {
        return RequestJson.write(map).getBytes(StandardCharsets.UTF_8);
    }

    /** Appends all events of {@code block} to {@code builder}. */
    static void append(EventBlock.Builder builder, EventBlock block) {
        int[] offsets = block.offsets();
        for (int i = 0; i < block.eventCount(); i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                builder.particle(block.pdgIds()[k], ParticleStatus.ofLheCode(block.statusCodes()[k]), block.mother1()[k],
                        block.mother2()[k], block.energies()[k], block.px()[k], block.py()[k], block.pz()[k]);
            }
            builder.endEvent(block.weightsPb()[i], block.diagramClass(i));
        }
    }
}
