package org.alpwb.channel.eegg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.table.ColumnTable;
import org.alpwb.detector.belle2.Belle2Detector;
import org.alpwb.generators.internal.Bhabha2GammaGenerator;
import org.junit.jupiter.api.Test;

/**
 * Invariant on real generated radiative-Bhabha background through the fast simulation and the channel: a pair
 * of photons has m^2 = 2 E1 E2 (1 - cos) >= 0, before and after the 4C fit. (A fit that moved a photon energy below
 * zero produced negative M_gamma gamma in the default study; such fits are now treated as failed.)
 */
class PhysicalMassTest {

    @Test
    void everyCandidateHasANonNegativeDiphotonMass() {
        List<EventBlock> blocks = new ArrayList<>();
        ProcessRequest request = ProcessRequest.of("bhabha-2gamma").withPrecision(0.05)
                .withCuts(Map.of("theta_min_deg", 18.0, "theta_max_deg", 162.0, "e_min_gev", 0.08));
        new Bhabha2GammaGenerator().generate(request, 3000, false, new SeedSequence(5, "physical-mass"), null,
                ProgressMonitor.NONE, blocks::add);
        EventBlock.Builder all = EventBlock.builder(0);
        blocks.forEach(b -> b.events().forEach(all::add));
        EventBlock events = all.build();
        Belle2Detector detector = new Belle2Detector();
        RecoBlock reco = detector.simulate(events,
                SimulationOptions.nominal(detector.runConditions().get(0).name()), new long[] {1, 2, 3, 4});
        ColumnTable t = new EeggChannel().reconstruct(reco, events, detector.beams()).candidates();
        assertTrue(t.rowCount() > 100, "too few candidates to test anything: " + t.rowCount());
        for (String column : new String[] {Columns.M_GG_FIT, Columns.M_GG_BF}) {
            for (double m : t.column(column)) {
                assertTrue(m >= 0, column + " = " + m);
            }
        }
    }
}
