package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.HypothesisTestResult;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.alpwb.limits.calc.ToyCalculator;
import org.alpwb.limits.model.HistFactoryModel;
import org.junit.jupiter.api.Test;

class ToyCalculatorTest {
    private final ToyCalculator toys = new ToyCalculator();
    private final AsymptoticCalculator asymptotic = new AsymptoticCalculator();

    @Test
    void identicalForAnyThreadCount() {
        HistFactoryModel m = Models.twoBin();
        CalculatorOptions o = new CalculatorOptions(300, 42, 1);
        HypothesisTestResult one = toys.hypothesisTest(m, 1.0, o, ProgressMonitor.NONE);
        HypothesisTestResult two = toys.hypothesisTest(m, 1.0, o.withThreads(2), ProgressMonitor.NONE);
        HypothesisTestResult three = toys.hypothesisTest(m, 1.0, o.withThreads(3), ProgressMonitor.NONE);
        assertEquals(one.clsObserved(), two.clsObserved(), 0.0);
        assertArrayEquals(one.clsExpected(), two.clsExpected(), 0.0);
        assertArrayEquals(one.clsExpected(), three.clsExpected(), 0.0);
        HypothesisTestResult otherSeed = toys.hypothesisTest(m, 1.0, o.withSeed(43), ProgressMonitor.NONE);
        assertTrue(otherSeed.clsbObserved() != one.clsbObserved() || otherSeed.clbObserved() != one.clbObserved());
    }

    @Test
    void agreesWithAsymptoticsWhereTheyHold() {
        // two-bin pyhf example, ~50 events per bin: asymptotics hold to a few per cent (O(1/sqrt(n)) corrections;
        // allowance 5 %). 10000 toys per hypothesis: the binomial sigma of CLs+b and CLb from the toys themselves,
        // combined in quadrature for CLs; tolerance = 3 sigma + the 5 % allowance (CLs+b_obs ~0.03 dominates:
        // about 25 % in total; the median and +1 sigma values are better determined than the tolerance says).
        HistFactoryModel m = Models.twoBin();
        int n = 10000;
        HypothesisTestResult t = toys.hypothesisTest(m, 1.0, new CalculatorOptions(n, 11, 0), ProgressMonitor.NONE);
        HypothesisTestResult a = asymptotic.hypothesisTest(m, 1.0, CalculatorOptions.defaults(), ProgressMonitor.NONE);
        double relSb = Math.sqrt((1 - t.clsbObserved()) / (n * t.clsbObserved()));
        double relB = Math.sqrt((1 - t.clbObserved()) / (n * t.clbObserved()));
        double rel = 3 * Math.hypot(relSb, relB) + 0.05;
        assertEquals(a.clsObserved(), t.clsObserved(), rel * a.clsObserved(), "CLs_obs toys vs asymptotic");
        // median expected CLs ~0.064: the tail fraction of the s+b toys at the median b-only q, same tolerance
        assertEquals(a.clsExpected()[2], t.clsExpected()[2], rel * a.clsExpected()[2], "median expected");
        assertEquals(a.clsExpected()[3], t.clsExpected()[3], rel * a.clsExpected()[3], "+1 sigma expected");
    }

    @Test
    void lowCountsFollowThePoissonLawNotTheAsymptotics() {
        // n = 0, b = 1, s = 2: q~ is largest for n = 0, so CLs+b = P(0 | 3) = e^-3, CLb = P(0 | 1) = e^-1,
        // CLs = e^-2 = 0.1353 exactly. With 4000 toys CLs+b ~ 0.0498 has sigma ~7 % relative, CLb ~2.5 %:
        // CLs to ~7.5 %; allow 4 sigma = 30 %.
        HistFactoryModel m = Models.singleBin(2, 1, 0, 10);
        HypothesisTestResult t = toys.hypothesisTest(m, 1.0, new CalculatorOptions(4000, 5, 0), ProgressMonitor.NONE);
        assertEquals(Math.exp(-2), t.clsObserved(), 0.3 * Math.exp(-2));
        assertEquals(Math.exp(-1), t.clbObserved(), 0.1 * Math.exp(-1));
        // the asymptotic formula is far off here (documented in the README): 0.054 vs 0.135
        double a = asymptotic.hypothesisTest(m, 1.0, CalculatorOptions.defaults(), ProgressMonitor.NONE).clsObserved();
        assertTrue(a < 0.6 * Math.exp(-2), "asymptotic CLs " + a);
    }

    @Test
    void classicalPoissonLimitForNoEventsNoBackground() {
        // n = 0, b = 0: CLb = 1 and CLs = P(0 | s) = e^-s, so the limit is -ln(alpha):
        // 2.302585 (90 %), 2.995732 (95 %). At s = limit the toy CLs must be alpha within
        // binomial errors (4000 toys: sigma = 0.0047 at 0.10 and 0.0034 at 0.05; allow 4 sigma).
        for (double[] v : new double[][] {{2.302585, 0.10, 0.019}, {2.995732, 0.05, 0.014}}) {
            HistFactoryModel m = Models.singleBin(v[0], 0, 0, 10);
            HypothesisTestResult t = toys.hypothesisTest(m, 1.0, new CalculatorOptions(4000, 3, 0), ProgressMonitor.NONE);
            assertEquals(1.0, t.clbObserved(), 0.0);
            assertEquals(v[1], t.clsObserved(), v[2], "CLs at the classical limit " + v[0]);
        }
    }
}
