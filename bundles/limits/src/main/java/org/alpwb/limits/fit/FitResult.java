package org.alpwb.limits.fit;

/** Best-fit parameters and -ln L at the minimum. */
public record FitResult(double[] parameters, double nll, boolean converged, int iterations) {

    public FitResult {
        parameters = parameters.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    public double parameter(int index) {
        return parameters[index];
    }
}
