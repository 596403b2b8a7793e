package org.alpwb.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.alpwb.api.table.ColumnTable;
import org.alpwb.fit.internal.ChebyshevBackgroundModel;
import org.alpwb.fit.internal.ChebyshevInterpolator;
import org.alpwb.fit.internal.DscbShapeFitter;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Expected limits on a flat background against closed-form references (statistics.md). */
class LimitScanTest {
    static final double SIGMA = 0.01;
    static final double EFF = 0.2;
    static final NormalDistribution N01 = new NormalDistribution(null, 0, 1);

    static LimitScan scan(String strategy, String method, double lumiInvPb, double totalWeightPb, int rows) {
        SignalModel model = SignalModel.parse(LimitFixtures.payload(strategy, 0.5, 3.5,
                LimitFixtures.gaussianLike(SIGMA, EFF)), "test");
        ColumnTable bg = Samples.flatBackground(rows, 0.5, 3.5, totalWeightPb / rows, Samples.rng("flat" + rows));
        double[] m = bg.column("mGammaGammaGeV").clone();
        java.util.Arrays.sort(m);
        double[] w = new double[m.length];
        java.util.Arrays.fill(w, totalWeightPb / rows);
        LimitScan.Settings settings = new LimitScan.Settings(lumiInvPb, new double[] {10 * lumiInvPb}, 0.90, 30, 3, 2,
                600, 10, method);
        LimitScan.Services services = new LimitScan.Services(new DscbShapeFitter(), new ChebyshevInterpolator(),
                new ChebyshevBackgroundModel(3), new AsymptoticCalculator());
        LimitScan.CrossSections xs = new LimitScan.CrossSections(new double[] {0.5, 3.5}, new double[] {1e-2, 1e-3},
                1e-3);
        return new LimitScan(model, settings, services, new LimitScan.Background(m, w), List.of(), xs,
                LimitScan.COUNTING.equals(method) ? new double[] {-3, 1.5} : null);
    }

    /** Median (N = 0) and band CLs limits of a one-bin Asimov counting experiment: solve Phi(N - sqrt(qA)) / Phi(N) = alpha. */
    static double countingLimit(double b, double n, double alpha) {
        return new BrentSolver(1e-12, 1e-10).solve(1000, s -> {
            double qa = 2 * (s - b * Math.log1p(s / b));
            return N01.cumulativeProbability(n - Math.sqrt(qa)) / N01.cumulativeProbability(n) - alpha;
        }, 1e-9, 100 * Math.sqrt(b) + 100);
    }

    @Test
    void countingLimitEqualsTheSingleBinAsimovFormula() {
        // 2000 MC rows flat on [0.5, 3.5] GeV; L chosen so that ~20 background events fall in the window
        LimitScan scan = scan("slides-cuts", LimitScan.COUNTING, 1000, 1.0, 2000);
        LimitScan.Point p = scan.compute(2.0);
        assertEquals("ok", p.status());
        double b = p.backgroundInSignalRegion();
        // window [-3, +1.5] sigma of a Gaussian-like DSCB centred on m
        double fraction = N01.cumulativeProbability(1.5) - N01.cumulativeProbability(-3);
        assertEquals(fraction, p.windowFraction(), 2e-5); // DSCB tails beyond 5 sigma: < 2e-5 of the norm
        // the flat density: b = total x (4.5 sigma / 3 GeV) within the MC statistics of ~ 900 sideband rows (4 sigma)
        double bTrue = 1.0 * 1000 * 4.5 * SIGMA / 3.0;
        assertEquals(bTrue, b, 4 * bTrue / Math.sqrt(900));
        double[] sigmas = {-2, -1, 0, 1, 2};
        for (int i = 0; i < 5; i++) {
            double s = countingLimit(b, sigmas[i], 0.10);
            double expectedYield = s / p.windowFraction();
            // same model, independent solver: agreement to the calculators' root-finding precision
            assertEquals(expectedYield, p.yieldUp()[i], 1e-4 * expectedYield, "band " + sigmas[i]);
            assertEquals(expectedYield / (EFF * 1000), p.sigmaUpPb()[i], 1e-4 * p.sigmaUpPb()[i]);
        }
    }

    @Test
    void windowFitLimitMatchesTheGaussianLimitForLargeBackground() {
        // 3e6 background events on 3 GeV (rho = 1e6 / GeV): under a 10 MeV Gaussian the effective
        // background is b_eff = rho 2 sqrt(pi) sigma ~ 3.5e4 >> 1; the Gaussian-limit expected 90 % CLs
        // yield limit of a shape fit with known background shape is 1.645 sqrt(b_eff) (statistics.md).
        LimitScan scan = scan("thesis-cuts", LimitScan.WINDOW_FIT, 1000, 3000, 40000);
        LimitScan.Point p = scan.compute(2.0);
        assertEquals("ok", p.status());
        double rho = p.backgroundInWindow() / (60 * SIGMA); // fitted density, removes the MC fluctuation of b
        double bEff = rho * 2 * Math.sqrt(Math.PI) * SIGMA;
        // the background yield is profiled: Fisher information of s reduced by I_sb^2 / I_bb, i.e.
        // 1 / var(s) = 1 / b_eff - 1 / (rho W) with W = 60 sigma the window (a 3 % effect here)
        double gaussian = 1.645 / Math.sqrt(1 / bEff - 1 / (rho * 60 * SIGMA));
        // tolerance 1.5 %: Poisson (non-Gaussian) corrections ~ s / (3 b) at the peak (< 0.5 %), the
        // 0.1 sigma likelihood grid (O(0.01^2)), and the fitted (not exactly flat) Chebyshev shape
        assertEquals(gaussian, p.yieldUp()[2], 0.015 * gaussian);
        assertEquals(gaussian / (EFF * 1000), p.sigmaUpPb()[2], 0.015 * gaussian / (EFF * 1000));
        // window background agrees with the truth within the MC statistics (8000 rows in the window, 4 sigma)
        assertEquals(3000 * 1000 * 0.6 / 3, p.backgroundInWindow(), 4 * 3000 * 1000 * 0.2 / Math.sqrt(8000));
        // bands ascending; recomputed projection to 10 L close to the L^-1/4 rule when background dominated
        for (int i = 1; i < 5; i++) {
            assertTrue(p.sigmaUpPb()[i] > p.sigmaUpPb()[i - 1]);
            assertTrue(p.couplingUp()[i] > p.couplingUp()[i - 1]);
        }
        LimitScan.Projection q = p.projections().get(0);
        assertEquals(q.couplingUpFourthRoot()[2], q.couplingUp()[2], 0.02 * q.couplingUp()[2]);
    }
}
