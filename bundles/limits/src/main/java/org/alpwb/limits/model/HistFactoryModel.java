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
 * with an analytic gradient. Build with {@link HistFactoryCompiler}. Immutable and thread-safe.
 */
public final class HistFactoryModel implements LikelihoodModel, MultimodalParameters, WorkspaceForm {
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
     * Every normsys and histosys parameter: inside |alpha| < 1 the polynomial codes (2, 4, 4p) need not be
     * monotonic, and the kink of code0 / code1 at alpha = 0 (up and down variations on the same side of the
     * nominal) gives one minimum on each side: pyhf's 2bin_2channel_coupledhistosys case has minima at
     * alpha = -0.36 and +0.48 at mu = 1. A histosys whose code0 variation is symmetric in every bin (up shift =
     * down shift, e.g. the spurious-signal term of the window model's workspace) is linear in alpha and is not
     * scanned.
     */
    @Override
    public int[] parametersToScan() {
        java.util.TreeSet<Integer> scan = new java.util.TreeSet<>();
        for (SampleTerm s : samples) {
            for (HistoTerm h : s.histos()) {
                if (!h.linear()) { // a symmetric code0 variation is linear in alpha: no kink, no second minimum
                    scan.add(h.parameter());
                }
            }
            for (Factor f : s.factors()) {
                if (f.normsys() != null) {
                    scan.add(f.parameterPerBin()[0]);
                }
            }
        }
        return scan.stream().mapToInt(Integer::intValue).toArray();
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
