package org.alpwb.classifier.nn.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.alpwb.api.classifier.DataSplit;
import org.alpwb.api.table.ColumnTable;

/**
 * Per-mass evaluation of a trained network on the test part of its training table (rows never trained on and
 * disjoint from the study's evaluation samples), after the preselection the strategies apply before the score:
 * <ul>
 * <li>the Punzi figure of merit eps / (a/2 + sqrt(B)) versus the working point (thesis eq. 7.5, fig. 7.5), with
 * eps the signal efficiency of the score cut at that mass and B the expected background in the +-window around
 * the mass at the given luminosity; its maximum, the background MC rows left there, and the maximum found on each
 * half of the test rows separately (how far a working point near 1 is a statistical fluctuation: the thesis'
 * caution, measured);</li>
 * <li>what the network learns: the selected signal's m_ee distribution and fusion share before and after the
 * score cut at the fixed working point.</li>
 * </ul>
 * The background expectation of the test part is scaled by (all background weight) / (test background weight).
 */
final class MassEvaluation {
    /** Extra columns of the training table (not features): what the evaluation needs per row. */
    static final String MASS = "nnEvalMassGeV";
    static final String M_GAMMA_GAMMA = "nnEvalMGammaGammaGeV";
    static final String M_EE = "nnEvalMEeGeV";
    static final String DIAGRAM = "nnEvalTruthDiagram";
    static final String PRESELECTED = "nnEvalPreselected";
    static final String RAW_WEIGHT = "nnEvalWeightPb";
    static final List<String> COLUMNS = List.of(MASS, M_GAMMA_GAMMA, M_EE, DIAGRAM, PRESELECTED, RAW_WEIGHT);

    static final double M_EE_MAX_GEV = 11.0;
    static final int M_EE_BINS = 55;
    private static final double PB_PER_FB = 1000;

    /** Scores of the given table rows at a mass hypothesis (the mass input of a mass-parametrised network). */
    interface Scorer {
        float[] scores(List<Integer> rows, double massGeV);
    }

    /** Settings of the evaluation. */
    record Settings(double luminosityInvFb, double windowGeV, double sigmas, double workingPoint, long seed) {
    }

    private MassEvaluation() {
    }

    /** The working points scanned: 0, 0.01 .. 0.99, then finer towards 1 (0.991 .. 0.999, 0.9991 .. 0.9999). */
    static double[] cuts() {
        double[] cuts = new double[100 + 9 + 9];
        int k = 0;
        for (int i = 0; i < 100; i++) {
            cuts[k++] = i / 100.0;
        }
        for (int i = 1; i <= 9; i++) {
            cuts[k++] = 0.99 + i / 1000.0;
        }
        for (int i = 1; i <= 9; i++) {
            cuts[k++] = 0.999 + i / 10000.0;
        }
        return cuts;
    }

    /** The evaluation block of training.json. */
    static Map<String, Object> of(TrainedMlp network, ColumnTable table, int[] part, String labelColumn,
            boolean massParametrised, Settings settings) {
        return of((rows, m) -> score(network, table, rows, massParametrised, m), table, part, labelColumn, settings);
    }

