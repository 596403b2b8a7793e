package org.alpwb.limits.coupling;

import org.alpwb.api.limits.CalculatorOptions;
import org.alpwb.api.limits.LikelihoodModel;
import org.alpwb.api.limits.LimitCalculator;
import org.alpwb.api.limits.UpperLimitResult;
import org.alpwb.api.progress.ProgressMonitor;

/**
 * Expected limits at another luminosity, recomputed rather than scaled: every expected yield (and
 * the data, so that the background-only fit and hence the Asimov data set scale too) is multiplied by
 * L_to / L_from and the limit is computed again. Unlike the L^(-1/4) rule this is right at low counts
 * and with systematics that do not shrink with luminosity. Only the expected limits are meaningful.
 */
public final class LuminosityProjection {
    private LuminosityProjection() {
    }

    public static UpperLimitResult expectedAt(LimitCalculator calculator, LikelihoodModel model, double lumiFrom,
            double lumiTo, double cl, CalculatorOptions options, ProgressMonitor monitor) {
        if (!(lumiFrom > 0) || !(lumiTo > 0)) {
            throw new IllegalArgumentException("luminosities must be positive, got " + lumiFrom + ", " + lumiTo);
        }
        return calculator.upperLimit(model.withScaledYields(lumiTo / lumiFrom), cl, options, monitor);
    }

    /** As {@link #expectedAt} with only the expected limits computed (N = -2..+2 sigma, ascending). */
    public static double[] expectedLimitsAt(LimitCalculator calculator, LikelihoodModel model, double lumiFrom,
            double lumiTo, double cl, CalculatorOptions options, ProgressMonitor monitor) {
        if (!(lumiFrom > 0) || !(lumiTo > 0)) {
            throw new IllegalArgumentException("luminosities must be positive, got " + lumiFrom + ", " + lumiTo);
        }
        return calculator.expectedUpperLimits(model.withScaledYields(lumiTo / lumiFrom), cl, options, monitor);
    }
}
