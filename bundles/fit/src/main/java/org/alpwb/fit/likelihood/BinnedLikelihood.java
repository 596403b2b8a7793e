package org.alpwb.fit.likelihood;

import java.util.ArrayList;
import java.util.List;

import org.alpwb.api.InvalidInputException;
import org.alpwb.api.hist.Histogram1D;
import org.alpwb.fit.minimize.ObjectiveFunction;
import org.alpwb.fit.pdf.BoundShape;

/**
 * Extended binned Poisson NLL over the bins inside [low, high] that do not overlap the blind
 * window: sum_b [nu_b - n_b ln nu_b + n_b ln n_b - n_b], with nu_b = sum_k yield_k
 * int_bin f_k / int_range f_k. The saturated-model constant makes 2 NLL the likelihood-ratio
 * (Baker-Cousins) chi2. n_b may be a sum of weights.
 */
public final class BinnedLikelihood implements Likelihood {
    private final Model model;
    private final double[] lo;
    private final double[] hi;
    private final double[] n;
    private final double[] s2;
    private final double constant;
    private final boolean weighted;

    public BinnedLikelihood(Model model, Histogram1D spectrum) {
        if (!model.extended) {
            throw new InvalidInputException("fit", "model.extended", false, "true for binned fits");
        }
        this.model = model;
        double[] edges = spectrum.edges();
        List<Integer> used = new ArrayList<>();
        for (int b = 0; b < spectrum.binCount(); b++) {
            boolean inside = edges[b] >= model.low - 1e-12 * Math.abs(model.low) && edges[b + 1] <= model.high
                    + 1e-12 * Math.abs(model.high);
            boolean blind = model.blinded() && edges[b + 1] > model.blindLow && edges[b] < model.blindHigh;
            if (inside && !blind) {
                used.add(b);
            }
        }
        if (used.isEmpty()) {
            throw new InvalidInputException("fit", "range", "[" + model.low + ", " + model.high + "]",
                    "a range containing whole bins of the spectrum outside the blind window");
        }
        int m = used.size();
        lo = new double[m];
        hi = new double[m];
        n = new double[m];
        s2 = new double[m];
        double c = 0;
        boolean anyWeight = false;
        for (int i = 0; i < m; i++) {
            int b = used.get(i);
            lo[i] = edges[b];
            hi[i] = edges[b + 1];
            n[i] = spectrum.content(b);
            s2[i] = spectrum.sumOfSquaredWeights()[b];
            anyWeight |= Math.abs(s2[i] - n[i]) > 1e-9 * Math.max(1, n[i]);
            c += n[i] > 0 ? n[i] * Math.log(n[i]) - n[i] : 0;
        }
        constant = c;
        weighted = anyWeight;
    }

    public int binsUsed() {
        return n.length;
    }

    public double[] contents() {
        return n.clone();
    }

    public double[] sumOfSquaredWeights() {
        return s2.clone();
    }

    @Override
    public double value(double[] p) {
        double[] nu = expectedUsed(p);
        if (nu == null) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = -constant;
        for (int i = 0; i < nu.length; i++) {
            if (nu[i] > 0) {
                sum += nu[i] - n[i] * Math.log(nu[i]);
            } else if (nu[i] < 0 || n[i] > 0) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return sum;
    }

    @Override
    public ObjectiveFunction squaredWeights() {
        // each event's term w (nu_b / n_b - ln nu_b) with w -> w^2: (s2_b / n_b)(nu_b - n_b ln nu_b)
        return p -> {
            double[] nu = expectedUsed(p);
            if (nu == null) {
                return Double.POSITIVE_INFINITY;
            }
            double sum = 0;
            for (int i = 0; i < nu.length; i++) {
                if (n[i] > 0) {
                    if (!(nu[i] > 0)) {
                        return Double.POSITIVE_INFINITY;
                    }
                    sum += s2[i] / n[i] * (nu[i] - n[i] * Math.log(nu[i]));
                }
            }
            return sum;
        };
    }

    @Override
    public boolean weighted() {
        return weighted;
    }

    /** Expected counts in the bins the likelihood uses (same order as {@link #contents()}). */
    public double[] expectedInUsedBins(double[] p) {
        double[] nu = expectedUsed(p);
        return nu == null ? new double[n.length] : nu;
    }

    /** Expected counts in the used bins, or null if a shape cannot be normalised. */
    double[] expectedUsed(double[] p) {
        BoundShape[] s = model.bind(p);
        double[] nu = new double[n.length];
        for (int c = 0; c < s.length; c++) {
            double all = s[c].integral(model.low, model.high);
            if (!(all > 0) || !Double.isFinite(all)) {
                return null;
            }
            double scale = p[c] / all;
            for (int i = 0; i < nu.length; i++) {
                nu[i] += scale * s[c].integral(lo[i], hi[i]);
            }
        }
        return nu;
    }

    @Override
    public double[] expected(double[] p, double[] edges) {
        BoundShape[] s = model.bind(p);
        double[] e = new double[edges.length - 1];
        for (int c = 0; c < s.length; c++) {
            double scale = p[c] / s[c].integral(model.low, model.high);
            for (int b = 0; b < e.length; b++) {
                e[b] += scale * s[c].integral(edges[b], edges[b + 1]);
            }
        }
        return e;
    }
}
