package org.alpwb.strategy.cuts.internal;

import java.util.ArrayList;
import java.util.List;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.ServiceProperties;
import org.alpwb.api.parameter.ParameterSpec;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.Strategy;
import org.osgi.service.component.annotations.Component;

/**
 * Strategy {@code slides-cuts}: the talk slides' selection (CM energy and polar angle of all four particles, angular
 * separations) and a counting experiment in m_gg - m_a in [low, high] sigma of the signal width.
 */
@Component(service = Strategy.class, property = {ServiceProperties.ID + "=" + SlidesCutsStrategy.ID,
    ServiceProperties.LABEL + "=Slides cuts with counting in a [-3, +1.5] sigma mass window",
    ServiceProperties.KIND + "=" + ServiceProperties.KIND_STRATEGY,
    ServiceProperties.VERSION + "=" + SlidesCutsStrategy.ID + "-" + CutStrategy.VERSION})
public class SlidesCutsStrategy extends CutStrategy {
    static final String ID = "slides-cuts";

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.number("energyCmMinGeV", 0.25, 0, 11, "GeV", "E* > value for all four particles"),
            ParameterSpec.number("thetaCmMinDeg", 22.0, 0, 180, "deg", "theta* >= value for all four"),
            ParameterSpec.number("thetaCmMaxDeg", 158.0, 0, 180, "deg", "theta* <= value for all four"),
            ParameterSpec.number("separationMinRad", 0.048, 0, Math.PI, "rad",
                    "gamma-gamma and gamma-e angular separations > value"),
            ParameterSpec.number("massWindowLowSigma", -3.0, -100, 0, "sigma",
                    "counting window low edge: m_gg - m_a >= value x sigma (< 0)"),
            ParameterSpec.number("massWindowHighSigma", 1.5, 0, 100, "sigma",
                    "counting window high edge: m_gg - m_a <= value x sigma (> 0)"));

    @Override
    String id() {
        return ID;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PARAMETERS;
    }

    @Override
    public void check(ParameterValues values) {
        double lo = values.number("massWindowLowSigma");
        double hi = values.number("massWindowHighSigma");
        if (!(lo < 0 && hi > 0)) {
            throw new InvalidInputException("strategy " + ID, "parameters.massWindowLowSigma", lo + ", " + hi,
                    "massWindowLowSigma < 0 < massWindowHighSigma");
        }
        if (!(values.number("thetaCmMinDeg") < values.number("thetaCmMaxDeg"))) {
            throw new InvalidInputException("strategy " + ID, "parameters.thetaCmMinDeg",
                    values.number("thetaCmMinDeg"), "less than thetaCmMaxDeg " + values.number("thetaCmMaxDeg"));
        }
    }

    @Override
    List<CutSelection.Cut> cuts(ParameterValues values) {
        double e = values.number("energyCmMinGeV");
        double tMinDeg = values.number("thetaCmMinDeg");
        double tMaxDeg = values.number("thetaCmMaxDeg");
        double tMin = Math.toRadians(tMinDeg);
        double tMax = Math.toRadians(tMaxDeg);
        double sep = values.number("separationMinRad");
        List<CutSelection.Cut> cuts = new ArrayList<>();
        cuts.add(new CutSelection.Cut("E* > " + e + " GeV (all four)", List.of(E_STAR_MIN), (c, r) -> c[0][r] > e));
        cuts.add(new CutSelection.Cut("theta* in [" + tMinDeg + ", " + tMaxDeg + "] deg (all four)",
                List.of(THETA_STAR_MIN, THETA_STAR_MAX), (c, r) -> c[0][r] >= tMin && c[1][r] <= tMax));
        cuts.add(new CutSelection.Cut("gamma-gamma, gamma-e separation > " + sep, List.of(MIN_SEPARATION),
                (c, r) -> c[0][r] > sep));
        return cuts;
    }

    @Override
    double[] countingWindowSigma(ParameterValues values) {
        return new double[] {values.number("massWindowLowSigma"), values.number("massWindowHighSigma")};
    }

    @Override
    String channelSelectionName() {
        return "slides";
    }

    @Override
    List<String> channelCovered() {
        return List.of("energyCmMinGeV", "thetaCmMinDeg", "thetaCmMaxDeg", "separationMinRad");
    }

    @Override
    int coveredCuts() {
        return 3;
    }
}
