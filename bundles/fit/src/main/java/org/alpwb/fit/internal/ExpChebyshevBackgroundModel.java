package org.alpwb.fit.internal;

import java.util.Map;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.fit.BackgroundModel;
import org.alpwb.fit.pdf.ExpChebyshev;
import org.alpwb.fit.pdf.Shape;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Extended binned Poisson fit of exp(Chebyshev series) ({@link ExpChebyshev}; order from the component
 * property {@code order}, default 3): positive everywhere for every parameter value, so a fitted background
 * can never be negative or clipped. Configuration PID {@code org.alpwb.fit.expchebyshev}.
 */
@Component(service = BackgroundModel.class, configurationPid = "org.alpwb.fit.expchebyshev", property = {
        ServiceProperties.ID + "=exp-chebyshev", ServiceProperties.LABEL + "=exp(Chebyshev series) background, positive",
        ServiceProperties.KIND + "=" + ServiceProperties.KIND_BACKGROUND_MODEL, "order:Integer=3"})
public final class ExpChebyshevBackgroundModel extends SeriesBackgroundModel {

    public ExpChebyshevBackgroundModel() {
        this(3);
    }

    public ExpChebyshevBackgroundModel(int order) {
        super("exp-chebyshev", order);
    }

    @Activate
    void activate(Map<String, Object> properties) {
        configure(properties);
    }

    @Override
    Shape shape(int order, double low, double high) {
        return new ExpChebyshev(order, low, high);
    }
}
