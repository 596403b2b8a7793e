package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process bhabha-gamma. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=bhabha-gamma",
    ServiceProperties.LABEL + "=" + "bhabha-gamma generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class BhabhaGammaGenerator extends CatalogGenerator {
    public BhabhaGammaGenerator() {
        super("bhabha-gamma");
    }
}
