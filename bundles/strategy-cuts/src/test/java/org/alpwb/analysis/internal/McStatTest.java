package org.alpwb.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alpwb.api.fit.BackgroundFit;
import org.alpwb.api.hist.Histogram1D;
import org.alpwb.fit.internal.ChebyshevBackgroundModel;
import org.junit.jupiter.api.Test;

/**
 * MC-statistical uncertainty of the expected limit: the fitted background in the signal region is shifted by
 * +-1 sigma of its fit error and the median limit recomputed. The background samples are N rows drawn from a
 * flat density on [0.5, 3.5] GeV with a fixed seed per N and a fixed total weight (3000 pb, L = 1 fb^-1: the
 * expected background does not depend on N, only the MC statistics do).
 */
class McStatTest {
    /** Four disjoint +-30 sigma windows (0.6 GeV wide) inside [0.5, 3.5] GeV: independent fits. */
    static final double[] MASSES = {1.0, 1.7, 2.4, 3.1};

    static double relativeBackgroundError(LimitScan.Point p) {
        return p.backgroundInSignalRegionError() / p.backgroundInSignalRegion();
    }

    static double meanMcStat(int rows) {
        LimitScan scan = LimitScanTest.scan("thesis-cuts", LimitScan.WINDOW_FIT, 1000, 3000, rows);
        double sum = 0;
        for (double m : MASSES) {
            LimitScan.Point p = scan.compute(m);
            assertEquals("ok", p.status());
            assertTrue(p.mcStatRelUncertainty() > 0, "m = " + m);
            sum += p.mcStatRelUncertainty();
        }
        return sum / MASSES.length;
    }

    @Test
    void mcStatUncertaintyScalesLikeOneOverSqrtOfTheMcRows() {
        // 4 x the rows at the same total weight: 1/sqrt(N) predicts a ratio of exactly 2. (A Poisson error of
        // the weighted counts, i.e. of the expected data, would not depend on N: ratio 1.)
        double few = meanMcStat(16000);
        double many = meanMcStat(64000);
        // Tolerance 6 %: the relative fit error of one window fluctuates from sample to sample (it is evaluated
        // at the fitted shape and count) by ~ 2 / sqrt(rows in the window), 3.5 % for 3200 and 1.8 % for 12800
        // window rows (the spread seen over the four windows); the mean of 4 independent windows and the ratio
        // give a standard error of sqrt(3.5^2 + 1.8^2) / 2 ~ 2 %, and 6 % is three of them.
        assertEquals(2.0, few / many, 0.06 * 2.0, "few " + few + ", many " + many);
        // the summary's magnitude: ~ 1 % at 16000 rows (the signal region holds 1/50 of the rows, 320; a cubic
        // extrapolated from the sidebands has a relative error of ~ 2 % there, half of it on the limit)
        assertTrue(few > 0.005 && few < 0.02, "few " + few);
    }

    @Test
    void inTheLargeBackgroundLimitItIsHalfTheRelativeBackgroundError() {
        // 3e6 background events on 3 GeV: b_eff ~ 3.5e4 under the peak, the Gaussian regime in which the expected
        // limit (with the profiled background yield) scales exactly like sqrt(k) under B -> k B
        LimitScan scan = LimitScanTest.scan("thesis-cuts", LimitScan.WINDOW_FIT, 1000, 3000, 16000);
        for (double m : MASSES) {
            LimitScan.Point p = scan.compute(m);
            double delta = relativeBackgroundError(p);
            assertTrue(delta > 0.005 && delta < 0.05, "relative background error " + delta);
            // (sqrt(1 + d) - sqrt(1 - d)) / 2 = d / 2 (1 + d^2 / 8): < 1e-4 here. Tolerance 1 % of d / 2:
            // Poisson (non-Gaussian) corrections to N ~ sqrt(B) are of relative order s / (3 b_eff) with
            // s / b_eff = 1.645 / sqrt(b_eff) ~ 0.9 %, i.e. < 0.5 % on the exponent; the root finder's
            // 1e-10 and the Asimov fits (the start value follows the shifted yield) are negligible.
            assertEquals(0.5 * delta, p.mcStatRelUncertainty(), 0.01 * 0.5 * delta, "m = " + m);
        }
    }

