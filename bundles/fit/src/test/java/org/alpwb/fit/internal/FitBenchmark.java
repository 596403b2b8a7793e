package org.alpwb.fit.internal;

import java.util.List;
import java.util.Map;

import org.alpwb.api.fit.BackgroundFit;
import org.alpwb.api.fit.ShapeFit;
import org.alpwb.api.hist.Histogram1D;
import org.alpwb.fit.likelihood.BinnedLikelihood;
import org.alpwb.fit.likelihood.MaximumLikelihoodFit;
import org.alpwb.fit.likelihood.Model;
import org.alpwb.fit.minimize.Minimizer;
import org.alpwb.fit.minimize.Parameter;
import org.alpwb.fit.pdf.BoundShape;
import org.alpwb.fit.pdf.Chebyshev;
import org.alpwb.fit.pdf.DoubleSidedCrystalBall;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * Wall-clock figures: one six-parameter DSCB unbinned fit of 1e4 events, one blinded binned
 * Chebyshev(3) fit, and mass-scan throughput (per hypothesis: a blinded background fit plus a
 * signal+background fit with the background shape and signal shape fixed, signal yield free).
 */
public final class FitBenchmark {
    public static void main(String[] args) {
        UniformRandomProvider rng = Toys.rng(9);
        double[] dscb = {-0.3, 1.1, 0.8, 2, 1.4, 4};
        double[] x = Toys.sample(rng, new DoubleSidedCrystalBall().bind(dscb), -6, 4, 10000);
        DscbShapeFitter fitter = new DscbShapeFitter();
        for (int i = 0; i < 3; i++) {
            fitter.fit(x, null, -6, 4, Map.of()); // warm-up
        }
        int reps = 10;
        long t0 = System.nanoTime();
        ShapeFit fit = null;
        for (int i = 0; i < reps; i++) {
            fit = fitter.fit(x, null, -6, 4, Map.of());
        }
        System.out.printf("DSCB unbinned fit, 1e4 events, 6 free: %.1f ms/fit (%s)%n",
                (System.nanoTime() - t0) / 1e6 / reps, fit.quality().message() + ", EDM " + fit.quality().edm());

        double low = 0.5;
        double high = 2.5;
        double[] edges = Histogram1D.uniformEdges(200, low, high);
        BoundShape truth = new Chebyshev(3, low, high).bind(new double[] {-0.4, 0.15, -0.05});
        double norm = truth.integral(low, high);
        double[] counts = new double[200];
        for (int b = 0; b < 200; b++) {
            counts[b] = PoissonSampler.of(rng, 20000 * truth.integral(edges[b], edges[b + 1]) / norm).sample();
        }
        Histogram1D h = new Histogram1D(edges, counts, counts, 0, 0);
        ChebyshevBackgroundModel bkg = new ChebyshevBackgroundModel(3);
        for (int i = 0; i < 50; i++) {
            bkg.fit(h, low, high, 1.4, 1.6);
        }
        reps = 200;
        t0 = System.nanoTime();
        BackgroundFit bf = null;
        for (int i = 0; i < reps; i++) {
            bf = bkg.fit(h, low, high, 1.4, 1.6);
        }
        System.out.printf("Chebyshev(3) binned blinded fit, 200 bins: %.2f ms/fit (%s)%n",
                (System.nanoTime() - t0) / 1e6 / reps, bf.quality().message());

        int hypotheses = 300;
        t0 = System.nanoTime();
        for (int k = 0; k < hypotheses; k++) {
            double m = 0.8 + 1.4 * k / hypotheses;
            double s = 0.01;
            BackgroundFit b = bkg.fit(h, m - 30 * s, m + 30 * s, m - 3 * s, m + 3 * s);
            double[] cp = b.parameters().values();
            Model sb = new Model(List.of(new DoubleSidedCrystalBall(), new Chebyshev(3, m - 30 * s, m + 30 * s)), true,
                    m - 30 * s, m + 30 * s, Double.NaN, Double.NaN);
            List<Parameter> p = List.of(Parameter.of("nS", 0, 10), Parameter.fixed("nB", cp[0]),
                    Parameter.fixed("mu", m), Parameter.fixed("sigma", s), Parameter.fixed("aL", 0.8),
                    Parameter.fixed("nL", 2), Parameter.fixed("aR", 1.4), Parameter.fixed("nR", 4),
                    Parameter.fixed("c1", cp[1]), Parameter.fixed("c2", cp[2]), Parameter.fixed("c3", cp[3]));
            MaximumLikelihoodFit.fit(new BinnedLikelihood(sb, h), p, new Minimizer());
        }
        double perHypothesis = (System.nanoTime() - t0) / 1e6 / hypotheses;
        System.out.printf("mass scan: %.2f ms/hypothesis (bkg + s+b fit); 1880 hypotheses: %.1f s single-threaded%n",
                perHypothesis, perHypothesis * 1880 / 1000);
    }
}
