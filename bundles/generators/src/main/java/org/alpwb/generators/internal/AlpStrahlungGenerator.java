package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process alp-strahlung. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=alp-strahlung",
    ServiceProperties.LABEL + "=" + "alp-strahlung generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class AlpStrahlungGenerator extends CatalogGenerator {
    public AlpStrahlungGenerator() {
        super("alp-strahlung");
    }
}
