package org.alpwb.fit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
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
import org.alpwb.fit.pdf.Shape;

/**
 * Extended binned Poisson fit of a series shape with coefficients c1..c_order (all starting at 0, the flat
 * shape) and a free yield, with an optional blind window; the goodness of fit is the weighted Pearson chi2
 * of {@link GoodnessOfFit} with its p-value. Subclasses choose the series.
 */
abstract class SeriesBackgroundModel implements BackgroundModel {
    private final String id;
    private int order;

    SeriesBackgroundModel(String id, int order) {
        this.id = id;
        setOrder(order);
    }

    /** The shape of the given order on [low, high]. */
    abstract Shape shape(int order, double low, double high);

    final void configure(Map<String, Object> properties) {
        Object o = properties.getOrDefault("order", 3);
        try {
            setOrder(o instanceof Number ? ((Number) o).intValue() : Integer.parseInt(o.toString().trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(id, "order", o, "an integer 0..10");
        }
    }

    private void setOrder(int value) {
        if (value < 0 || value > 10) {
            throw new InvalidInputException(id, "order", value, "an integer 0..10");
        }
        this.order = value;
    }

    @Override
    public final List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        names.add("yield");
        names.addAll(shape(order, 0, 1).parameterNames());
        return names;
    }

    @Override
    public final BackgroundFit fit(Histogram1D spectrum, double low, double high, double blindLow, double blindHigh) {
        Shape shape = shape(order, low, high);
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
                nll.expectedInUsedBins(r.values()), params.size());
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

    @Override
    public final double expected(BackgroundFit fit, double a, double b) {
        Shape shape = shape(fit.parameters().names().size() - 1, fit.low(), fit.high());
        return expected(shape, fit.parameters().values(), fit.low(), fit.high(), Math.max(a, fit.low()),
                Math.min(b, fit.high()));
    }

    @Override
    public final double density(BackgroundFit fit, double x) {
        Shape shape = shape(fit.parameters().names().size() - 1, fit.low(), fit.high());
        return bind(shape, fit.parameters().values()).density(x, fit.low(), fit.high());
    }

    private static double expected(Shape shape, double[] p, double low, double high, double a, double b) {
        BoundShape s = bind(shape, p);
        return b > a ? p[0] * s.integral(a, b) / s.integral(low, high) : 0.0;
    }

    private static BoundShape bind(Shape shape, double[] p) {
        return shape.bind(java.util.Arrays.copyOfRange(p, 1, p.length));
    }
}
