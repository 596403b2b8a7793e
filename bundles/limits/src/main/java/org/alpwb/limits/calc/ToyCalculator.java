package org.alpwb.limits.calc;

import java.util.Arrays;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.HypothesisTestResult;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.limits.UpperLimitResult;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.fit.FitResult;
import org.alpwb.limits.fit.ProfileLikelihood;
import org.alpwb.limits.stats.AsymptoticFormulae;
import org.alpwb.limits.stats.Normal;
import org.alpwb.limits.stats.TestStatistic;
import org.osgi.service.component.annotations.Component;

/**
 * Toy-based CLs with q~_mu (or q_mu, or p0 with q0), as pyhf's ToyCalculator: signal+background toys
 * generated at the nuisances profiled on the data at mu, background-only toys at mu = 0; for q0 the
 * tested hypothesis is mu = 0 and the alternative mu = 1, and p0 = P(q0 >= q0_obs | mu = 0) takes the
 * place of CLs (the band: p0 quantiles over the mu = 1 toys). CLs+b = P(q >= q_obs | s+b),
 * CLb = P(q >= q_obs | b). The expected band holds the 2.28, 15.87, 50, 84.13, 97.72 % quantiles of
 * CLs evaluated at each background-only toy. Upper limits: a scan over POI values with common seeds,
 * interpolated linearly at CLs = alpha.
 */
@Component(service = LimitCalculator.class, property = {
    ServiceProperties.ID + "=toys-cls",
    ServiceProperties.LABEL + "=Toy-based CLs (q~mu, pseudo-experiments)",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_LIMIT_CALCULATOR})
public final class ToyCalculator implements LimitCalculator {
    private static final int SCAN_POINTS = 16;
    private final TestStatistic statistic;

    /** With q~_mu, pyhf's default. */
    public ToyCalculator() {
        this(TestStatistic.QTILDE);
    }

    public ToyCalculator(TestStatistic statistic) {
        this.statistic = java.util.Objects.requireNonNull(statistic, "statistic");
    }

    @Override
    public HypothesisTestResult hypothesisTest(LikelihoodModel model, double mu, CalculatorOptions options,
            ProgressMonitor monitor) {
        AsymptoticCalculator.checkPoi(mu);
        checkToys(options);
        monitor.begin("toy CLs at mu = " + mu, 2L * options.toys());
        HypothesisTestResult r = test(model, new ProfileLikelihood().freeFit(model, statistic), mu, options, monitor);
        monitor.done();
        return r;
    }

    private HypothesisTestResult test(LikelihoodModel model, FitResult free, double mu, CalculatorOptions options,
            ProgressMonitor monitor) {
        ProfileLikelihood profile = new ProfileLikelihood();
        double tested = statistic == TestStatistic.Q0 ? 0 : mu;
        double alternative = statistic.asimovPoi();
        double qObs = profile.testStatistic(statistic, model, tested, free);
        double[] sbPars = generation(profile, model, tested, free);
        double[] bPars = generation(profile, model, alternative, free);
        ToyEnsemble toys = new ToyEnsemble(options.threads(), monitor);
        double[] qsb = toys.testStatistic(statistic, model, sbPars, tested, options.toys(), options.seed(), 0);
        double[] qb = toys.testStatistic(statistic, model, bPars, tested, options.toys(), options.seed(), 1);
        Arrays.sort(qsb);
        Arrays.sort(qb);
        double clsb = tail(qsb, qObs);
        double clb = tail(qb, qObs);
        double[] clsAtB = new double[qb.length];
        for (int i = 0; i < qb.length; i++) {
            clsAtB[i] = tail(qsb, qb[i]) / tail(qb, qb[i]);
        }
        Arrays.sort(clsAtB);
        double[] band = new double[AsymptoticFormulae.BAND_SIGMAS.length];
        for (int i = 0; i < band.length; i++) {
            band[i] = percentile(clsAtB, Normal.cdf(AsymptoticFormulae.BAND_SIGMAS[i]));
        }
        if (statistic == TestStatistic.Q0) {
            double[] p0AtAlternative = new double[qb.length];
            for (int i = 0; i < qb.length; i++) {
                p0AtAlternative[i] = tail(qsb, qb[i]);
            }
            Arrays.sort(p0AtAlternative);
            for (int i = 0; i < band.length; i++) {
                band[i] = percentile(p0AtAlternative, Normal.cdf(AsymptoticFormulae.BAND_SIGMAS[i]));
            }
            return new HypothesisTestResult(0, clsb, clsb, clb, band, qObs, Double.NaN);
        }
        return new HypothesisTestResult(mu, clsb / clb, clsb, clb, band, qObs, Double.NaN);
    }

