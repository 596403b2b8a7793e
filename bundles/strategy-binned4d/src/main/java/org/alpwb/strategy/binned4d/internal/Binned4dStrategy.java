package org.alpwb.strategy.binned4d.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.strategy.Strategy;
import org.osgi.service.component.annotations.Component;

/** {@code binned-4d}: the slides' 4D binned likelihood in (t+, t-, s+, s-). */
@Component(service = Strategy.class, property = {ServiceProperties.ID + "=binned-4d",
    ServiceProperties.LABEL + "=4D binned likelihood in (t+, t-, s+, s-) (Acanfora et al.)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_STRATEGY, ServiceProperties.VERSION + "=binned-4d-1"})
public final class Binned4dStrategy extends BinnedStrategy {
    public Binned4dStrategy() {
        super(Variant.BINNED_4D);
    }
}
