package org.alpwb.classifier.nn.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.strategy.Strategy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Strategy {@code nn-mass}: thesis cuts + score > 0.9 of a mass-parametrised network evaluated at each hypothesis. */
@Component(service = Strategy.class, property = {ServiceProperties.ID + "=" + MassNnStrategy.ID,
    ServiceProperties.LABEL + "=Thesis cuts and a mass-parametrised network score cut with the DSCB + Chebyshev window fit",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_STRATEGY,
    ServiceProperties.VERSION + "=" + MassNnStrategy.ID + "-" + NnStrategy.VERSION})
public class MassNnStrategy extends NnStrategy {
    static final String ID = "nn-mass";

    @Reference(target = "(" + ServiceProperties.ID + "=thesis-cuts)")
    Strategy cuts;

    @Override
    String id() {
        return ID;
    }

    @Override
    boolean massParametrised() {
        return true;
    }

    @Override
    Strategy thesisCuts() {
        return cuts;
    }
}
