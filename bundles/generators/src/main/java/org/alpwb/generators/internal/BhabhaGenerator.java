package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process bhabha. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=bhabha",
    ServiceProperties.LABEL + "=" + "bhabha generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class BhabhaGenerator extends CatalogGenerator {
    public BhabhaGenerator() {
        super("bhabha");
    }
}
