package org.alpwb.channel.eegg;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alpwb.api.channel.Channel.Reconstruction;
import org.alpwb.api.detector.BeamConditions;
import org.alpwb.api.detector.LorentzTransform;
import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.alpwb.api.event.ParticleStatus;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.api.table.ColumnTable;
import org.alpwb.detector.belle2.Belle2Detector;
import org.alpwb.generators.internal.AlpFusionGenerator;
import org.alpwb.generators.internal.DiphotonGenerator;
import org.alpwb.reco.fit.Helix;
import org.alpwb.reco.fit.VertexFit;

/**
 * Thesis comparison with generated events (alp-fusion at several masses, diphoton) through the belle2
 * simulation (nominal options, first run condition) and the eegg channel. Prints markdown tables.
 * Args: events per mass (default 20000). Single thread; fixed seeds.
 */
public final class DetectorChannelValidation {
    static final double[] MASSES = {0.2, 0.5, 1, 2, 4, 6, 8};
    static final double CDC_MIN = Math.toRadians(17);
    static final double CDC_MAX = Math.toRadians(150);

    private DetectorChannelValidation() {
    }

    /** Lepton acceptance at generator level: counts of events with 2, 1, 0 leptons in 17-150 deg (lab). */
    static long[] leptonAcceptance(EventBlock events, BeamConditions beams) {
        LorentzTransform cmToLab = beams.cmToLab();
        long[] counts = new long[3];
        double[] lab = new double[4];
        byte outgoing = (byte) ParticleStatus.OUTGOING.lheCode();
        for (int i = 0; i < events.eventCount(); i++) {
            int inside = 0;
            for (int k = events.offsets()[i]; k < events.offsets()[i + 1]; k++) {
                int pdg = events.pdgIds()[k];
                if (events.statusCodes()[k] != outgoing || Math.abs(pdg) != 11) {
                    continue;
                }
                cmToLab.apply(events.energies()[k], events.px()[k], events.py()[k], events.pz()[k], lab);
                double theta = Math.atan2(Math.hypot(lab[1], lab[2]), lab[3]);
                if (theta >= CDC_MIN && theta <= CDC_MAX) {
                    inside++;
                }
            }
            counts[2 - Math.min(inside, 2)]++;
        }
        return counts;
    }

    static EventBlock generate(EventGeneratorKind kind, ProcessRequest request, int n, SeedSequence seeds) {
        List<EventBlock> blocks = new ArrayList<>();
        (kind == EventGeneratorKind.FUSION ? new AlpFusionGenerator() : new DiphotonGenerator()).generate(
                request.withPrecision(0.01), n, true, seeds, null, ProgressMonitor.NONE, blocks::add);
        EventBlock.Builder all = EventBlock.builder(0);
        for (EventBlock b : blocks) {
            b.events().forEach(all::add);
        }
        return all.build();
    }

    enum EventGeneratorKind { FUSION, DIPHOTON }

