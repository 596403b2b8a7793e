package org.alpwb.physics.isr;

/**
 * Both beams radiate collinearly: x1, x2 from two uniforms, reduced energy sqrt(x1 x2 s) and the
 * longitudinal velocity of the reduced centre-of-mass frame, beta_z = (x1 - x2)/(x1 + x2) with beam
 * 1 along +z. The weight is D(x1) D(x2) divided by the sampling density.
 */
public final class IsrConvolution {
    private final ElectronStructureFunction function;

    public IsrConvolution(double sGeV2) {
        this.function = new ElectronStructureFunction(sGeV2);
    }

    public ElectronStructureFunction structureFunction() {
        return function;
    }

    /**
     * Fills {@code out} with {x1, x2, reduced sqrt(s) factor sqrt(x1 x2), beta_z, weight}.
     */
    public void sample(double u1, double u2, double[] out) {
        double y1 = function.sampleOneMinusX(u1);
        double y2 = function.sampleOneMinusX(u2);
        double x1 = 1 - y1;
        double x2 = 1 - y2;
        out[0] = x1;
        out[1] = x2;
        out[2] = Math.sqrt(x1 * x2);
        // (x1 - x2) = (y2 - y1): exact even when both are tiny
        out[3] = (y2 - y1) / (x1 + x2);
        out[4] = function.weight(y1) * function.weight(y2);
    }
}