    /** The evaluation block with the scores of {@code scorer}. */
    static Map<String, Object> of(Scorer scorer, ColumnTable table, int[] part, String labelColumn,
            Settings settings) {
        int rows = table.rowCount();
        double[] label = table.column(labelColumn);
        double[] mass = table.column(MASS);
        double[] mgg = table.column(M_GAMMA_GAMMA);
        double[] mee = table.column(M_EE);
        double[] diagram = table.column(DIAGRAM);
        double[] pre = table.column(PRESELECTED);
        double[] w = table.column(RAW_WEIGHT);
        double backgroundAll = 0;
        double backgroundTest = 0;
        TreeSet<Double> masses = new TreeSet<>();
        for (int r = 0; r < rows; r++) {
            if (label[r] == 0) {
                backgroundAll += w[r];
                backgroundTest += part[r] == DataSplit.TEST ? w[r] : 0;
            } else if (part[r] == DataSplit.TEST) {
                masses.add(mass[r]);
            }
        }
        double scale = backgroundTest > 0 ? backgroundAll / backgroundTest : Double.NaN;
        double[] cuts = cuts();
        List<Map<String, Object>> punzi = new ArrayList<>();
        List<Map<String, Object>> meeOut = new ArrayList<>();
        for (double m : masses) {
            List<Integer> signal = new ArrayList<>();
            List<Integer> background = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                if (part[r] != DataSplit.TEST || pre[r] != 1) {
                    continue;
                }
                if (label[r] == 1 && mass[r] == m) {
                    signal.add(r);
                } else if (label[r] == 0 && Math.abs(mgg[r] - m) < settings.windowGeV()) {
                    background.add(r);
                }
            }
            float[] sScore = scorer.scores(signal, m);
            float[] bScore = scorer.scores(background, m);
            punzi.add(punzi(m, cuts, signal, sScore, background, bScore, w, scale, settings));
            meeOut.add(mee(m, signal, sScore, mee, diagram, w, settings.workingPoint()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", "test part, after the preselection; background within +-windowGeV of each mass");
        out.put("luminosityInvFb", settings.luminosityInvFb());
        out.put("windowGeV", settings.windowGeV());
        out.put("punziSigmas", settings.sigmas());
        out.put("backgroundScale", scale);
        out.put("cuts", toList(cuts));
        out.put("punzi", punzi);
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i <= M_EE_BINS; i++) {
            edges.add(M_EE_MAX_GEV * i / M_EE_BINS);
        }
        Map<String, Object> meeBlock = new LinkedHashMap<>();
        meeBlock.put("workingPoint", settings.workingPoint());
        meeBlock.put("binEdgesGeV", edges);
        meeBlock.put("perMass", meeOut);
        out.put("mEe", meeBlock);
        return out;
    }

    private static float[] score(TrainedMlp network, ColumnTable table, List<Integer> rows, boolean massParametrised,
            double massGeV) {
        List<String> features = network.features();
        double[][] columns = new double[features.size()][rows.size()];
        for (int f = 0; f < columns.length; f++) {
            String name = features.get(f);
            if (massParametrised && name.equals(TrainNnTask.MASS_FEATURE)) {
                java.util.Arrays.fill(columns[f], massGeV); // background scored at the hypothesis
                continue;
            }
            double[] column = table.column(name);
            for (int k = 0; k < rows.size(); k++) {
                columns[f][k] = column[rows.get(k)];
            }
        }
        return rows.isEmpty() ? new float[0] : network.scores(columns);
    }

    private static Map<String, Object> punzi(double massGeV, double[] cuts, List<Integer> signal, float[] sScore,
            List<Integer> background, float[] bScore, double[] w, double scale, Settings settings) {
        double lumiPb = settings.luminosityInvFb() * PB_PER_FB;
        // halves of the test rows by a seeded hash of the row: the maximum found on each alone
        boolean[] sHalf = new boolean[signal.size()];
        for (int k = 0; k < sHalf.length; k++) {
            sHalf[k] = Hash.uniform(settings.seed(), 0x4a1fL, signal.get(k)) < 0.5;
        }
        boolean[] bHalf = new boolean[background.size()];
        for (int k = 0; k < bHalf.length; k++) {
            bHalf[k] = Hash.uniform(settings.seed(), 0x4a1fL, background.get(k)) < 0.5;
        }
        double[][] full = curve(cuts, signal, sScore, null, false, background, bScore, null, false, w, scale * lumiPb,
                settings.sigmas());
        double[][] first = curve(cuts, signal, sScore, sHalf, true, background, bScore, bHalf, true, w,
                2 * scale * lumiPb, settings.sigmas());
        double[][] second = curve(cuts, signal, sScore, sHalf, false, background, bScore, bHalf, false, w,
                2 * scale * lumiPb, settings.sigmas());
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("massGeV", massGeV);
        p.put("signalRows", signal.size());
        p.put("backgroundRows", background.size());
        if (signal.isEmpty() || !(scale > 0)) {
            p.put("status", signal.isEmpty() ? "no preselected signal rows at this mass in the test part"
                    : "no background weight in the test part: no figure of merit");
            return p;
        }
        int best = argmax(full[2]);
        p.put("efficiency", toList(full[0]));
        p.put("background", toList(full[1]));
        p.put("fom", toList(full[2]));
        p.put("backgroundRowsLeft", toList(full[3]));
        p.put("bestCut", cuts[best]);
        p.put("bestFom", full[2][best]);
        p.put("efficiencyAtBest", full[0][best]);
        p.put("backgroundAtBest", full[1][best]);
        p.put("backgroundRowsAtBest", (long) full[3][best]);
        int a = argmax(first[2]);
        int b = argmax(second[2]);
        List<Double> halves = new ArrayList<>();
        halves.add(a < 0 ? null : cuts[a]); // null: that half has no signal row
        halves.add(b < 0 ? null : cuts[b]);
        p.put("bestCutHalves", halves);
        return p;
    }

    /** Per cut: efficiency, expected background, FOM, background MC rows left (rows of one half if a mask). */
    private static double[][] curve(double[] cuts, List<Integer> signal, float[] sScore, boolean[] sMask,
            boolean sWant, List<Integer> background, float[] bScore, boolean[] bMask, boolean bWant, double[] w,
            double backgroundFactor, double sigmas) {
        double[][] out = new double[4][cuts.length];
        double sAll = 0;
        for (int k = 0; k < sScore.length; k++) {
            if (sMask == null || sMask[k] == sWant) {
                sAll += w[signal.get(k)];
            }
        }
        for (int c = 0; c < cuts.length; c++) {
            double s = 0;
            for (int k = 0; k < sScore.length; k++) {
                if ((sMask == null || sMask[k] == sWant) && sScore[k] > cuts[c]) {
                    s += w[signal.get(k)];
                }
            }
            double bkg = 0;
            long left = 0;
            for (int k = 0; k < bScore.length; k++) {
                if ((bMask == null || bMask[k] == bWant) && bScore[k] > cuts[c]) {
                    bkg += w[background.get(k)];
                    left++;
                }
            }
            double eps = sAll > 0 ? s / sAll : Double.NaN;
            double expected = bkg * backgroundFactor;
            out[0][c] = eps;
            out[1][c] = expected;
            out[2][c] = eps / (sigmas / 2 + Math.sqrt(expected));
            out[3][c] = left;
        }
        return out;
    }

    /** Index of the largest finite value; the first of equal ones (the loosest cut); -1 if none. */
    static int argmax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i]) && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    private static Map<String, Object> mee(double massGeV, List<Integer> signal, float[] score, double[] mee,
            double[] diagram, double[] w, double workingPoint) {
        double[] before = new double[M_EE_BINS];
        double[] after = new double[M_EE_BINS];
        double[] fusion = new double[2];
        double[] known = new double[2];
        double total = 0;
        double kept = 0;
        for (int k = 0; k < signal.size(); k++) {
            int r = signal.get(k);
            boolean pass = score[k] > workingPoint;
            int bin = (int) Math.floor(mee[r] / M_EE_MAX_GEV * M_EE_BINS);
            bin = Math.max(0, Math.min(M_EE_BINS - 1, bin));
            before[bin] += w[r];
            total += w[r];
            if (pass) {
                after[bin] += w[r];
                kept += w[r];
            }
            boolean isKnown = diagram[r] == 1 || diagram[r] == 2;
            for (int stage = 0; stage < 2; stage++) {
                if (isKnown && (stage == 0 || pass)) {
                    known[stage] += w[r];
                    fusion[stage] += diagram[r] == 1 ? w[r] : 0;
                }
            }
        }
        for (int i = 0; i < M_EE_BINS; i++) {
            before[i] = total > 0 ? before[i] / total : 0; // both normalised to the signal before the cut
            after[i] = total > 0 ? after[i] / total : 0;
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("massGeV", massGeV);
        p.put("signalRows", signal.size());
        p.put("efficiency", total > 0 ? kept / total : null);
        p.put("fusionShareBefore", known[0] > 0 ? fusion[0] / known[0] : null);
        p.put("fusionShareAfter", known[1] > 0 ? fusion[1] / known[1] : null);
        p.put("before", toList(before));
        p.put("after", toList(after));
        return p;
    }

    private static List<Double> toList(double[] values) {
        return MlpClassifier.toList(values);
    }
}