    @Test
    void countingShiftEqualsTheSingleBinFormulaAtTheShiftedBackground() {
        LimitScan scan = LimitScanTest.scan("slides-cuts", LimitScan.COUNTING, 1000, 1.0, 2000);
        LimitScan.Point p = scan.compute(2.0);
        assertEquals("ok", p.status());
        double b = p.backgroundInSignalRegion();
        double delta = relativeBackgroundError(p);
        // ~900 sideband rows, ~ 30 rows' worth of fitted count in the window: ~ 10 %
        assertTrue(delta > 0.03 && delta < 0.3, "relative background error " + delta);
        double up = LimitScanTest.countingLimit(b * (1 + delta), 0, 0.10);
        double down = LimitScanTest.countingLimit(b * (1 - delta), 0, 0.10);
        double nominal = LimitScanTest.countingLimit(b, 0, 0.10);
        // the independent limits agree with the calculator's to 1e-4 (LimitScanTest); on (up - down) / 2 ~ 0.04 N
        // that is 2.5e-3 relative, tolerance 1 %
        double expected = (up - down) / (2 * nominal);
        assertEquals(expected, p.mcStatRelUncertainty(), 0.01 * expected);
        // far from the sqrt(B) regime (b ~ 14): less than half the relative background error
        assertTrue(p.mcStatRelUncertainty() < 0.5 * delta);
    }

    @Test
    void windowErrorFromTheCovarianceReproducesTheServicesBlindWindowError() {
        // the counting window's error comes from LimitScan.expectedError; on the blind window it must equal the
        // service's own propagation (same gradient scheme and covariance)
        double[] m = Samples.flatBackground(4000, 0.5, 3.5, 1e-3, Samples.rng("err")).column("mGammaGammaGeV");
        ChebyshevBackgroundModel bg = new ChebyshevBackgroundModel(3);
        BackgroundFit weighted = fit(bg, m, 75.0); // pb x L-like weights: the SumW2-corrected covariance
        double err = LimitScan.expectedError(bg, weighted, 1.97, 2.03);
        assertEquals(weighted.windowError(), err, 1e-6 * err);
        // SumW2: the relative error reflects the MC rows, not the weighted count (whose Poisson error would be
        // sqrt(75) times smaller); equal to the plain Poisson fit of the same rows with unit weights (numerical
        // Hessians: 1e-3)
        BackgroundFit unit = fit(bg, m, 1.0);
        double relUnit = unit.windowError() / unit.windowExpected();
        assertEquals(relUnit, err / weighted.windowExpected(), 1e-3 * relUnit);
        assertEquals(relUnit, LimitScan.expectedError(bg, unit, 1.97, 2.03) / unit.windowExpected(), 1e-6 * relUnit);
    }

    private static BackgroundFit fit(ChebyshevBackgroundModel bg, double[] masses, double weight) {
        double lo = 1.7;
        double hi = 2.3;
        Histogram1D.Filler f = new Histogram1D.Filler(Histogram1D.uniformEdges(120, lo, hi));
        for (double x : masses) {
            if (x >= lo && x <= hi) {
                f.fill(x, weight);
            }
        }
        return bg.fit(f.build(), lo, hi, 1.97, 2.03);
    }

    @Test
    void pointsWithoutLimitHaveNoMcStatValue() {
        LimitScan scan = LimitScanTest.scan("thesis-cuts", LimitScan.WINDOW_FIT, 1000, 3000, 40);
        LimitScan.Point p = scan.compute(2.0); // 40 rows on 3 GeV: < 10 sideband rows
        assertTrue(p.status().startsWith("too few"), p.status());
        assertTrue(Double.isNaN(p.mcStatRelUncertainty()));
        assertNull(ExpectedLimitsTask.pointJson(p).get("mcStatRelUncertainty"));
    }
}
