package org.alpwb.api.generator;

import java.util.Map;
import java.util.TreeMap;

/**
 * What to compute: process id, CM energy (symmetric beams, GeV), ALP mass (GeV, NaN where the process
 * has none), coupling g_{a gamma gamma} (GeV^-1), diagram selection ({@code all}, {@code fusion},
 * {@code conversion}), collinear ISR on/off, generator-level cuts by name ({@link GeneratorCuts};
 * a given cut overrides the process default of the same name, the other defaults stay) and the target relative MC precision.
 */
public record ProcessRequest(String processId, double sqrtSGeV, double massGeV, double couplingPerGeV,
        String diagrams, boolean isr, Map<String, Double> cuts, double relativePrecision) {

    public static final double DEFAULT_SQRT_S_GEV = 10.5796;
    public static final double DEFAULT_COUPLING_PER_GEV = 1e-3;
    public static final double DEFAULT_PRECISION = 5e-3;

    public ProcessRequest {
        cuts = cuts == null ? Map.of() : Map.copyOf(new TreeMap<>(cuts));
        diagrams = diagrams == null ? "all" : diagrams;
    }

    /** Defaults: sqrt(s) = 10.5796 GeV, no mass, g = 1e-3 GeV^-1, all diagrams, no ISR, no cuts, 0.5 %. */
    public static ProcessRequest of(String processId) {
        return new ProcessRequest(processId, DEFAULT_SQRT_S_GEV, Double.NaN, DEFAULT_COUPLING_PER_GEV, "all", false,
                Map.of(), DEFAULT_PRECISION);
    }

    public ProcessRequest withSqrtS(double value) {
        return new ProcessRequest(processId, value, massGeV, couplingPerGeV, diagrams, isr, cuts, relativePrecision);
    }

    public ProcessRequest withMass(double value) {
        return new ProcessRequest(processId, sqrtSGeV, value, couplingPerGeV, diagrams, isr, cuts, relativePrecision);
    }

    public ProcessRequest withCoupling(double value) {
        return new ProcessRequest(processId, sqrtSGeV, massGeV, value, diagrams, isr, cuts, relativePrecision);
    }

    public ProcessRequest withDiagrams(String value) {
        return new ProcessRequest(processId, sqrtSGeV, massGeV, couplingPerGeV, value, isr, cuts, relativePrecision);
    }

    public ProcessRequest withIsr(boolean value) {
        return new ProcessRequest(processId, sqrtSGeV, massGeV, couplingPerGeV, diagrams, value, cuts, relativePrecision);
    }

    public ProcessRequest withCuts(Map<String, Double> value) {
        return new ProcessRequest(processId, sqrtSGeV, massGeV, couplingPerGeV, diagrams, isr, value, relativePrecision);
    }

    public ProcessRequest withPrecision(double value) {
        return new ProcessRequest(processId, sqrtSGeV, massGeV, couplingPerGeV, diagrams, isr, cuts, value);
    }
}
