package org.alpwb.fit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.fit.BackgroundFit;
import org.alpwb.api.fit.BackgroundModel;
import org.alpwb.api.fit.FitParameters;
import org.alpwb.api.hist.Histogram1D;
import org.alpwb.fit.likelihood.BinnedLikelihood;
import org.alpwb.fit.likelihood.GoodnessOfFit;
import org.alpwb.fit.likelihood.MaximumLikelihoodFit;
import org.alpwb.fit.likelihood.Model;
import org.alpwb.fit.minimize.Minimizer;
import org.alpwb.fit.minimize.Parameter;
import org.alpwb.fit.pdf.BoundShape;
import org.alpwb.fit.pdf.Chebyshev;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Extended binned Poisson fit of a Chebyshev series (constant term 1, order from the component
 * property {@code order}, default 3 as in the thesis) with an optional blind window.
 * Configuration PID {@code org.alpwb.fit.chebyshev}.
 */
@Component(service = BackgroundModel.class, configurationPid = "org.alpwb.fit.chebyshev", property = {
        ServiceProperties.ID + "=chebyshev", ServiceProperties.LABEL + "=Chebyshev polynomial background",
        ServiceProperties.KIND + "=" + ServiceProperties.KIND_BACKGROUND_MODEL, "order:Integer=3"})
public final class ChebyshevBackgroundModel implements BackgroundModel {
    private int order;

    public ChebyshevBackgroundModel() {
        this(3);
    }

    public ChebyshevBackgroundModel(int order) {
        setOrder(order);
    }

    @Activate
    void activate(Map<String, Object> properties) {
        Object o = properties.getOrDefault("order", 3);
        try {
            setOrder(o instanceof Number ? ((Number) o).intValue() : Integer.parseInt(o.toString().trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("chebyshev", "order", o, "an integer 0..10");
        }
    }

    private void setOrder(int value) {
        if (value < 0 || value > 10) {
            throw new InvalidInputException("chebyshev", "order", value, "an integer 0..10");
        }
        this.order = value;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        names.add("yield");
        names.addAll(new Chebyshev(order, 0, 1).parameterNames());
        return names;
    }

    @Override
    public BackgroundFit fit(Histogram1D spectrum, double low, double high, double blindLow, double blindHigh) {
        Chebyshev shape = new Chebyshev(order, low, high);
        Model model = new Model(List.of(shape), true, low, high, blindLow, blindHigh);
        BinnedLikelihood nll = new BinnedLikelihood(model, spectrum);
        double seen = 0;
        for (double c : nll.contents()) {
            seen += c;
        }
        double covered = Double.isNaN(blindLow) ? 1.0 : 1.0 - (blindHigh - blindLow) / (high - low);
        double yield0 = Math.max(seen / covered, 1.0);
        List<Parameter> params = new ArrayList<>();
        params.add(Parameter.bounded("yield", yield0, Math.sqrt(yield0), 0, Double.POSITIVE_INFINITY));
        for (String c : shape.parameterNames()) {
            params.add(Parameter.of(c, 0.0, 0.05));
        }
        MaximumLikelihoodFit.Result r = MaximumLikelihoodFit.fit(nll, params, new Minimizer());
        GoodnessOfFit gof = GoodnessOfFit.pearson(nll.contents(), nll.sumOfSquaredWeights(),
                expectedUsed(nll, r.values()), params.size());
        FitParameters fp = Results.parameters(parameterNames(), r);
        double window = Double.NaN;
        double windowError = Double.NaN;
        if (!Double.isNaN(blindLow)) {
            window = expected(shape, r.values(), low, high, blindLow, blindHigh);
            windowError = Results.propagate(p -> expected(shape, p, low, high, blindLow, blindHigh), r.values(),
                    r.errors(), r.covariance());
        }
        return new BackgroundFit(fp, Results.quality(r, gof), low, high, blindLow, blindHigh, window, windowError);
    }

    private static double[] expectedUsed(BinnedLikelihood nll, double[] p) {
        return nll.expectedInUsedBins(p);
    }

    @Override
    public double expected(BackgroundFit fit, double a, double b) {
        Chebyshev shape = new Chebyshev(fit.parameters().names().size() - 1, fit.low(), fit.high());
        return expected(shape, fit.parameters().values(), fit.low(), fit.high(), Math.max(a, fit.low()),
                Math.min(b, fit.high()));
    }

    @Override
    public double density(BackgroundFit fit, double x) {
        Chebyshev shape = new Chebyshev(fit.parameters().names().size() - 1, fit.low(), fit.high());
        double[] p = fit.parameters().values();
        return bind(shape, p).density(x, fit.low(), fit.high());
    }

    private static double expected(Chebyshev shape, double[] p, double low, double high, double a, double b) {
        BoundShape s = bind(shape, p);
        return b > a ? p[0] * s.integral(a, b) / s.integral(low, high) : 0.0;
    }

    private static BoundShape bind(Chebyshev shape, double[] p) {
        return shape.bind(java.util.Arrays.copyOfRange(p, 1, p.length));
    }
}
