package org.alpwb.detector.belle2;

import java.util.List;
import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.LorentzTransform;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.RunCondition;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;

/**
 * The Belle II parametric fast simulation: immutable configuration; each call runs a private
 * {@link SimulationRun} with its own random stream, so instances are thread-safe.
 */
final class FastSimulation {
    final String detectorId;
    final DetectorParameters parameters;
    final BeamConditions beams;
    final LorentzTransform nominalCmToLab;
    final List<RunCondition> conditions;
    final ElectronIdModel electronId;

    FastSimulation(String detectorId, DetectorParameters parameters, List<RunCondition> conditions) {
        this.detectorId = detectorId;
        this.parameters = parameters;
        this.beams = BeamConditions.crossing(Belle2Geometry.ELECTRON_BEAM_GEV, Belle2Geometry.POSITRON_BEAM_GEV,
                Belle2Geometry.CROSSING_ANGLE_RAD, Belle2Geometry.ELECTRON_SPREAD_GEV,
                Belle2Geometry.POSITRON_SPREAD_GEV);
        this.nominalCmToLab = beams.cmToLab();
        this.conditions = conditions;
        this.electronId = new ElectronIdModel(parameters.electronIdEfficiency(), parameters.electronIdFakeRate());
    }

    RunCondition condition(String name) {
        for (RunCondition condition : conditions) {
            if (condition.name().equals(name)) {
                return condition;
            }
        }
        throw new org.alpwb.api.InvalidInputException("detector " + detectorId, "condition", name,
                String.join(", ", conditions.stream().map(RunCondition::name).toList()));
    }

    /** Simulates events {@code from..to-1} of {@code events}; source indices in the result are absolute. */
    RecoBlock simulate(EventBlock events, int from, int to, SimulationOptions options, long[] seed) {
        RunCondition condition = condition(options.condition());
        List<RunCondition> mixed = condition.name().equals(RunConditions.LUMINOSITY_MIX)
                ? conditions.stream().filter(c -> !c.name().equals(RunConditions.LUMINOSITY_MIX)).toList()
                : List.of(condition);
        return new SimulationRun(this, mixed, options, seed).run(events, from, to);
    }

    /** True if a cluster at polar angle {@code theta} (rad) lies in the ECL acceptance, outside the gaps. */
    boolean inEclAcceptance(double theta) {
        double deg = Math.toDegrees(theta);
        if (deg < parameters.eclThetaMinDeg() || deg > Belle2Geometry.ECL_THETA_MAX_DEG) {
            return false;
        }
        boolean forwardGap = deg > Belle2Geometry.ECL_FORWARD_GAP_MIN_DEG && deg < Belle2Geometry.ECL_FORWARD_GAP_MAX_DEG;
        boolean backwardGap = deg > Belle2Geometry.ECL_BACKWARD_GAP_MIN_DEG
                && deg < Belle2Geometry.ECL_BACKWARD_GAP_MAX_DEG;
        return !forwardGap && !backwardGap;
    }

    /** True if a track at polar angle {@code theta} (rad) lies in the tracking acceptance. */
    boolean inTrackAcceptance(double theta) {
        double deg = Math.toDegrees(theta);
        return deg >= parameters.trackThetaMinDeg() && deg <= parameters.trackThetaMaxDeg();
    }

    double forwardEndcapInnerRadiusCm() {
        return Belle2Geometry.ECL_FORWARD_Z_CM * Math.tan(Math.toRadians(parameters.eclThetaMinDeg()));
    }

    double backwardEndcapInnerRadiusCm() {
        return -Belle2Geometry.ECL_BACKWARD_Z_CM * Math.tan(Math.toRadians(180 - Belle2Geometry.ECL_THETA_MAX_DEG));
    }

    /** The point on the ECL inner surface (barrel cylinder or endcap plane) seen from the origin at (theta, phi). */
    static void surfacePoint(double theta, double phi, double[] out) {
        double sinTheta = Math.sin(theta);
        double cosTheta = Math.cos(theta);
        double r = Belle2Geometry.ECL_BARREL_RADIUS_CM;
        double z = r * cosTheta / sinTheta;
        if (z > Belle2Geometry.ECL_FORWARD_Z_CM) {
            z = Belle2Geometry.ECL_FORWARD_Z_CM;
            r = z * sinTheta / cosTheta;
        } else if (z < Belle2Geometry.ECL_BACKWARD_Z_CM) {
            z = Belle2Geometry.ECL_BACKWARD_Z_CM;
            r = z * sinTheta / cosTheta;
        }
        out[0] = r * Math.cos(phi);
        out[1] = r * Math.sin(phi);
        out[2] = z;
    }

    static int charge(int pdg) {
        switch (pdg) {
            case -11: case -13: case 211: case 321: case 2212:
                return 1;
            case 11: case 13: case -211: case -321: case -2212:
                return -1;
            default:
                return 0;
        }
    }

    static double mass(int pdg) {
        switch (Math.abs(pdg)) {
            case 11:
                return Belle2Geometry.ELECTRON_MASS_GEV;
            case 13:
                return Belle2Geometry.MUON_MASS_GEV;
            case 211:
                return 0.13957039;
            case 321:
                return 0.493677;
            case 2212:
                return 0.93827209;
            default:
                return 0;
        }
    }
}
