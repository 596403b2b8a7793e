package com.example.alpwb;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.osgi.service.component.annotations.Component;

/**
 * A study task type: expected numbers of events N = sigma x efficiency x L for a list of integrated
 * luminosities. Use it in a study file as {@code {"type": "expected-events", "config": {...}}}.
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=expected-events",
        ServiceProperties.LABEL + "=Expected event counts at several luminosities (example plugin)",
        ServiceProperties.KIND + "=" + ServiceProperties.KIND_TASK, ServiceProperties.VERSION + "=1.0.0"})
public class ExpectedEvents implements TaskType {
    private static final double PB_PER_FB = 1000.0;

    @Override
    public void validate(TaskConfig config) {
        config.allowOnly("crossSectionPb", "efficiency", "luminositiesInvFb");
        config.requiredNumber("crossSectionPb", 0, Double.MAX_VALUE);
        config.number("efficiency", 1.0, 0.0, 1.0);
        for (double luminosity : config.numbers("luminositiesInvFb", new double[] {54.24})) {
            if (!(luminosity > 0)) {
                throw config.invalid("luminositiesInvFb", luminosity, "positive luminosities in fb^-1");
            }
        }
    }

    @Override
    public Artifact run(TaskContext context) {
        TaskConfig config = context.config();
        double sigmaPb = config.requiredNumber("crossSectionPb", 0, Double.MAX_VALUE);
        double efficiency = config.number("efficiency", 1.0, 0.0, 1.0);
        StringBuilder csv = new StringBuilder("luminosity_inv_fb,expected_events\n");
        for (double luminosity : config.numbers("luminositiesInvFb", new double[] {54.24})) {
            csv.append(String.format(Locale.ROOT, "%g,%g%n", luminosity, sigmaPb * efficiency * luminosity * PB_PER_FB));
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        return new Artifact("text/csv", bytes, Map.of("expected-events.csv", bytes));
    }
}
