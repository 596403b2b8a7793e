package org.alpwb.strategy.binned4d.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.limits.calc.AsymptoticCalculator;
import org.junit.jupiter.api.Test;

/**
 * The signal interpolation against a generated mass left out (synthetic samples at 1, 2, 3 GeV, fixed seeds).
 * Where the true density and efficiency are linear in the mass (the assumption of vertical morphing) the
 * left-out check must pass; where a narrow structure moves with the mass it must fail.
 */
class InterpolationTest {
    static final double LUMI_PB = 54240;
    static final List<String> VARS = List.of("tPlusGeV2", "tMinusGeV2", "sPlusGeV2", "sMinusGeV2");

    static double width(double m) {
        return 0.02 + 0.01 * m;
    }

    static double efficiency(double m) {
        return 0.3 + 0.1 * m;
    }

    /** Density of t+ linear in m: mixture of two exponentials with fraction a(m) = 0.2 m. */
    static EventSample linearSample(double m, long seed) {
        int gen = 40000;
        int rows = (int) Math.round(gen * efficiency(m));
        double sigmaPb = 1e-3;
        var t = Synthetic.table(rows, sigmaPb / gen, rng -> {
            double a = 0.2 * m;
            double tPlus = -(rng.nextDouble() < a ? 0.1 : 1.0) * -Math.log(1 - rng.nextDouble());
            return new double[] {m + width(m) * Synthetic.gauss(rng), tPlus, -rng.nextDouble(), 1 + rng.nextDouble(),
                1 + rng.nextDouble()};
        }, seed);
        return EventSample.of("signal-" + m, m, sigmaPb, t, Selection.slides(), VARS, "test");
    }

    /** A narrow t+ peak at -m: not linear in m. */
    static EventSample movingPeakSample(double m, long seed) {
        int gen = 40000;
        int rows = (int) Math.round(gen * efficiency(m));
        double sigmaPb = 1e-3;
        var t = Synthetic.table(rows, sigmaPb / gen, rng -> new double[] {m + width(m) * Synthetic.gauss(rng),
            -m + 0.05 * Synthetic.gauss(rng), -rng.nextDouble(), 1 + rng.nextDouble(), 1 + rng.nextDouble()}, seed);
        return EventSample.of("signal-" + m, m, sigmaPb, t, Selection.slides(), VARS, "test");
    }

    static EventSample background(long seed) {
        var t = Synthetic.table(40000, 2.0 / LUMI_PB, rng -> new double[] {0.5 + 3 * rng.nextDouble(),
            -3.5 * rng.nextDouble(), -rng.nextDouble(), 1 + rng.nextDouble(), 1 + rng.nextDouble()}, seed);
        return EventSample.of("flat", Double.NaN, Double.NaN, t, Selection.slides(), VARS, "test");
    }

    static PointCalculator calculator(List<EventSample> signals) {
        PointCalculator.Settings settings = new PointCalculator.Settings(Selection.slides(), new int[] {3, 3, 2, 2}, 10,
                0.3, LUMI_PB, new double[0], 0.9, 0.01, Map.of(BinnedLimitsTask.DEFAULT_KEY, 0.1), List.of());
        CrossSections xsec = new CrossSections(new double[] {1, 2, 3}, new double[] {1e-3, 1e-3, 1e-3}, 1e-3);
        return new PointCalculator(signals, List.of(background(99)), xsec, settings, new AsymptoticCalculator());
    }

    @Test
    void linearDependenceIsReproducedAtTheLeftOutMass() {
        List<EventSample> s = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            s.add(linearSample(1 + k, 11 + k));
        }
        PointCalculator calc = calculator(s);
        // MAD width at the generated masses: the Gaussian sigma within 3 % (40000 rows: ~0.6 % standard error)
        for (int k = 0; k < 3; k++) {
            assertEquals(width(1 + k), calc.peaks().sigmasGeV()[k], 0.03 * width(1 + k));
        }
        Map<String, Object> r = LeftOutCheck.check(calc, s, calc.peaks(), 1);
        double p = (Double) r.get("pValue");
        assertTrue(p > 1e-3, "left-out chi2 p-value " + p + " " + r);
        // efficiency in the window: linear in m (0.5 at 2 GeV times the window's Gaussian content 0.9319)
        double ea = (Double) r.get("efficiencyGenerated");
        double ei = (Double) r.get("efficiencyInterpolated");
        assertEquals(0.5 * 0.93189, ea, 0.01);
        assertEquals(ea, ei, 0.01); // 4 x the binomial error of the difference
        double ratio = (Double) r.get("medianLimitRatio");
        assertEquals(1, ratio, 0.05, "limit from the interpolated template / from the generated sample");
    }

    @Test
    void aStructureMovingWithTheMassFailsTheCheck() {
        List<EventSample> s = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            s.add(movingPeakSample(1 + k, 21 + k));
        }
        PointCalculator calc = calculator(s);
        Map<String, Object> r = LeftOutCheck.check(calc, s, calc.peaks(), 1);
        assertTrue((Double) r.get("pValue") < 1e-6, r.toString());
    }
}
