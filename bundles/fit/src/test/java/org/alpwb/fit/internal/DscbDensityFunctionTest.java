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
            // same arithmetic with the normalisation computed once: equal to rounding
            assertEquals(fitter.density(p, -6, 4, x), f.applyAsDouble(x), 1e-15, "x = " + x);
        }
        // statistics.md: pdf(-0.3) = 0.281231211953346
        assertEquals(0.281231211953346, f.applyAsDouble(-0.3), 1e-12);
    }
}
