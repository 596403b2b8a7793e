package org.alpwb.generators.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.generator.EventGenerator;
import org.osgi.service.component.annotations.Component;

/** Generator service for process triphoton. */
@Component(service = EventGenerator.class, property = {ServiceProperties.ID + "=triphoton",
    ServiceProperties.LABEL + "=" + "triphoton generator", ServiceProperties.KIND + "=" + ServiceProperties.KIND_GENERATOR})
public class TriphotonGenerator extends CatalogGenerator {
    public TriphotonGenerator() {
        super("triphoton");
    }
}
