package org.alpwb.fit.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * f(x) = exp(sum_{k=1..order} c_k T_k(x')), x' = (2x - lo - hi) / (hi - lo): a Chebyshev series in the
 * exponent, positive for every parameter value (unlike {@link Chebyshev}, which can cross zero). Order 1 is
 * the exponential; higher orders bend it. The form of the "exponential of a polynomial" background
 * families of LHC resonance searches (e.g. the ATLAS/CMS H -> gamma gamma background function studies).
 * The integral is by Gauss-Legendre quadrature (8 nodes per panel, panels of at most 1/32 of the range):
 * the integrand is smooth, so this is exact to ~1e-13 relative for the orders used here (<= 10).
 */
public final class ExpChebyshev implements Shape {
    private static final GaussIntegrator NODES = new GaussIntegratorFactory().legendre(8, -1, 1);
    private static final int PANELS = 32;

    private final int order;
    private final double lo;
    private final double hi;
    private final List<String> names;

    public ExpChebyshev(int order, double lo, double hi) {
        if (order < 0 || order > 30) {
            throw new InvalidInputException("exp-chebyshev", "order", order, "0..30");
        }
        if (!(hi > lo)) {
            throw new InvalidInputException("exp-chebyshev", "range", "[" + lo + ", " + hi + "]", "low < high");
        }
        this.order = order;
        this.lo = lo;
        this.hi = hi;
        List<String> n = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            n.add("c" + k);
        }
        this.names = Collections.unmodifiableList(n);
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    @Override
    public BoundShape bind(double[] p) {
        double[] c = new double[order + 1];
        System.arraycopy(p, 0, c, 1, order);
        return new BoundShape() {
            @Override
            public double value(double x) {
                return Math.exp(Chebyshev.series(c, (2 * x - lo - hi) / (hi - lo)));
            }

            @Override
            public double integral(double a, double b) {
                if (!(b > a)) {
                    return 0;
                }
                int panels = (int) Math.max(1, Math.ceil(PANELS * (b - a) / (hi - lo)));
                double width = (b - a) / panels;
                double sum = 0;
                for (int k = 0; k < panels; k++) {
                    double mid = a + (k + 0.5) * width;
                    for (int i = 0; i < NODES.getNumberOfPoints(); i++) {
                        sum += NODES.getWeight(i) * value(mid + 0.5 * width * NODES.getPoint(i));
                    }
                }
                return 0.5 * width * sum;
            }
        };
    }
}
