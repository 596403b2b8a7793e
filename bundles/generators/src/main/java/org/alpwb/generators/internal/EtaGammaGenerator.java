package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process eta-gamma. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=eta-gamma",
    ServiceProperties.LABEL + "=" + "eta-gamma generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class EtaGammaGenerator extends CatalogGenerator {
    public EtaGammaGenerator() {
        super("eta-gamma");
    }
}
