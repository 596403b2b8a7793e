package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process etaprime-gamma. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=etaprime-gamma",
    ServiceProperties.LABEL + "=" + "etaprime-gamma generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class EtaPrimeGammaGenerator extends CatalogGenerator {
    public EtaPrimeGammaGenerator() {
        super("etaprime-gamma");
    }
}
