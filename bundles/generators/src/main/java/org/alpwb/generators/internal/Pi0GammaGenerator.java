package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process pi0-gamma. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=pi0-gamma",
    ServiceProperties.LABEL + "=" + "pi0-gamma generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class Pi0GammaGenerator extends CatalogGenerator {
    public Pi0GammaGenerator() {
        super("pi0-gamma");
    }
}
