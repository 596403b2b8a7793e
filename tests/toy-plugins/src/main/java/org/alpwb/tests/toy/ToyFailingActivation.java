package org.alpwb.tests.toy;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.study.Artifact;
import org.alpwb.api.study.TaskContext;
import org.alpwb.api.study.TaskType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Test fixture: a plugin whose activation throws, to check that it is reported and harms nothing else. */
@Component(service = TaskType.class, property = {ServiceProperties.ID + "=toy-broken",
        ServiceProperties.LABEL + "=Test fixture: activation throws", ServiceProperties.KIND + "=task"})
public class ToyFailingActivation implements TaskType {

    @Activate
    public ToyFailingActivation() {
        throw new IllegalStateException("toy-broken refuses to activate");
    }

    @Override
    public Artifact run(TaskContext context) {
        throw new AssertionError("never activated");
    }
}
