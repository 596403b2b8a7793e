package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process pi0-fusion. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=pi0-fusion",
    ServiceProperties.LABEL + "=" + "pi0-fusion generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class Pi0FusionGenerator extends CatalogGenerator {
    public Pi0FusionGenerator() {
        super("pi0-fusion");
    }
}
