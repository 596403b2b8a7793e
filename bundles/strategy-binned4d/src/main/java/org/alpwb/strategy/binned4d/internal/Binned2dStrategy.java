package org.alpwb.strategy.binned4d.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.strategy.Strategy;
import org.osgi.service.component.annotations.Component;

/** {@code binned-2d}: the same selection and model in 2D (t+, t-). */
@Component(service = Strategy.class, property = {ServiceProperties.ID + "=binned-2d",
    ServiceProperties.LABEL + "=2D binned likelihood in (t+, t-)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_STRATEGY, ServiceProperties.VERSION + "=binned-2d-1"})
public final class Binned2dStrategy extends BinnedStrategy {
    public Binned2dStrategy() {
        super(Variant.BINNED_2D);
    }
}
