package org.alpwb.tests.toy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.osgi.service.component.annotations.Component;

/**
 * Test fixture: sums {@code chunks} chunks of uniform random numbers, one seed per chunk, sleeping
 * {@code millisPerChunk} per chunk so that tests can kill a run in the middle of a task.
 */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=toy-random",
        ServiceProperties.LABEL + "=Test fixture: seeded random sum", ServiceProperties.KIND + "=task"})
public class ToyRandom implements TaskType {

    @Override
    public void validate(TaskConfig config) {
        config.allowOnly("chunks", "perChunk", "millisPerChunk");
        config.integer("chunks", 10, 1, 1_000_000);
        config.integer("perChunk", 1000, 1, 10_000_000);
        config.integer("millisPerChunk", 0, 0, 60_000);
    }

    @Override
    public Artifact run(TaskContext context) throws InterruptedException {
        int chunks = (int) context.config().integer("chunks", 10, 1, 1_000_000);
        long perChunk = context.config().integer("perChunk", 1000, 1, 10_000_000);
        long sleep = context.config().integer("millisPerChunk", 0, 0, 60_000);
        context.monitor().begin(context.taskName(), chunks);
        double sum = 0;
        for (int chunk = 0; chunk < chunks; chunk++) {
            context.monitor().checkCancelled();
            SplittableRandom random = new SplittableRandom(context.seeds().seed(chunk)[0]);
            for (long i = 0; i < perChunk; i++) {
                sum += random.nextDouble();
            }
            Thread.sleep(sleep);
            context.monitor().worked(1);
        }
        context.monitor().done();
        String text = Double.toString(sum);
        return new Artifact("toy/double", ByteBuffer.allocate(8).putDouble(sum).array(),
                Map.of("value.txt", text.getBytes(StandardCharsets.UTF_8)));
    }
}
