package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process etaprime-fusion. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=etaprime-fusion",
    ServiceProperties.LABEL + "=" + "etaprime-fusion generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class EtaPrimeFusionGenerator extends CatalogGenerator {
    public EtaPrimeFusionGenerator() {
        super("etaprime-fusion");
    }
}
