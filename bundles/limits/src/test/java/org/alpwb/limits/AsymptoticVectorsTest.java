package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.HypothesisTestResult;
import org.alpwb.api.limits.UpperLimitResult;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.alpwb.limits.model.HistFactoryModel;
import org.junit.jupiter.api.Test;

/**
 * The asymptotic CLs test vectors of statistics.md. The reference values are given to 7-10
 * significant digits; the fits converge to ~1e-10 in q, so we compare to a relative 2e-7 where the
 * reference has 8+ digits (the last quoted digit) and to half a unit of the last quoted digit
 * otherwise.
 */
class AsymptoticVectorsTest {
    private final AsymptoticCalculator calc = new AsymptoticCalculator();
    private final CalculatorOptions opts = CalculatorOptions.defaults();

    private static void assertRelative(double expected, double actual, double rel, String what) {
        assertEquals(expected, actual, Math.abs(expected) * rel, what);
    }

    private void assertBand(double b, double cl, double[] expected) {
        HistFactoryModel m = Models.singleBin(1, b, b, 200);
        UpperLimitResult r = calc.upperLimit(m, cl, opts, ProgressMonitor.NONE);
        for (int i = 0; i < expected.length; i++) {
            // 10 digits quoted: Brent absolute accuracy 1e-10 and fit precision allow 1e-8 relative
            assertRelative(expected[i], r.expected()[i], 1e-8, "b=" + b + " band " + (i - 2));
        }
    }

    @Test
    void singleBinAsimovBandB10() {
        assertBand(10, 0.95, new double[] {3.704480368, 5.152995526, 7.539344792, 11.262249271, 16.385348707});
    }

    @Test
    void singleBinAsimovBandB50() {
        assertBand(50, 0.95, new double[] {7.81030678, 10.659652472, 15.168028718, 21.838978545, 30.486325654});
    }

    @Test
    void singleBinMedian90B50() {
        UpperLimitResult r = calc.upperLimit(Models.singleBin(1, 50, 50, 200), 0.90, opts, ProgressMonitor.NONE);
        assertRelative(12.549667566, r.median(), 1e-8, "90% median, b=50");
    }

    @Test
    void singleBinObservedCls() {
        // 9 digits quoted: 2e-8 relative is well inside the last digit
        assertRelative(0.169123233, cls(5, 10, 10), 2e-8, "n=10 b=10 s=5");
        assertRelative(0.031201417, cls(5, 10, 5), 2e-8, "n=5 b=10 s=5 (q~ > q_A branch)");
        assertRelative(0.030781404, cls(3, 3, 0), 2e-8, "n=0 b=3 s=3");
    }

    private double cls(double s, double b, double n) {
        return calc.hypothesisTest(Models.singleBin(s, b, n, 10), 1.0, opts, ProgressMonitor.NONE).clsObserved();
    }

    @Test
    void pyhfTwoBinHypothesisTest() {
        HypothesisTestResult r = calc.hypothesisTest(Models.twoBin(), 1.0, opts, ProgressMonitor.NONE);
        // 7 digits quoted (6 significant for the band): compare to 1e-6 relative, i.e. ~the last digit
        assertRelative(0.0525155, r.clsObserved(), 1e-6, "CLs_obs");
        double[] band = {0.0026064, 0.0138206, 0.0644552, 0.2352609, 0.5730417};
        for (int i = 0; i < 5; i++) {
            assertEquals(band[i], r.clsExpected()[i], 6e-8, "expected CLs band " + (i - 2));
        }
    }

    @Test
    void pyhfTwoBinUpperLimits() {
        UpperLimitResult r = calc.upperLimit(Models.twoBin(), 0.95, opts, ProgressMonitor.NONE);
        // 8 significant digits quoted; the brief asks for 1e-4, we hold 1e-7 relative
        assertRelative(1.0115719, r.observed(), 1e-7, "observed");
        double[] band = {0.5598843, 0.7570290, 1.0623550, 1.5011808, 2.0508020};
        for (int i = 0; i < 5; i++) {
            assertRelative(band[i], r.expected()[i], 1e-7, "expected " + (i - 2));
        }
    }
}
