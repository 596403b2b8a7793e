package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.random.RandomGenerator;
import org.alpwb.limits.model.HistFactoryCompiler;
import org.alpwb.limits.model.HistFactoryModel;
import org.alpwb.limits.model.InterpolationCode;
import org.alpwb.limits.model.Interpolations;
import org.alpwb.limits.pyhf.WorkspaceReader;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The analytic Hessian of the HistFactory model against central differences of its analytic gradient (itself
 * checked against differences of -ln L in HistFactoryModelTest), for every modifier type of the all-modifier
 * workspace and every interpolation code, at points inside |alpha| < 1 (polynomial branches) and beyond, on the
 * observed data and on a luminosity-scaled copy.
 */
class HistFactoryHessianTest {

    @Test
    void analyticHessianMatchesDifferencesOfTheGradient() {
        RandomGenerator r = RandomSource.XO_SHI_RO_256_PP.create(new long[] {11})::nextLong;
        for (InterpolationCode normsys : InterpolationCode.values()) {
            for (InterpolationCode histosys : List.of(InterpolationCode.CODE0, InterpolationCode.CODE2,
                    InterpolationCode.CODE4P)) {
                HistFactoryModel base = HistFactoryCompiler.compile(
                        WorkspaceReader.parse(Models.resource("all-modifiers.json"), "x"), "meas", "x",
                        new Interpolations(normsys, histosys), w -> { });
                for (HistFactoryModel m : List.of(base, base.withScaledYields(3.7))) {
                    for (double scale : new double[] {0.3, 1.7}) {
                        compare(m, point(m, r, scale), normsys + "/" + histosys + " at scale " + scale);
                    }
                }
            }
        }
    }

    /** Random parameters: alphas uniform in +-scale (kinks at 0 and +-1 are avoided with probability 1). */
    private static double[] point(HistFactoryModel m, RandomGenerator r, double scale) {
        double[] x = m.initialValues();
        for (int i = 0; i < x.length; i++) {
            double u = 2 * r.nextDouble() - 1;
            x[i] = m.lowerBounds()[i] < 0 ? scale * u : x[i] * (1 + 0.2 * u);
        }
        return x;
    }

    private static void compare(HistFactoryModel m, double[] x, String where) {
        double[][] h = m.hessian(x);
        int n = x.length;
        for (int j = 0; j < n; j++) {
            double step = 1e-5 * Math.max(1, Math.abs(x[j]));
            double[] up = x.clone();
            double[] down = x.clone();
            up[j] += step;
            down[j] -= step;
            double[] gUp = m.gradient(up);
            double[] gDown = m.gradient(down);
            for (int i = 0; i < n; i++) {
                double fd = (gUp[i] - gDown[i]) / (2 * step);
                // central differences: truncation ~step^2 g''' ~ 1e-8, rounding ~eps |g| / step ~ 1e-9 for |g| ~ 1e2;
                // 1e-5 relative leaves room for the third derivatives of the exponential codes
                assertEquals(fd, h[i][j], 1e-5 * (1 + Math.abs(fd)),
                        m.parameterNames().get(i) + ", " + m.parameterNames().get(j) + ", " + where);
                assertEquals(h[j][i], h[i][j], 1e-12 * (1 + Math.abs(h[i][j])), "symmetric, " + where);
            }
        }
    }
}
