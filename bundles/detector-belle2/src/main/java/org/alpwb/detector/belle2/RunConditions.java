package org.alpwb.detector.belle2;

import java.util.List;
import org.alpwb.api.detector.RunCondition;

/**
 * The six signal-MC runs of thesis Table 5.1 (experiment, run, luminosity from the table). The thesis
 * gives no background rates, only that the runs span low to high background and that experiment 26
 * runs are the higher-background ones (sec. 7.4): the rates below are our [model] assumption, ordered
 * by that statement, with a factor 5 between the quietest and the noisiest run.
 */
final class RunConditions {
    /**
     * Name of the condition that mixes the six runs by their luminosity share (thesis Table 5.1), event by
     * event; its own rates are the luminosity-weighted means, for display.
     */
    static final String LUMINOSITY_MIX = "luminosity-mix";

    static final List<RunCondition> RUNS = List.of(
            new RunCondition("exp22-run30", "Exp 22 run 30, low beam background", 0.254, 4.0, 0.10),
            new RunCondition("exp22-run468", "Exp 22 run 468, low beam background", 0.266, 6.0, 0.15),
            new RunCondition("exp24-run985", "Exp 24 run 985, medium beam background", 0.609, 9.0, 0.20),
            new RunCondition("exp24-run2176", "Exp 24 run 2176, medium beam background", 0.303, 12.0, 0.30),
            new RunCondition("exp26-run898", "Exp 26 run 898, high beam background", 0.376, 16.0, 0.40),
            new RunCondition("exp26-run1485", "Exp 26 run 1485, high beam background", 0.351, 20.0, 0.50));

    /** The six runs and, last, their luminosity mix. */
    static final List<RunCondition> BELLE2 = withMix(RUNS);

    static List<RunCondition> withMix(List<RunCondition> runs) {
        double lumi = 0;
        double photons = 0;
        double tracks = 0;
        for (RunCondition run : runs) {
            lumi += run.luminosityInvFb();
            photons += run.luminosityInvFb() * run.backgroundPhotonsPerEvent();
            tracks += run.luminosityInvFb() * run.backgroundTracksPerEvent();
        }
        List<RunCondition> all = new java.util.ArrayList<>(runs);
        all.add(new RunCondition(LUMINOSITY_MIX, "the " + runs.size() + " runs mixed event by event by luminosity share",
                lumi, photons / lumi, tracks / lumi));
        return List.copyOf(all);
    }

    private RunConditions() {
    }
}
