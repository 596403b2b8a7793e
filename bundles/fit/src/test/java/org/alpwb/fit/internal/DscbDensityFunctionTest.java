package org.alpwb.fit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class DscbDensityFunctionTest {

    @Test
    void densityFunctionEqualsDensityEverywhere() {
        DscbShapeFitter fitter = new DscbShapeFitter();
        // statistics.md DSCB test parameters (mu, sigma, alphaL, nL, alphaR, nR) on [-6, 4]
        double[] p = {-0.3, 1.1, 0.8, 2, 1.4, 4};
        DoubleUnaryOperator f = fitter.densityFunction(p, -6, 4);
        for (double x = -7; x <= 5; x += 0.37) {
            // plumbing: the cached function is the same arithmetic as density(), equal to rounding
            assertEquals(fitter.density(p, -6, 4, x), f.applyAsDouble(x), 1e-15, "x = " + x);
        }
        // independent reference, statistics.md [derived]: pdf(-0.3) = 0.281231211953346, and the unnormalised
        // f(-3), f(0), f(2) over the integral 3.55579308944518 on [-6, 4]
        assertEquals(0.281231211953346, f.applyAsDouble(-0.3), 1e-12);
        double integral = 3.55579308944518;
        assertEquals(0.262941268230625 / integral, f.applyAsDouble(-3), 1e-12);
        assertEquals(0.963492974649068 / integral, f.applyAsDouble(0), 1e-12);
        assertEquals(0.157819023178051 / integral, f.applyAsDouble(2), 1e-12);
    }
}
