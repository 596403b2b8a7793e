package org.alpwb.channel.eegg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.ParticleStatus;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.EventGenerator;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.table.ColumnTable;
import org.alpwb.detector.belle2.Belle2Detector;
import org.alpwb.generators.internal.NamedCuts;

/**
 * Issue 10 item 1: generator-level cuts targeted at the eegg preselection (thesis Table 6.1). A process is
 * generated (weighted) with loose cuts, simulated with the nominal Belle II model (overlay of the first run
 * condition) and preselected; the preselected weight whose generated event fails the targeted cuts is the loss.
 * The test holds the lepton cuts to the item's bound: their loss plus two standard errors (sqrt of the lost sum
 * of w^2 over the preselected weight) below 0.5 %, with at least 600 effective preselected events (so that even
 * no lost event bounds the loss below 3/600 = 0.5 % at 95 % CL). The photon cuts do not meet it, and cannot: the
 * preselected events whose generated photon fails them are events whose photon is unresolved (outside the
 * acceptance or soft) and whose two preselected photons come from the overlay or bremsstrahlung; that weight grows
 * as the loose generation cuts are loosened (a collinear/soft logarithm: it belongs to the lower-multiplicity
 * process plus overlay, e.g. Bhabha for bhabha-gamma). The table of {@link #main} documents both numbers
 * (docs/validation/samples.md).
 */
