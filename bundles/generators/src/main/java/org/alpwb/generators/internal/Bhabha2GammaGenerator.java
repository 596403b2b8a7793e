package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process bhabha-2gamma. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=bhabha-2gamma",
    ServiceProperties.LABEL + "=" + "bhabha-2gamma generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class Bhabha2GammaGenerator extends CatalogGenerator {
    public Bhabha2GammaGenerator() {
        super("bhabha-2gamma");
    }
}