    /** Toys are generated at the nuisances profiled on the data at POI = {@code poi} (initial values if impossible). */
    private static double[] generation(ProfileLikelihood profile, LikelihoodModel model, double poi, FitResult free) {
        FitResult f = profile.fixedPoiFit(model, poi, free.parameters());
        if (Double.isFinite(f.nll())) {
            return f.parameters();
        }
        double[] x = model.initialValues();
        x[model.poiIndex()] = poi;
        return x;
    }

    @Override
    public UpperLimitResult upperLimit(LikelihoodModel model, double cl, CalculatorOptions options,
            ProgressMonitor monitor) {
        double alpha = AsymptoticCalculator.alpha(cl);
        checkToys(options);
        if (statistic == TestStatistic.Q0) {
            throw new IllegalArgumentException("upper limits need q~ or q, not the discovery statistic q0");
        }
        // the asymptotic +2 sigma limit sets the scan range; toys then decide where CLs crosses alpha
        UpperLimitResult asymptotic = new AsymptoticCalculator(statistic).upperLimit(model, cl, options,
                ProgressMonitor.NONE);
        double hi = 1.6 * Math.max(asymptotic.expected()[4], asymptotic.observed());
        double[] mus = new double[SCAN_POINTS];
        double[][] curves = new double[6][SCAN_POINTS];
        monitor.begin("toy CLs upper limit", 2L * options.toys() * SCAN_POINTS);
        FitResult free = new ProfileLikelihood().freeFit(model, statistic);
        for (int k = 0; k < SCAN_POINTS; k++) {
            mus[k] = hi * (k + 1) / SCAN_POINTS;
            // common seed for all POI values (seed not mixed with mu) keeps the CLs curves smooth
            HypothesisTestResult r = test(model, free, mus[k], options, monitor);
            curves[0][k] = r.clsObserved();
            double[] band = r.clsExpected();
            for (int i = 0; i < 5; i++) {
                curves[i + 1][k] = band[i];
            }
        }
        monitor.done();
        double[] expected = new double[5];
        for (int i = 0; i < 5; i++) {
            expected[i] = crossing(mus, curves[i + 1], alpha);
        }
        return new UpperLimitResult(cl, crossing(mus, curves[0], alpha), expected);
    }

    /** First POI value where the curve drops to alpha, linear in between (CLs(0) = 1). */
    static double crossing(double[] mus, double[] cls, double alpha) {
        double prevMu = 0;
        double prevCls = 1;
        for (int k = 0; k < mus.length; k++) {
            if (cls[k] <= alpha) {
                return prevMu + (mus[k] - prevMu) * (prevCls - alpha) / (prevCls - cls[k]);
            }
            prevMu = mus[k];
            prevCls = cls[k];
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Fraction of sorted {@code values} >= {@code x}. */
    static double tail(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        // q values within 1e-9 of each other are the same outcome up to fit precision
        double threshold = x - 1e-9 * (1 + Math.abs(x));
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < threshold) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) (sorted.length - lo) / sorted.length;
    }

    /** Linear-interpolation percentile of sorted values at probability p (numpy's default). */
    static double percentile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
    }

    private static void checkToys(CalculatorOptions options) {
        if (options.toys() < 10) {
            throw new IllegalArgumentException("need at least 10 toys, got " + options.toys());
        }
    }
}
