package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process diphoton. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=diphoton",
    ServiceProperties.LABEL + "=" + "diphoton generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class DiphotonGenerator extends CatalogGenerator {
    public DiphotonGenerator() {
        super("diphoton");
    }
}
