package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process alp-fusion. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=alp-fusion",
    ServiceProperties.LABEL + "=" + "alp-fusion generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class AlpFusionGenerator extends CatalogGenerator {
    public AlpFusionGenerator() {
        super("alp-fusion");
    }
}
