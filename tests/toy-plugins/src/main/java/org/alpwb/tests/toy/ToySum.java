package org.alpwb.tests.toy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.osgi.service.component.annotations.Component;

/** Test fixture: adds the doubles produced by its inputs. */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=toy-sum",
        ServiceProperties.LABEL + "=Test fixture: sum of inputs", ServiceProperties.KIND + "=task"})
public class ToySum implements TaskType {

    @Override
    public Artifact run(TaskContext context) {
        double total = 0;
        for (Artifact input : context.inputs().values()) {
            total += ByteBuffer.wrap(input.payload()).getDouble();
        }
        return new Artifact("toy/double", ByteBuffer.allocate(8).putDouble(total).array(),
                Map.of("total.txt", Double.toString(total).getBytes(StandardCharsets.UTF_8)));
    }
}
