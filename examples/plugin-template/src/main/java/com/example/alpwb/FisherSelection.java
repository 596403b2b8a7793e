package com.example.alpwb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.parameter.ParameterValues;
import org.alpwb.api.strategy.CandidateSelection;
import org.alpwb.api.table.ColumnTable;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Fisher discriminant t = w . x with w = (C_s + C_b)^-1 (mu_s - mu_b) (weighted class means and covariances,
 * each class normalised to unit weight), and per mass hypothesis m the cut t > c(m) among signal-score quantiles
 * that maximises s / sqrt(b + b0) in |m_gg - m| < max(windowRelative m, windowMinGeV): s from the signal sample
 * generated nearest to m, b from the background, b0 the smallest background weight (so an empty window does not
 * divide by zero), keeping at least minSignalEfficiency of that signal and minSignalRows candidates (the signal
 * model fits the shape of what is kept). Rows with a non-finite feature fail. Deterministic; the cut per mass is cached.
 */
final class FisherSelection implements CandidateSelection {
    static final String SCAN = "mGammaGammaGeV";

    record Sample(double massGeV, ColumnTable table) {
    }

    private final List<String> features;
    private final double[] w;
    private final List<Sample> signal;
    private final double[] backgroundScore;
    private final double[] backgroundMass;
    private final double[] backgroundWeight;
    private final ParameterValues values;
    private final Map<Double, Double> cuts = new ConcurrentHashMap<>();

    private FisherSelection(List<String> features, double[] w, List<Sample> signal, double[] backgroundScore,
            double[] backgroundMass, double[] backgroundWeight, ParameterValues values) {
        this.features = features;
        this.w = w;
        this.signal = signal;
        this.backgroundScore = backgroundScore;
        this.backgroundMass = backgroundMass;
        this.backgroundWeight = backgroundWeight;
        this.values = values;
    }

    static FisherSelection train(List<String> features, List<Sample> signal, List<ColumnTable> background,
            ParameterValues values) {
        List<Sample> sorted = new ArrayList<>(signal);
        sorted.sort((a, b) -> Double.compare(a.massGeV(), b.massGeV()));
        int n = features.size();
        double[][] sMoments = moments(features, sorted.stream().map(Sample::table).toList());
        double[][] bMoments = moments(features, background);
        double[][] c = new double[n][n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = sMoments[0][i] - bMoments[0][i];
            for (int j = 0; j < n; j++) {
                c[i][j] = sMoments[i + 1][j] + bMoments[i + 1][j];
            }
            c[i][i] += 1e-9 * Math.max(c[i][i], 1e-12); // a constant feature must not make C singular
        }
        RealMatrix cov = new Array2DRowRealMatrix(c);
        double[] w = new LUDecomposition(cov).getSolver().solve(new ArrayRealVector(d)).toArray();
        List<double[]> bg = new ArrayList<>();
        for (ColumnTable t : background) {
            double[] score = score(features, w, t);
            double[] m = column(t, SCAN);
            double[] wt = column(t, WEIGHT);
            for (int r = 0; r < score.length; r++) {
                if (Double.isFinite(score[r]) && Double.isFinite(m[r])) {
                    bg.add(new double[] {m[r], score[r], wt[r]});
                }
            }
        }
        bg.sort((a, b) -> Double.compare(a[0], b[0]));
        return new FisherSelection(List.copyOf(features), w, List.copyOf(sorted),
                bg.stream().mapToDouble(r -> r[1]).toArray(), bg.stream().mapToDouble(r -> r[0]).toArray(),
                bg.stream().mapToDouble(r -> r[2]).toArray(), values);
    }

