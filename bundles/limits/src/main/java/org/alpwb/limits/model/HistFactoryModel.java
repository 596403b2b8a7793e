package org.alpwb.limits.model;

import java.util.List;
import java.util.random.RandomGenerator;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.limits.pyhf.Workspace;
import org.alpwb.limits.pyhf.WorkspaceForm;
import org.apache.commons.math3.special.Gamma;

/**
 * A compiled binned HistFactory likelihood: Poisson main terms (continuous form
 * n ln(lambda) - lambda - lnGamma(n+1)) over all channels' bins times the auxiliary constraint terms,
 * with an analytic gradient and Hessian. Build with {@link HistFactoryCompiler}. Immutable and thread-safe.
 */
public final class HistFactoryModel implements LikelihoodModel, MultimodalParameters, AnalyticHessian,
        WorkspaceForm {
    private final ParameterSpace space;
    private final SampleTerm[] samples;
    private final int bins;
    private final double[] data;
    private final Constraints constraints;
    private final double constant;
    /** The workspace this model is exactly (null once the model's auxiliary data or settings left it). */
    private final Workspace source;

    HistFactoryModel(ParameterSpace space, SampleTerm[] samples, int bins, double[] data, Constraints constraints,
            Workspace source) {
        this.source = source;
        this.space = space;
        this.samples = samples;
        this.bins = bins;
        this.data = data.clone();
        this.constraints = constraints;
        double c = constraints.constant();
        for (double n : data) {
            c += Gamma.logGamma(n + 1);
        }
        this.constant = c;
    }

    /**
     * The normsys and histosys parameters that can make the profile multimodal: inside |alpha| < 1 the
     * polynomial codes (2, 4, 4p) need not be monotonic, and the kink of code0 / code1 at alpha = 0 can give
     * one minimum on each side (pyhf's 2bin_2channel_coupledhistosys case has minima at alpha = -0.36 and
     * +0.48 at mu = 1). Not scanned: a histosys whose code0 variation is symmetric in every bin (linear in
     * alpha, e.g. the spurious-signal term of the window model's workspace), and a normsys parameter that
     * enters one sample only, with code0 / code1 variations on opposite sides of the nominal: -ln L then
     * depends on alpha through one increasing (or decreasing) factor f(alpha), and at the kink the slope
     * dL/df f'(alpha) keeps its sign on both sides, so the kink makes no second minimum (the restarts cost two
     * more fits per parameter and fit; a normsys per background process is the binned strategies' case).
     */
    @Override
    public int[] parametersToScan() {
        java.util.TreeSet<Integer> scan = new java.util.TreeSet<>();
        java.util.Map<Integer, Integer> uses = new java.util.HashMap<>();
        java.util.Set<Integer> singleMonotonic = new java.util.HashSet<>();
        for (SampleTerm s : samples) {
            for (HistoTerm h : s.histos()) {
                uses.merge(h.parameter(), 1, Integer::sum);
                if (!h.linear()) { // a symmetric code0 variation is linear in alpha: no kink, no second minimum
                    scan.add(h.parameter());
                }
            }
            for (Factor f : s.factors()) {
                if (f.normsys() != null) {
                    int p = f.parameterPerBin()[0];
                    uses.merge(p, 1, Integer::sum);
                    scan.add(p);
                    if (monotonic(f.normsys())) {
                        singleMonotonic.add(p);
                    }
                }
            }
        }
        for (int p : singleMonotonic) {
            if (uses.get(p) == 1) {
                scan.remove(p);
            }
        }
        return scan.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the interpolated value is monotonic in alpha (variations on opposite sides of the nominal). */
    static boolean monotonic(InterpolationCode.Term t) {
        return switch (t.code()) {
            // up = hi - nom, down = nom - lo: monotonic when both have the same sign (or one vanishes)
            case CODE0 -> t.up() * t.down() >= 0;
            // up = hi / nom, down = lo / nom
            case CODE1 -> (t.up() - 1) * (1 - t.down()) >= 0;
            case CODE2, CODE4, CODE4P -> false;
        };
    }

    /**
     * The workspace this model was compiled from (with its one measurement), scaled by {@link #withScaledYields};
     * empty for Asimov sets and toys (their auxiliary data are not the workspace's) and models compiled with
     * interpolation codes other than pyhf's defaults.
     */
    @Override
    public java.util.Optional<Workspace> workspace() {
        return java.util.Optional.ofNullable(source);
    }

    @Override
    public List<String> parameterNames() {
        return space.names();
    }

    @Override
    public int poiIndex() {
        return space.poi();
    }

    @Override
    public double[] initialValues() {
        return space.init().clone();
    }

    @Override
    public double[] lowerBounds() {
        return space.lower().clone();
    }

    @Override
    public double[] upperBounds() {
        return space.upper().clone();
    }

    @Override
    public boolean[] fixedParameters() {
        return space.fixed().clone();
    }

    public int binCount() {
        return bins;
    }

    /** The observed main-measurement counts over all channels' bins. */
    public double[] data() {
        return data.clone();
    }

    /** Expected counts per bin (all channels concatenated) at {@code x}. */
    public double[] expected(double[] x) {
        double[] lambda = new double[bins];
        for (SampleTerm s : samples) {
            for (int b = 0; b < s.nominal().length; b++) {
                double f = 1;
                for (Factor k : s.factors()) {
                    int p = k.parameterPerBin()[b];
                    if (p >= 0) {
                        f *= k.value(x[p]);
                    }
                }
                lambda[s.offset() + b] += s.additive(x, b) * f;
            }
        }
        return lambda;
    }

    @Override
    public double negativeLogLikelihood(double[] x) {
        double[] lambda = expected(x);
        double sum = constant;
        for (int b = 0; b < bins; b++) {
            double n = data[b];
            double l = lambda[b];
            if (n == 0) {
                sum += l;
            } else if (l > 0) {
                sum += l - n * Math.log(l);
            } else {
                return Double.POSITIVE_INFINITY;
            }
        }
        return sum + constraints.nll(x);
    }

    @Override
    public double[] gradient(double[] x) {
        double[] lambda = expected(x);
        double[] w = new double[bins];
        for (int b = 0; b < bins; b++) {
            w[b] = data[b] == 0 ? 1 : 1 - data[b] / lambda[b];
        }
        double[] g = new double[x.length];
        for (SampleTerm s : samples) {
            Factor[] ks = s.factors();
            double[] fv = new double[ks.length];
            for (int b = 0; b < s.nominal().length; b++) {
                double wb = w[s.offset() + b];
                double f = 1;
                for (int k = 0; k < ks.length; k++) {
                    int p = ks[k].parameterPerBin()[b];
                    fv[k] = p >= 0 ? ks[k].value(x[p]) : 1;
                    f *= fv[k];
                }
                for (HistoTerm h : s.histos()) {
                    g[h.parameter()] += wb * f * h.derivative(x[h.parameter()], b);
                }
                if (ks.length == 0) {
                    continue;
                }
                double a = s.additive(x, b);
                for (int k = 0; k < ks.length; k++) {
                    int p = ks[k].parameterPerBin()[b];
                    if (p < 0) {
                        continue;
                    }
                    // product of the other factors, without dividing by fv[k] (which may be 0, e.g. mu = 0)
                    double others = 1;
                    for (int j = 0; j < ks.length; j++) {
                        if (j != k) {
                            others *= fv[j];
                        }
                    }
                    g[p] += wb * a * others * ks[k].derivative(x[p]);
                }
            }
        }
        constraints.addGradient(x, g);
        return g;
    }

    /**
     * Exact Hessian: sum over bins of (n / lambda^2) grad(lambda) grad(lambda)^T + (1 - n / lambda) Hess(lambda),
     * plus the constraints' terms. lambda per sample and bin is (nominal + histosys deltas) times the product of
     * its factors, so Hess(lambda) holds each factor's second derivative, the products of pairs of first
     * derivatives, and the histosys-factor cross terms. The per-bin gradient of lambda is sparse (the
     * parameters of that bin's factors and histosys terms), and so is the outer product.
     */
    @Override
    public double[][] hessian(double[] x) {
        int n = x.length;
        double[][] h = new double[n][n];
        double[] lambda = expected(x);
        double[] dLambda = new double[n];
        int[] touched = new int[n];
        boolean[] isTouched = new boolean[n];
        for (int bin = 0; bin < bins; bin++) {
            int count = 0;
            double w = data[bin] == 0 ? 1 : 1 - data[bin] / lambda[bin];
            for (SampleTerm s : samples) {
                int b = bin - s.offset();
                if (b < 0 || b >= s.nominal().length) {
                    continue;
                }
                count = addSampleBin(s, b, x, w, h, dLambda, touched, isTouched, count);
            }
            double curvature = data[bin] / (lambda[bin] * lambda[bin]);
            for (int a = 0; a < count; a++) {
                int i = touched[a];
                double gi = curvature * dLambda[i];
                for (int c = 0; c < count; c++) {
                    int j = touched[c];
                    h[i][j] += gi * dLambda[j];
                }
            }
            for (int a = 0; a < count; a++) {
                dLambda[touched[a]] = 0;
                isTouched[touched[a]] = false;
            }
        }
        constraints.addHessian(x, h);
        return h;
    }

    /** Adds w Hess(lambda_sb) to {@code h} and grad(lambda_sb) to {@code dLambda}; returns the touched count. */
    private static int addSampleBin(SampleTerm s, int b, double[] x, double w, double[][] h, double[] dLambda,
            int[] touched, boolean[] isTouched, int count) {
        Factor[] ks = s.factors();
        int m = ks.length;
        double[] fv = new double[m];
        double[] d1 = new double[m];
        double[] d2 = new double[m];
        int[] p = new int[m];
        for (int k = 0; k < m; k++) {
            p[k] = ks[k].parameterPerBin()[b];
            if (p[k] >= 0) {
                fv[k] = ks[k].value(x[p[k]]);
                d1[k] = ks[k].derivative(x[p[k]]);
                d2[k] = ks[k].secondDerivative(x[p[k]]);
            } else {
                fv[k] = 1;
            }
        }
        double a = s.additive(x, b);
        double product = 1;
        for (int k = 0; k < m; k++) {
            product *= fv[k];
        }
        for (HistoTerm ht : s.histos()) {
            int i = ht.parameter();
            double alpha = x[i];
            double da = ht.derivative(alpha, b);
            count = touch(i, product * da, dLambda, touched, isTouched, count);
            h[i][i] += w * product * ht.secondDerivative(alpha, b);
            for (int k = 0; k < m; k++) {
                if (p[k] < 0) {
                    continue;
                }
                double cross = w * da * othersProduct(fv, k, -1) * d1[k];
                h[i][p[k]] += cross;
                h[p[k]][i] += cross;
            }
        }
        for (int k = 0; k < m; k++) {
            if (p[k] < 0) {
                continue;
            }
            double others = othersProduct(fv, k, -1);
            count = touch(p[k], a * others * d1[k], dLambda, touched, isTouched, count);
            h[p[k]][p[k]] += w * a * others * d2[k];
            for (int j = 0; j < m; j++) {
                if (j != k && p[j] >= 0) {
                    // each ordered pair once: (k, j) and (j, k) together give the symmetric entries
                    h[p[k]][p[j]] += w * a * othersProduct(fv, k, j) * d1[k] * d1[j];
                }
            }
        }
        return count;
    }

    /** Product of the factor values without those at {@code skipA} and {@code skipB} (no division: a factor may be 0). */
    private static double othersProduct(double[] fv, int skipA, int skipB) {
        double r = 1;
        for (int k = 0; k < fv.length; k++) {
            if (k != skipA && k != skipB) {
                r *= fv[k];
            }
        }
        return r;
    }

    private static int touch(int i, double derivative, double[] dLambda, int[] touched, boolean[] isTouched, int count) {
        dLambda[i] += derivative;
        if (!isTouched[i]) {
            isTouched[i] = true;
            touched[count++] = i;
        }
        return count;
    }

    @Override
    public HistFactoryModel asimov(double[] x) {
        return new HistFactoryModel(space, samples, bins, expected(x),
                constraints.withAux(constraints.asimovGauss(x), constraints.asimovPoisson(x)), null);
    }

    @Override
    public HistFactoryModel toy(double[] x, RandomGenerator random) {
        Sampling sampling = new Sampling(random);
        double[] lambda = expected(x);
        double[] main = new double[bins];
        for (int b = 0; b < bins; b++) {
            main[b] = sampling.poisson(lambda[b]);
        }
        double[] gauss = constraints.asimovGauss(x);
        for (int i = 0; i < gauss.length; i++) {
            gauss[i] += constraints.gaussSigma()[i] * random.nextGaussian();
        }
        double[] poisson = constraints.asimovPoisson(x);
        for (int i = 0; i < poisson.length; i++) {
            poisson[i] = sampling.poisson(poisson[i]);
        }
        return new HistFactoryModel(space, samples, bins, main, constraints.withAux(gauss, poisson), null);
    }

    @Override
    public HistFactoryModel withScaledYields(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("luminosity factor must be positive and finite, got " + factor);
        }
        SampleTerm[] scaled = new SampleTerm[samples.length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = samples[i].scaled(factor);
        }
        double[] d = data.clone();
        for (int b = 0; b < bins; b++) {
            d[b] *= factor;
        }
        return new HistFactoryModel(space, scaled, bins, d, constraints,
                source == null ? null : source.withScaledYields(factor));
    }

    /** The same model with other parameter settings (initial values, bounds, fixed flags). */
    HistFactoryModel withSpace(ParameterSpace other) {
        return new HistFactoryModel(other, samples, bins, data, constraints, null);
    }
}
