package org.alpwb.api.detector;

import java.util.Objects;
import org.alpwb.api.study.TaskConfig;

/**
 * Per-call switches of a detector simulation. The defaults ({@link #nominal(String)}) switch
 * everything on; the switches exist to isolate effects in validation studies and tests.
 *
 * @param condition name of one of {@link DetectorModel#runConditions()}
 * @param backgroundScale multiplies the condition's beam-background rates (0 = no overlay)
 * @param resolution smear measured quantities with the detector resolution (false = perfect measurement,
 *        acceptance and thresholds still apply)
 * @param materialEffects photon conversions and bremsstrahlung in the material before the tracker
 * @param beamEnergySpread vary the beam energies event by event when boosting to the laboratory
 */
public record SimulationOptions(String condition, double backgroundScale, boolean resolution, boolean materialEffects,
        boolean beamEnergySpread) {

    /** Field names accepted by {@link #fromConfig}. */
    public static final String[] CONFIG_FIELDS = {"condition", "backgroundScale", "resolution", "materialEffects",
        "beamEnergySpread"};

    public SimulationOptions {
        Objects.requireNonNull(condition, "condition");
        if (!(backgroundScale >= 0)) {
            throw new IllegalArgumentException("backgroundScale " + backgroundScale + " must be >= 0");
        }
    }

    /** Everything on, at the given run condition. */
    public static SimulationOptions nominal(String condition) {
        return new SimulationOptions(condition, 1.0, true, true, true);
    }

    public SimulationOptions withBackgroundScale(double scale) {
        return new SimulationOptions(condition, scale, resolution, materialEffects, beamEnergySpread);
    }

    public SimulationOptions withResolution(boolean on) {
        return new SimulationOptions(condition, backgroundScale, on, materialEffects, beamEnergySpread);
    }

    public SimulationOptions withMaterialEffects(boolean on) {
        return new SimulationOptions(condition, backgroundScale, resolution, on, beamEnergySpread);
    }

    public SimulationOptions withBeamEnergySpread(boolean on) {
        return new SimulationOptions(condition, backgroundScale, resolution, materialEffects, on);
    }

    /**
     * Reads the fields {@link #CONFIG_FIELDS} from a study-file object (missing ones take the nominal
     * value; {@code condition} defaults to {@code defaultCondition}). Does not check that the condition
     * exists: {@link DetectorModel#runCondition(String)} does.
     */
    public static SimulationOptions fromConfig(TaskConfig config, String defaultCondition) {
        return new SimulationOptions(config.string("condition", defaultCondition),
                config.number("backgroundScale", 1.0, 0.0, 1000.0), config.flag("resolution", true),
                config.flag("materialEffects", true), config.flag("beamEnergySpread", true));
    }
}