    /** Row 0: weighted means; rows 1..n: covariance, with the class weight normalised to 1. */
    private static double[][] moments(List<String> features, List<ColumnTable> tables) {
        int n = features.size();
        double[] mean = new double[n];
        double[][] sum2 = new double[n][n];
        double total = 0;
        for (ColumnTable t : tables) {
            double[][] x = new double[n][];
            for (int i = 0; i < n; i++) {
                x[i] = column(t, features.get(i));
            }
            double[] wt = column(t, WEIGHT);
            for (int r = 0; r < t.rowCount(); r++) {
                if (!finite(x, r)) {
                    continue;
                }
                total += wt[r];
                for (int i = 0; i < n; i++) {
                    mean[i] += wt[r] * x[i][r];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            mean[i] /= total;
        }
        for (ColumnTable t : tables) {
            double[][] x = new double[n][];
            for (int i = 0; i < n; i++) {
                x[i] = column(t, features.get(i));
            }
            double[] wt = column(t, WEIGHT);
            for (int r = 0; r < t.rowCount(); r++) {
                if (!finite(x, r)) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        sum2[i][j] += wt[r] * (x[i][r] - mean[i]) * (x[j][r] - mean[j]);
                    }
                }
            }
        }
        double[][] out = new double[n + 1][];
        out[0] = mean;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sum2[i][j] /= total;
            }
            out[i + 1] = sum2[i];
        }
        return out;
    }

    private static boolean finite(double[][] x, int r) {
        for (double[] col : x) {
            if (!Double.isFinite(col[r])) {
                return false;
            }
        }
        return true;
    }

    static double[] score(List<String> features, double[] w, ColumnTable t) {
        double[][] x = new double[features.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = column(t, features.get(i));
        }
        double[] s = new double[t.rowCount()];
        for (int r = 0; r < s.length; r++) {
            double v = 0;
            for (int i = 0; i < x.length; i++) {
                v += w[i] * x[i][r];
            }
            s[r] = v; // NaN if a feature is not finite: such a row fails every cut
        }
        return s;
    }

    static double[] column(ColumnTable t, String name) {
        if (!t.hasColumn(name)) {
            throw new InvalidInputException("strategy fisher-cut", "features", name, "columns of the candidate "
                    + "table: " + t.columnNames());
        }
        return t.column(name);
    }

    /** The cut at mass hypothesis m (computed once per mass). */
    double cut(double m) {
        return cuts.computeIfAbsent(m, this::optimise);
    }

    private double optimise(double m) {
        double half = Math.max(values.number("windowRelative") * m, values.number("windowMinGeV"));
        Sample nearest = signal.get(0);
        for (Sample s : signal) {
            if (Math.abs(s.massGeV() - m) < Math.abs(nearest.massGeV() - m)) {
                nearest = s;
            }
        }
        double[] sScore = score(features, w, nearest.table());
        double[] sMass = column(nearest.table(), SCAN);
        double[] sWeight = column(nearest.table(), WEIGHT);
        double sTotal = 0;
        List<double[]> inWindow = new ArrayList<>();
        for (int r = 0; r < sScore.length; r++) {
            if (Double.isFinite(sScore[r]) && Math.abs(sMass[r] - nearest.massGeV()) < half) {
                inWindow.add(new double[] {sScore[r], sWeight[r]});
                sTotal += sWeight[r];
            }
        }
        if (inWindow.isEmpty()) {
            return Double.NEGATIVE_INFINITY; // no signal near this mass: no cut
        }
        double[] sorted = inWindow.stream().mapToDouble(r -> r[0]).sorted().toArray();
        int lo = lowerBound(backgroundMass, m - half);
        int hi = lowerBound(backgroundMass, m + half);
        double b0 = Arrays.stream(backgroundWeight).filter(v -> v > 0).min().orElse(1e-12);
        int k = (int) values.integer("cutCandidates");
        double bestCut = Double.NEGATIVE_INFINITY;
        double bestFom = -1;
        for (int q = 0; q < k; q++) {
            double c = sorted[(int) Math.floor((double) q / k * (sorted.length - 1))];
            double s = 0;
            for (double[] r : inWindow) {
                s += r[0] > c ? r[1] : 0;
            }
            long kept = inWindow.stream().filter(r -> r[0] > c).count();
            if (s < values.number("minSignalEfficiency") * sTotal || kept < values.integer("minSignalRows")) {
                break; // tighter cuts keep even less: too little signal left for the shape fit
            }
            double b = 0;
            for (int i = lo; i < hi; i++) {
                b += backgroundScore[i] > c ? backgroundWeight[i] : 0;
            }
            double fom = s / Math.sqrt(b + b0);
            if (fom > bestFom) {
                bestFom = fom;
                bestCut = c;
            }
        }
        return bestCut;
    }

    private static int lowerBound(double[] a, double x) {
        int i = Arrays.binarySearch(a, x);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && a[i - 1] == x) {
            i--;
        }
        return i;
    }

    @Override
    public Selected apply(ColumnTable candidates, double massHypothesisGeV, String source) {
        double[] s = score(features, w, candidates);
        double[] weight = column(candidates, WEIGHT);
        double[] diagram = candidates.hasColumn(DIAGRAM) ? candidates.column(DIAGRAM) : null;
        double c = cut(massHypothesisGeV);
        boolean[] all = new boolean[s.length];
        Arrays.fill(all, true);
        boolean[] pass = new boolean[s.length];
        for (int r = 0; r < s.length; r++) {
            pass[r] = s[r] > c;
        }
        return new Selected(pass, List.of(Step.of("candidates", all, weight, diagram),
                Step.of(String.format(java.util.Locale.ROOT, "Fisher score > %.6g (optimised at %.6g GeV)", c,
                        massHypothesisGeV), pass, weight, diagram)));
    }

    @Override
    public boolean massIndependent() {
        return false;
    }

    @Override
    public Map<String, Object> record() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", "fisher-cut");
        r.put("version", 1);
        r.put("parameters", new LinkedHashMap<>(values.asMap()));
        r.put("features", features);
        List<Double> weights = new ArrayList<>();
        for (double v : w) {
            weights.add(v);
        }
        r.put("fisherWeights", weights);
        return r;
    }
}
