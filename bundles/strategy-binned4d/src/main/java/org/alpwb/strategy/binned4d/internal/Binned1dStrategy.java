package org.alpwb.strategy.binned4d.internal;

import org.alpwb.api.ServiceProperties;
import org.alpwb.api.strategy.Strategy;
import org.osgi.service.component.annotations.Component;

/** {@code binned-1d}: the same selection and model in m_gg only (the mass window alone). */
@Component(service = Strategy.class, property = {ServiceProperties.ID + "=binned-1d",
    ServiceProperties.LABEL + "=1D binned likelihood in m_gg inside the window",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_STRATEGY, ServiceProperties.VERSION + "=binned-1d-1"})
public final class Binned1dStrategy extends BinnedStrategy {
    public Binned1dStrategy() {
        super(Variant.BINNED_1D);
    }
}
