package org.alpwb.detector.belle2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.study.TaskConfig;
import org.junit.jupiter.api.Test;

/** The simulate task's per-task forward-tagger edge (taggerThetaMinDeg) for coverage sweeps. */
class TaggerAngleConfigTest {
    private static final SimulationOptions PERFECT = SimulationOptions.nominal("exp22-run30").withBackgroundScale(0)
            .withResolution(false).withMaterialEffects(false).withBeamEnergySpread(false);

    private static TaskConfig config(Map<String, Object> values) {
        return new TaskConfig("study.json", "tasks.sim.config", values);
    }

    @Test
    void anglesOutsideTheOpenQuadrantAreRejectedNamingTheField() {
        for (double bad : new double[] {0, -1, 90, 120}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SimulateTask()
                    .validate(config(Map.of("detector", "belle2-forward-tagger", "taggerThetaMinDeg", bad))));
            assertTrue(e.getMessage().contains("taggerThetaMinDeg"), e.getMessage());
        }
        InvalidInputException other = assertThrows(InvalidInputException.class, () -> new SimulateTask()
                .validate(config(Map.of("detector", "belle2", "taggerThetaMinDeg", 5.0))));
        assertTrue(other.getMessage().contains("belle2-forward-tagger"), other.getMessage());
        assertEquals(3.0, SimulateTask.taggerThetaMinDeg(config(Map.of("detector", "belle2-forward-tagger",
                "taggerThetaMinDeg", 3.0))));
    }

    @Test
    void theOverriddenEdgeMovesTheAcceptance() {
        EventBlock at4 = TestEvents.single(11, TestEvents.lab(Belle2Geometry.ELECTRON_MASS_GEV, 3.0, 4.0, 0), 1);
        Belle2ForwardTagger configured = new Belle2ForwardTagger(6.0, 1.0);
        assertEquals(0, configured.simulate(at4, PERFECT, new long[] {1, 2, 3, 4}).trackCount());
        assertEquals(1, configured.withThetaMinDeg(3.0).simulate(at4, PERFECT, new long[] {1, 2, 3, 4}).trackCount());
        assertEquals(0, configured.withThetaMinDeg(4.5).simulate(at4, PERFECT, new long[] {1, 2, 3, 4}).trackCount());
    }
}
