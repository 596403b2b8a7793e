package org.alpwb.fit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.alpwb.api.fit.FitParameters;
import org.alpwb.fit.likelihood.MaximumLikelihoodFit;
import org.alpwb.fit.minimize.MinimizationResult;
import org.alpwb.fit.minimize.Parameter;
import org.junit.jupiter.api.Test;

class ResultsTest {

    @Test
    void parametersAtABoundHaveNoErrorEstimate() {
        // nL pinned at its lower bound 0.2 with a meaningless Hessian error 1e-6 (as seen in a real study),
        // nR at its upper bound 200, alpha well inside its range
        double[] values = {0.2 + 1e-9, 200 - 1e-3, 1.3};
        double[] errors = {9.5e-7, 4e-5, 0.2};
        double[][] cov = {{errors[0] * errors[0], 0, 0}, {0, errors[1] * errors[1], 0}, {0, 0, 0.04}};
        MinimizationResult minimum = new MinimizationResult(values, errors, cov, 0, true, 0, 100, "ok");
        MaximumLikelihoodFit.Result result = new MaximumLikelihoodFit.Result(minimum, errors, cov, false);
        List<Parameter> bounds = List.of(Parameter.bounded("nL", 3, 0.5, 0.2, 200),
                Parameter.bounded("nR", 3, 0.5, 0.2, 200), Parameter.bounded("alphaL", 1.5, 0.1, 0.05, 10));
        FitParameters p = Results.parameters(List.of("nL", "nR", "alphaL"), result, bounds);
        assertArrayEquals(new double[] {0, 0, 0.2}, p.errors(), 0.0);
        assertArrayEquals(values, p.values(), 0.0);
    }
}
