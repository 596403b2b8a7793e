package org.alpwb.tests.toy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.osgi.service.component.annotations.Component;

/**
 * Test fixture for injected failures: the first {@code failures} attempts of a task throw, later ones
 * return {@code value}. Attempts are counted as files in {@code attemptsDirectory}, so the count survives
 * the process (a retry on a cluster is a new worker).
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=toy-flaky",
        ServiceProperties.LABEL + "=Test fixture: fails its first attempts", ServiceProperties.KIND + "=task"})
public class ToyFlaky implements TaskType {

    @Override
    public void validate(TaskConfig config) {
        config.allowOnly("attemptsDirectory", "failures", "value");
        config.requiredString("attemptsDirectory");
        config.integer("failures", 1, 0, 1000);
        config.number("value", 1.0);
    }

    @Override
    public Artifact run(TaskContext context) throws IOException {
        Path attempts = Path.of(context.config().requiredString("attemptsDirectory"));
        long failures = context.config().integer("failures", 1, 0, 1000);
        Files.createDirectories(attempts);
        long attempt;
        try (var listing = Files.list(attempts)) {
            attempt = listing.filter(p -> p.getFileName().toString().startsWith(context.taskKey())).count() + 1;
        }
        Files.createFile(attempts.resolve(context.taskKey() + "-" + attempt));
        if (attempt <= failures) {
            throw new IllegalStateException("injected failure of " + context.taskName() + ", attempt " + attempt);
        }
        return Artifact.of("toy/double", ByteBuffer.allocate(8).putDouble(context.config().number("value", 1.0)).array());
    }
}
