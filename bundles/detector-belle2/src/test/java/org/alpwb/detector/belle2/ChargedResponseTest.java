package org.alpwb.detector.belle2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.study.TaskConfig;
import org.junit.jupiter.api.Test;

class ChargedResponseTest {
    private static final SimulationOptions NO_BACKGROUND = SimulationOptions.nominal("exp22-run30")
            .withBackgroundScale(0).withMaterialEffects(false);

    private static double[] eOverP(int pdg, double mass) {
        EventBlock events = TestEvents.single(pdg, TestEvents.lab(mass, 2.0, 70, 0), 5000);
        RecoBlock reco = new Belle2Detector().simulate(events, NO_BACKGROUND, new long[] {7, 7, 7, pdg});
        return Arrays.stream(reco.eOverP()).filter(x -> !Double.isNaN(x)).sorted().toArray();
    }

    @Test
    void electronsShowerMuonsIonise() {
        double[] electrons = eOverP(11, Belle2Geometry.ELECTRON_MASS_GEV);
        double[] muons = eOverP(13, Belle2Geometry.MUON_MASS_GEV);
        // electrons: full containment, median E/p = 1 within the ECL resolution at 2 GeV (1.7 %)
        assertEquals(1.0, electrons[electrons.length / 2], 0.01);
        // muons: MIP mode 0.17 GeV, Gumbel median = mode + 0.367 width; at p = 2 GeV E/p ~ 0.088
        assertEquals((0.17 + 0.367 * 0.015) / 2.0, muons[muons.length / 2], 0.005);
        assertTrue(electrons.length > 4500 && muons.length > 4500, "tracks matched to clusters");
    }

    @Test
    void simulateTaskRejectsUnknownFields() {
        TaskConfig config = new TaskConfig("study.json", "tasks.sim.config", Map.of("condtion", "exp22-run30"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SimulateTask().validate(config));
        assertTrue(e.getMessage().contains("condtion") && e.getMessage().contains("backgroundScale"), e.getMessage());
        TaskConfig negative = new TaskConfig("study.json", "tasks.sim.config", Map.of("backgroundScale", -1));
        assertThrows(InvalidInputException.class, () -> new SimulateTask().validate(negative));
    }
}