    /** Half-width of the central 68.3 % interval (robust sigma). */
    static double robustSigma(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length < 10) {
            return Double.NaN;
        }
        return (v[(int) (0.8415 * (v.length - 1))] - v[(int) (0.1585 * (v.length - 1))]) / 2;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        Belle2Detector detector = new Belle2Detector();
        BeamConditions beams = detector.beams();
        String condition = detector.runConditions().get(0).name();
        SimulationOptions options = SimulationOptions.nominal(condition);
        EeggChannel channel = new EeggChannel();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        System.out.printf("events per mass %d, condition %s, nominal options%n%n", n, condition);
        System.out.println("| m_a (GeV) | both leptons in 17-150 deg | exactly one | none | reco eff. (Table 6.1) "
                + "| sigma(M_gg) before fit, truth-matched (MeV) | after 4C fit (MeV) | conversion-diagram share of reco | "
                + "reco with D(e+,e-) < 1 cm | sim+reco events per CPU s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int mi = 0; mi < MASSES.length; mi++) {
            double m = MASSES[mi];
            SeedSequence seeds = new SeedSequence(1000 + mi, "detector-channel-validation");
            EventBlock events = generate(EventGeneratorKind.FUSION, ProcessRequest.of("alp-fusion").withMass(m), n,
                    seeds.child("gen"));
            long[] acc = leptonAcceptance(events, beams);
            long cpu = bean.getCurrentThreadCpuTime();
            RecoBlock reco = detector.simulate(events, options, seeds.child("sim").seed(0));
            Reconstruction r = channel.reconstruct(reco, events, beams);
            double cpuSeconds = (bean.getCurrentThreadCpuTime() - cpu) * 1e-9;
            ColumnTable t = r.candidates();
            int rows = t.rowCount();
            double[] bf = t.column(Columns.M_GG_BF).clone();
            double[] fit = t.column(Columns.M_GG_FIT).clone();
            double[] conv = t.column(Columns.FIT_CONVERGED);
            double[] diagram = t.column(Columns.TRUTH_DIAGRAM);
            double[] d = t.column(Columns.VERTEX_D);
            double[] truth = t.column(Columns.TRUTH_SIGNAL);
            List<Double> fitOk = new ArrayList<>();
            int conversions = 0;
            int prompt = 0;
            for (int k = 0; k < rows; k++) {
                bf[k] = truth[k] == 1 ? bf[k] - m : Double.NaN; // resolution on truth-matched candidates
                if (conv[k] == 1 && truth[k] == 1) {
                    fitOk.add(fit[k] - m);
                }
                conversions += diagram[k] == Columns.DIAGRAM_CONVERSION ? 1 : 0;
                prompt += d[k] < 1 ? 1 : 0;
            }
            double sBf = robustSigma(bf) * 1e3;
            double sFit = robustSigma(fitOk.stream().mapToDouble(Double::doubleValue).toArray()) * 1e3;
            System.out.printf("| %.1f | %s | %s | %s | %s | %.1f | %.1f | %s | %s | %.0f |%n", m, frac(acc[0], n),
                    frac(acc[1], n), frac(acc[2], n), frac(rows, n), sBf, sFit, frac(conversions, rows),
                    frac(prompt, rows), n / cpuSeconds);
        }
        // converted diphoton events: e+ e- conversion pairs passing the Table 6.1 track cuts, vertex fitted
        SeedSequence seeds = new SeedSequence(2000, "detector-channel-validation");
        EventBlock events = generate(EventGeneratorKind.DIPHOTON, ProcessRequest.of("diphoton"), n, seeds.child("gen"));
        RecoBlock reco = detector.simulate(events, options, seeds.child("sim").seed(0));
        VertexFit fit = new VertexFit();
        int pairs = 0;
        int below = 0;
        int converged = 0;
        byte conversion = TruthOrigin.CONVERSION.code();
        for (int i = 0; i < reco.eventCount(); i++) {
            int kp = -1;
            int ke = -1;
            for (int k = reco.trackOffsets()[i]; k < reco.trackOffsets()[i + 1]; k++) {
                if (reco.trackOrigin()[k] != conversion || !(Math.abs(reco.dr(k)) < EeggReconstructor.DR_MAX_CM
                        && Math.abs(reco.dz(k)) < EeggReconstructor.DZ_MAX_CM)) {
                    continue;
                }
                if (reco.charge()[k] > 0 && kp < 0) {
                    kp = k;
                } else if (reco.charge()[k] < 0 && ke < 0) {
                    ke = k;
                }
            }
            if (kp < 0 || ke < 0 || reco.trackTruthIndex()[kp] != reco.trackTruthIndex()[ke]) {
                continue;
            }
            double[] h = reco.helix();
            VertexFit.Result v = fit.fit(Arrays.copyOfRange(h, 5 * kp, 5 * kp + 5),
                    Helix.unpackCovariance(reco.helixCovariance(), 15 * kp), Arrays.copyOfRange(h, 5 * ke, 5 * ke + 5),
                    Helix.unpackCovariance(reco.helixCovariance(), 15 * ke), new double[3]);
            pairs++;
            converged += v.converged() ? 1 : 0;
            below += v.displacementCm() < 1 ? 1 : 0;
        }
        System.out.printf("%ndiphoton: %d events, %d with both legs of one converted photon passing dr < 1 cm, "
                + "|dz| < 3 cm; vertex fit converged %s; D(e+,e-) >= 1 cm (removed) %s%n", n, pairs,
                frac(converged, pairs), frac(pairs - below, pairs));
    }

    static String frac(long k, long n) {
        if (n == 0) {
            return "-";
        }
        double p = (double) k / n;
        return String.format("%.2f +- %.2f %%", 100 * p, 100 * Math.sqrt(p * (1 - p) / n));
    }
}
