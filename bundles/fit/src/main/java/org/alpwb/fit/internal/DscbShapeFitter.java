package org.alpwb.fit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.fit.ShapeFit;
import org.alpwb.api.fit.ShapeFitter;
import org.alpwb.fit.likelihood.GoodnessOfFit;
import org.alpwb.fit.likelihood.MaximumLikelihoodFit;
import org.alpwb.fit.likelihood.Model;
import org.alpwb.fit.likelihood.UnbinnedLikelihood;
import org.alpwb.fit.minimize.Minimizer;
import org.alpwb.fit.minimize.Parameter;
import org.alpwb.fit.pdf.BoundShape;
import org.alpwb.fit.pdf.DoubleSidedCrystalBall;
import org.osgi.service.component.annotations.Component;

/**
 * Unbinned weighted ML fit of a double-sided Crystal Ball with all six parameters floating, as
 * the thesis' zfit fits; goodness of fit from a 50-bin Pearson chi2 on the fit range.
 */
@Component(service = ShapeFitter.class, property = {ServiceProperties.ID + "=dscb",
        ServiceProperties.LABEL + "=Double-sided Crystal Ball (unbinned ML)",
        ServiceProperties.KIND + "=" + ServiceProperties.KIND_SHAPE_FITTER})
public final class DscbShapeFitter implements ShapeFitter {
    static final int GOF_BINS = 50;
    private final DoubleSidedCrystalBall shape = new DoubleSidedCrystalBall();

    @Override
    public List<String> parameterNames() {
        return shape.parameterNames();
    }

    @Override
    public ShapeFit fit(double[] values, double[] weights, double low, double high, Map<String, Double> start) {
        Model model = Model.single(shape, low, high);
        UnbinnedLikelihood nll = new UnbinnedLikelihood(model, values, weights);
        if (nll.size() < 10) {
            throw new InvalidInputException("dscb", "values", nll.size() + " events in [" + low + ", " + high + "]",
                    "at least 10 events in the fit range");
        }
        List<Parameter> params = startParameters(values, weights, low, high, start == null ? Map.of() : start);
        MaximumLikelihoodFit.Result r = MaximumLikelihoodFit.fit(nll, params, new Minimizer());
        double[] edges = org.alpwb.api.hist.Histogram1D.uniformEdges(GOF_BINS, low, high);
        double[][] h = histogram(values, weights, edges);
        GoodnessOfFit gof = GoodnessOfFit.pearson(h[0], h[1], nll.expected(r.values(), edges), 6);
        return new ShapeFit(Results.parameters(parameterNames(), r, params), Results.quality(r, gof), low, high,
                nll.sumOfWeights());
    }

    @Override
    public double density(double[] parameters, double low, double high, double x) {
        return shape.bind(parameters).density(x, low, high);
    }

    @Override
    public java.util.function.DoubleUnaryOperator densityFunction(double[] parameters, double low, double high) {
        BoundShape bound = shape.bind(parameters.clone());
        double normalisation = bound.integral(low, high);
        return x -> bound.value(x) / normalisation;
    }

    @Override
    public double fraction(double[] parameters, double low, double high, double a, double b) {
        BoundShape s = shape.bind(parameters);
        return s.integral(Math.max(a, low), Math.min(b, high)) / s.integral(low, high);
    }

    /** Start values: weighted median and half the 16-84 % spread, symmetric tails; user values win. */
    private List<Parameter> startParameters(double[] x, double[] w, double low, double high,
            Map<String, Double> start) {
        for (String k : start.keySet()) {
            if (!parameterNames().contains(k)) {
                throw new InvalidInputException("dscb", "start." + k, start.get(k), String.join(", ", parameterNames()));
            }
        }
        double[] q = quantiles(x, w, low, high, 0.16, 0.5, 0.84);
        double width = high - low;
        double sigma = Math.max(0.5 * (q[2] - q[0]), 1e-4 * width);
        List<Parameter> p = new ArrayList<>();
        p.add(Parameter.bounded("mu", start.getOrDefault("mu", q[1]), 0.1 * sigma, low, high));
        // An unbinned likelihood grows without limit as a narrow core collapses onto a few (weighted) events; a core
        // ten times narrower than the sample's own 16-84 % half-width is such a spike, never a real peak.
        double sigmaMin = Math.max(0.1 * sigma, 1e-6 * width);
        double sigmaStart = Math.max(start.getOrDefault("sigma", sigma), 1.01 * sigmaMin);
        p.add(Parameter.bounded("sigma", sigmaStart, 0.1 * sigma, sigmaMin, width));
        p.add(Parameter.bounded("alphaL", start.getOrDefault("alphaL", 1.5), 0.1, 0.05, 10));
        p.add(Parameter.bounded("nL", start.getOrDefault("nL", 3.0), 0.5, 0.2, 200));
        p.add(Parameter.bounded("alphaR", start.getOrDefault("alphaR", 1.5), 0.1, 0.05, 10));
        p.add(Parameter.bounded("nR", start.getOrDefault("nR", 3.0), 0.5, 0.2, 200));
        return p;
    }

    static double[] quantiles(double[] x, double[] w, double low, double high, double... probs) {
        int n = 0;
        double[][] pairs = new double[x.length][];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= low && x[i] <= high) {
                double wi = w == null ? 1 : Math.max(w[i], 0);
                pairs[n++] = new double[] {x[i], wi};
                total += wi;
            }
        }
        double[][] s = Arrays.copyOf(pairs, n);
        Arrays.sort(s, (a, b) -> Double.compare(a[0], b[0]));
        double[] out = new double[probs.length];
        for (int k = 0; k < probs.length; k++) {
            double target = probs[k] * total;
            double cum = 0;
            out[k] = s[n - 1][0];
            for (double[] e : s) {
                cum += e[1];
                if (cum >= target) {
                    out[k] = e[0];
                    break;
                }
            }
        }
        return out;
    }

    static double[][] histogram(double[] x, double[] w, double[] edges) {
        org.alpwb.api.hist.Histogram1D.Filler f = new org.alpwb.api.hist.Histogram1D.Filler(edges);
        for (int i = 0; i < x.length; i++) {
            f.fill(x[i] == edges[edges.length - 1] ? Math.nextDown(x[i]) : x[i], w == null ? 1 : w[i]);
        }
        org.alpwb.api.hist.Histogram1D h = f.build();
        return new double[][] {h.contents(), h.sumOfSquaredWeights()};
    }
}
