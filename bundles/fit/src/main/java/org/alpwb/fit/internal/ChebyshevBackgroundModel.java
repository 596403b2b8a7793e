package org.alpwb.fit.internal;

import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.fit.BackgroundModel;
import org.alpwb.fit.pdf.Chebyshev;
import org.alpwb.fit.pdf.Shape;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Extended binned Poisson fit of a Chebyshev series (constant term 1, order from the component
 * property {@code order}, default 3 as in the thesis) with an optional blind window. The shape can
 * cross zero: a user of the fit must check the density where it uses it (the limit scan does).
 * Configuration PID {@code org.alpwb.fit.chebyshev}.
 */
@Component(service = BackgroundModel.class, configurationPid = "org.alpwb.fit.chebyshev", property = {
        ServiceProperties.ID + "=chebyshev", ServiceProperties.LABEL + "=Chebyshev polynomial background",
        ServiceProperties.KIND + "=" + ServiceProperties.KIND_BACKGROUND_MODEL, "order:Integer=3"})
public final class ChebyshevBackgroundModel extends SeriesBackgroundModel {

    public ChebyshevBackgroundModel() {
        this(3);
    }

    public ChebyshevBackgroundModel(int order) {
        super("chebyshev", order);
    }

    @Activate
    void activate(Map<String, Object> properties) {
        configure(properties);
    }

    @Override
    Shape shape(int order, double low, double high) {
        return new Chebyshev(order, low, high);
    }
}