class TargetedCutsTest {
    /** A measured loss: preselected weight, lost weight and its error, effective preselected events. */
    record Loss(String process, double preselectedPb, double lostPb, double lostErrorPb, double effectiveEvents,
            double generatedLoosePb, double generatedTargetedPb, long events, double lostLeptonPb,
            double lostLeptonErrorPb) {
        /** Of the loss, the part where a lepton fails its cuts (the photons may or may not). */
        double leptonFraction() {
            return lostLeptonPb / preselectedPb;
        }

        double leptonFractionError() {
            return lostLeptonErrorPb / preselectedPb;
        }

        double fraction() {
            return lostPb / preselectedPb;
        }

        double fractionError() {
            return lostErrorPb / preselectedPb;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.4g | %.4g | %.0f | %.3f +- %.3f %% | %.3f +- %.3f %% | %.3f |",
                    process, events, generatedLoosePb, preselectedPb, effectiveEvents, 100 * fraction(),
                    100 * fractionError(), 100 * leptonFraction(), 100 * leptonFractionError(),
                    generatedTargetedPb / generatedLoosePb);
        }
    }

    static Loss measure(EventGenerator generator, String process, Map<String, Double> loose, Map<String, Double> targeted,
            int events, long seed, ExecutorService pool) {
        return measure(generator, process, loose, targeted, events, seed, pool, 1.0);
    }

    /** @param backgroundScale beam-background overlay scale (1 nominal, 0 none: to see what the overlay adds) */
    static Loss measure(EventGenerator generator, String process, Map<String, Double> loose, Map<String, Double> targeted,
            int events, long seed, ExecutorService pool, double backgroundScale) {
        ProcessRequest request = ProcessRequest.of(process).withCuts(loose).withPrecision(0.02);
        List<EventBlock> blocks = new ArrayList<>();
        generator.generate(request, events, false, new SeedSequence(seed, "targeted/" + process), pool,
                ProgressMonitor.NONE, blocks::add);
        EventBlock.Builder all = EventBlock.builder(0);
        blocks.forEach(b -> b.events().forEach(all::add));
        EventBlock sample = all.build();
        Belle2Detector detector = new Belle2Detector();
        RecoBlock reco = detector.simulate(sample, new SimulationOptions(detector.runConditions().get(0).name(),
                backgroundScale, true, true, true),
                new long[] {seed, 11});
        ColumnTable t = new EeggReconstructor(detector.beams()).run(reco, sample).candidates();
        NamedCuts cut = new NamedCuts(targeted, "targeted cuts");
        Map<String, Double> leptonOnly = new LinkedHashMap<>(targeted);
        leptonOnly.keySet().removeIf(k -> !k.startsWith("lepton_"));
        NamedCuts leptonCut = new NamedCuts(leptonOnly, "targeted lepton cuts");
        double lostLepton = 0;
        double lostLepton2 = 0;
        double[] eventNumber = t.column(Columns.EVENT);
        double[] weight = t.column(Columns.WEIGHT);
        double pre = 0;
        double pre2 = 0;
        double lost = 0;
        double lost2 = 0;
        double generatedTargeted = 0;
        for (int i = 0; i < sample.eventCount(); i++) {
            if (accepts(cut, sample, i)) {
                generatedTargeted += sample.weightsPb()[i];
            }
        }
        for (int r = 0; r < t.rowCount(); r++) {
            double w = weight[r];
            pre += w;
            pre2 += w * w;
            if (!accepts(cut, sample, (int) eventNumber[r])) {
                lost += w;
                lost2 += w * w;
                if (!accepts(leptonCut, sample, (int) eventNumber[r])) {
                    lostLepton += w;
                    lostLepton2 += w * w;
                }
            }
        }
        // weighted events: the weights (pb) sum to the cross section within the loose cuts
        return new Loss(process, pre, lost, Math.sqrt(lost2), pre * pre / pre2, sample.sumOfWeightsPb(),
                generatedTargeted, events, lostLepton, Math.sqrt(lostLepton2));
    }

    /** The generated event i (CM frame, as the generator's cuts see it) passes the cuts. */
    static boolean accepts(NamedCuts cut, EventBlock sample, int i) {
        int from = sample.offsets()[i];
        int to = sample.offsets()[i + 1];
        int n = to - from;
        double[] p = new double[4 * n];
        int[] pdg = new int[n];
        boolean[] isFinal = new boolean[n];
        for (int k = 0; k < n; k++) {
            int j = from + k;
            p[4 * k] = sample.energies()[j];
            p[4 * k + 1] = sample.px()[j];
            p[4 * k + 2] = sample.py()[j];
            p[4 * k + 3] = sample.pz()[j];
            pdg[k] = sample.pdgIds()[j];
            isFinal[k] = sample.statusCodes()[j] == ParticleStatus.OUTGOING.lheCode();
        }
        return cut.accept(p, pdg, isFinal);
    }

    static Map<String, Double> cuts(Object... nameValue) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        }
        return m;
    }

    static ExecutorService pool() {
        return Executors.newFixedThreadPool(2);
    }

    @org.junit.jupiter.api.Test
    void targetedLeptonCutsLoseLessThanHalfAPercentOfThePreselectedBhabhaGammaWeight() {
        ExecutorService pool = pool();
        try {
            Loss loss = measure(new org.alpwb.generators.internal.BhabhaGammaGenerator(), "bhabha-gamma", LOOSE,
                    TARGETED, 40_000, 3, pool);
            String detail = loss.row();
            System.out.println(detail);
            assertTrue(loss.effectiveEvents() >= 600, "too few effective preselected events: " + detail);
            assertTrue(loss.leptonFraction() + 2 * loss.leptonFractionError() < 0.005, detail);
            // the whole targeted set keeps a quarter of the loosely generated cross section: the gain in MC
            // statistics per generated event that the cuts are for
            assertTrue(loss.generatedTargetedPb() < 0.4 * loss.generatedLoosePb(), detail);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Prints the loss table of every background process (docs); args: events per process. */
    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ExecutorService pool = pool();
        System.out.println("| process | events | sigma loose (pb) | preselected (pb) | effective events | lost | "
                + "lost by the lepton cuts | sigma targeted / loose |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String process : args.length > 1 ? args[1].split(",") : new String[] {"bhabha-gamma", "bhabha-2gamma",
            "triphoton", "diphoton"}) {
            EventGenerator g = (EventGenerator) Class.forName("org.alpwb.generators.internal."
                    + GENERATOR_CLASSES.get(process)).getConstructor().newInstance();
            for (String set : args.length > 2 ? args[2].split(",") : new String[] {"study", "targeted"}) {
                Map<String, Double> loose = args.length > 3 && args[3].equals("looser") ? LOOSER : LOOSE;
                double scale = args.length > 4 ? Double.parseDouble(args[4]) : 1;
                System.out.println(measure(g, process, loose, set.equals("study") ? STUDY : TARGETED, events, 1, pool,
                        scale).row() + " " + set + " vs " + loose + ", overlay x " + scale);
            }
        }
        pool.shutdownNow();
    }

    static final Map<String, String> GENERATOR_CLASSES = Map.of("bhabha-gamma", "BhabhaGammaGenerator",
            "bhabha-2gamma", "Bhabha2GammaGenerator", "triphoton", "TriphotonGenerator", "diphoton",
            "DiphotonGenerator", "eta-fusion", "EtaFusionGenerator", "pi0-fusion", "Pi0FusionGenerator");
    static final Map<String, Double> LOOSE = cuts("theta_min_deg", 10, "theta_max_deg", 170, "e_min_gev", 0.03);
    static final Map<String, Double> LOOSER = cuts("theta_min_deg", 7, "theta_max_deg", 173, "e_min_gev", 0.02);
    /**
     * CM-frame cuts with margins around the lab acceptance of the preselection: CDC 17-150 deg lab is 22.4-157.2 deg
     * in the CM along the boost (beta = 0.276), the crossing angle tilts it by up to ~2.4 deg; a 0.1 GeV lab photon at
     * 17 deg has E* = 0.077 GeV, resolution and pile-up energy lower that further.
     */
    static final Map<String, Double> TARGETED = cuts("photon_theta_min_deg", 19, "photon_theta_max_deg", 161,
            "photon_e_min_gev", 0.05, "lepton_theta_min_deg", 19, "lepton_theta_max_deg", 161, "lepton_e_min_gev", 0.1);
    static final Map<String, Double> STUDY = cuts("theta_min_deg", 18, "theta_max_deg", 162, "e_min_gev", 0.08);
}
