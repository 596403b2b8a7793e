package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process eta-fusion. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=eta-fusion",
    ServiceProperties.LABEL + "=" + "eta-fusion generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class EtaFusionGenerator extends CatalogGenerator {
    public EtaFusionGenerator() {
        super("eta-fusion");
    }
}
