package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process mumu. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=mumu",
    ServiceProperties.LABEL + "=" + "mumu generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class MuMuGenerator extends CatalogGenerator {
    public MuMuGenerator() {
        super("mumu");
    }
}
