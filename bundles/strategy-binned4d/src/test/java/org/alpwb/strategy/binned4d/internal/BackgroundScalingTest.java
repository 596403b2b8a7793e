package org.alpwb.strategy.binned4d.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;

/**
 * The binned model's background scaling (the MC-statistics shift of the generic limit task): one bin of two
 * processes without systematics, background B x k with its Asimov data; the median expected 90 % CLs limit
 * must be the closed-form single-bin value solving 2 [s - kB ln(1 + s / kB)] = Phi^-1(0.95)^2 (q~ on Asimov
 * data, Cowan et al. eq. 90 with CLb = 1/2).
 */
class BackgroundScalingTest {

    @Test
    void scaledBackgroundGivesTheClosedFormLimit() {
        Map<String, double[][]> bgs = new LinkedHashMap<>();
        // MC errors 1e-7 relative: staterror present but without effect at the tolerance below
        bgs.put("a", new double[][] {{60}, {60e-7}});
        bgs.put("b", new double[][] {{40}, {40e-7}});
        Map<String, Double> norm = Map.of("a", 0.0, "b", 0.0);
        BinnedModel nominal = BinnedModel.build("t", new double[] {5}, bgs, norm, 0, "test");
        AsymptoticCalculator calc = new AsymptoticCalculator();
        for (double k : new double[] {1, 0.8, 4}) {
            BinnedModel m = nominal.withBackgroundScaled().apply(k);
            double median = calc.expectedUpperLimits(m.model(), 0.9, CalculatorOptions.defaults(), ProgressMonitor.NONE)[2];
            double b = 100 * k;
            double z2 = 1.6448536269514722 * 1.6448536269514722;
            double exact = new BrentSolver(1e-12).solve(200, s -> 2 * (s - b * Math.log1p(s / b)) - z2, 1e-6, 1e4);
            // the POI is signal events: the limit is directly s; 1e-6 relative covers the root finders' tolerances
            assertEquals(exact, median, 1e-6 * exact, "k = " + k);
        }
    }
}
