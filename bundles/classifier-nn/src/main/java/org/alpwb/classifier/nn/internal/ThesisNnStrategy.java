package org.alpwb.classifier.nn.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.strategy.Strategy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Strategy {@code thesis-nn}: thesis cuts + the global network's score > 0.9 (thesis ch. 7), window fit. */
@Component(service = Strategy.class, property = {ServiceProperties.ID + "=" + ThesisNnStrategy.ID,
    ServiceProperties.LABEL + "=Thesis cuts and neural-network score cut (ch. 7) with the DSCB + Chebyshev window fit",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_STRATEGY,
    ServiceProperties.VERSION + "=" + ThesisNnStrategy.ID + "-" + NnStrategy.VERSION})
public class ThesisNnStrategy extends NnStrategy {
    static final String ID = "thesis-nn";

    @Reference(target = "(" + ServiceProperties.ID + "=thesis-cuts)")
    Strategy cuts;

    @Override
    String id() {
        return ID;
    }

    @Override
    boolean massParametrised() {
        return false;
    }

    @Override
    Strategy thesisCuts() {
        return cuts;
    }
}
