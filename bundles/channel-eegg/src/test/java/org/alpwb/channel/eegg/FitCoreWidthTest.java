package org.alpwb.channel.eegg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.alpwb.generators.internal.AlpFusionGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 item 6 (thesis Fig. 6.1): on truth-matched signal the kinematic fit narrows the M_gamma gamma core
 * (IQR / 1.349) at every mass. Before the radiative fit hypotheses, bremsstrahlung of the leptons in the
 * material in front of the tracker (not in the 4C hypothesis) made the fitted core at 5 GeV wider than the
 * measured one (74 vs 53 MeV) with 16 % of the candidates shifted by more than +260 MeV; with material effects
 * switched off the plain 4C fit gave 10 MeV, which identified the cause.
 */
class FitCoreWidthTest {

    /** Core width IQR / 1.349 of the values. */
    static double core(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return (s[(3 * n) / 4] - s[n / 4]) / 1.349;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1.0, 3.0, 5.0, 7.5})
    void theFitNarrowsTheDiphotonMassCore(double massGeV) {
        // leptons and photons generated inside the tracker / ECL acceptance so that most events are matched
        ProcessRequest request = ProcessRequest.of("alp-fusion").withMass(massGeV).withPrecision(0.05)
                .withCuts(Map.of("lepton_theta_min_deg", 15.0, "lepton_theta_max_deg", 152.0,
                        "photon_theta_min_deg", 11.0, "photon_theta_max_deg", 158.0, "photon_e_min_gev", 0.05));
        List<EventBlock> blocks = new ArrayList<>();
        new AlpFusionGenerator().generate(request, 4000, true, new SeedSequence(7, "fit-core"), null,
                ProgressMonitor.NONE, blocks::add);
        EventBlock.Builder all = EventBlock.builder(0);
        blocks.forEach(b -> b.events().forEach(all::add));
        EventBlock events = all.build();
        Belle2Detector detector = new Belle2Detector();
        RecoBlock reco = detector.simulate(events, SimulationOptions.nominal(detector.runConditions().get(0).name()),
                new long[] {1, 2, 3, (long) (massGeV * 1000)});
        ColumnTable t = new EeggReconstructor(detector.beams(), true).run(reco, events).candidates();
        double[] truth = t.column(Columns.TRUTH_SIGNAL);
        double[] fit = t.column(Columns.M_GG_FIT);
        double[] before = t.column(Columns.M_GG_BF);
        List<Double> fitted = new ArrayList<>();
        List<Double> measured = new ArrayList<>();
        int shifted = 0;
        for (int i = 0; i < t.rowCount(); i++) {
            if (truth[i] == 1) {
                fitted.add(fit[i]);
                measured.add(before[i]);
                if (fit[i] - massGeV > 0.26) {
                    shifted++;
                }
            }
        }
        int n = fitted.size();
        assertTrue(n >= 1500, "too few matched candidates: " + n);
        double coreFit = core(fitted.stream().mapToDouble(Double::doubleValue).toArray());
        double coreBefore = core(measured.stream().mapToDouble(Double::doubleValue).toArray());
        // relative standard error of an IQR from n normal values: 1.165 / sqrt(n), 2.5-3 % here
        double relError = 1.165 / Math.sqrt(n);
        String detail = String.format("m = %.2f GeV, %d matched: fitted core %.2f MeV, pre-fit %.2f MeV (+-%.1f %% each),"
                + " %d shifted by > +260 MeV", massGeV, n, 1000 * coreFit, 1000 * coreBefore, 100 * relError, shifted);
        System.out.println(detail);
        assertTrue(coreFit < coreBefore, detail);
        if (massGeV >= 1) {
            // the measured widths grow with the photon energies; the fit removes most of that (ratios 0.2-0.6)
            assertTrue(coreFit < 0.7 * coreBefore, detail);
        }
        // the +260 MeV tail of the 4C fit at 5 GeV was 16 %; 1 % is ~5 standard errors below it for this n
        assertTrue(shifted < 0.01 * n, detail);
    }
}
