package org.alpwb.classifier.nn.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Classifier diagnostics on the test part (thesis 7.3): ROC curve with AUC, efficiencies at the working
 * points, score distributions of train and test per class, the overtraining check (Kolmogorov-Smirnov
 * p-value of train vs test scores per class) and permutation feature importance (AUC loss when one
 * feature is shuffled across the test rows).
 */
final class Diagnostics {
    static final int BINS = 50;

    private Diagnostics() {
    }

    static Map<String, Object> of(Network network, Kernels kernels, Parallel parallel, Samples train, Samples test,
            List<String> features, long seed) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (test.count(true) == 0 || test.count(false) == 0) {
            out.put("status", "the test part lacks signal or background rows");
            return out;
        }
        float[] testScore = network.predict(kernels, parallel, test.x(), test.rows());
        float[] trainScore = network.predict(kernels, parallel, train.x(), train.rows());
        double auc = Roc.auc(testScore, test.y(), test.w(), null);
        out.put("testAuc", auc);
        List<Map<String, Object>> roc = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            double cut = i / 100.0;
            roc.add(point(cut, testScore, test));
        }
        out.put("roc", roc);
        List<Map<String, Object>> working = new ArrayList<>();
        for (double cut : new double[] {0.5, 0.9, 0.99, 0.999}) {
            working.add(point(cut, testScore, test));
        }
        out.put("workingPoints", working);
        out.put("scoreHistograms", new java.util.TreeMap<>(Map.of("binEdges", edges(), "trainSignal", histogram(trainScore, train, true),
                "trainBackground", histogram(trainScore, train, false), "testSignal", histogram(testScore, test, true),
                "testBackground", histogram(testScore, test, false))));
        out.put("overtrainingKsPValue", new java.util.TreeMap<>(Map.of(
                "signal", ksPValue(scores(trainScore, train, true), scores(testScore, test, true)),
                "background", ksPValue(scores(trainScore, train, false), scores(testScore, test, false)))));
        out.put("permutationImportance", importance(network, kernels, parallel, test, features, seed, auc));
        return out;
    }

    /**
     * Two-sample KS p-value from the asymptotic Kolmogorov distribution. (Commons Math's exact / Monte-Carlo
     * branch for samples with ties, which saturated scores always have, takes minutes here.)
     */
    static double ksPValue(double[] a, double[] b) {
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest();
        return ks.approximateP(ks.kolmogorovSmirnovStatistic(a, b), a.length, b.length);
    }

    /** Signal and background efficiency (weighted, test part) of score > cut. */
    private static Map<String, Object> point(double cut, float[] score, Samples s) {
        double sig = 0;
        double sigAll = 0;
        double bkg = 0;
        double bkgAll = 0;
        for (int r = 0; r < s.rows(); r++) {
            boolean pass = score[r] > cut;
            if (s.y()[r] > 0.5f) {
                sigAll += s.w()[r];
                sig += pass ? s.w()[r] : 0;
            } else {
                bkgAll += s.w()[r];
                bkg += pass ? s.w()[r] : 0;
            }
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cut", cut);
        p.put("signalEfficiency", sig / sigAll);
        p.put("backgroundEfficiency", bkg / bkgAll);
        return p;
    }

    private static List<Double> edges() {
        List<Double> e = new ArrayList<>();
        for (int i = 0; i <= BINS; i++) {
            e.add((double) i / BINS);
        }
        return e;
    }

    /** Weighted score histogram of one class, normalised to unit sum. */
    private static List<Double> histogram(float[] score, Samples s, boolean signal) {
        double[] h = new double[BINS];
        double total = 0;
        for (int r = 0; r < s.rows(); r++) {
            if ((s.y()[r] > 0.5f) == signal) {
                int bin = Math.min(BINS - 1, (int) (score[r] * BINS));
                h[bin] += s.w()[r];
                total += s.w()[r];
            }
        }
        List<Double> out = new ArrayList<>();
        for (double v : h) {
            out.add(total > 0 ? v / total : 0);
        }
        return out;
    }

    private static double[] scores(float[] score, Samples s, boolean signal) {
        double[] out = new double[(int) s.count(signal)];
        int k = 0;
        for (int r = 0; r < s.rows(); r++) {
            if ((s.y()[r] > 0.5f) == signal) {
                out[k++] = score[r];
            }
        }
        return out;
    }

    /** AUC loss when feature f is permuted across the test rows (seeded), per feature. */
    private static Map<String, Object> importance(Network network, Kernels kernels, Parallel parallel, Samples test,
            List<String> features, long seed, double auc) {
        Map<String, Object> out = new LinkedHashMap<>();
        int d = test.dims();
        for (int f = 0; f < d; f++) {
            float[] x = test.x().clone();
            SplittableRandom random = new SplittableRandom(Hash.mix(seed, 0x1f9L, f));
            for (int i = test.rows() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                float t = x[i * d + f];
                x[i * d + f] = x[j * d + f];
                x[j * d + f] = t;
            }
            float[] score = network.predict(kernels, parallel, x, test.rows());
            out.put(features.get(f), auc - Roc.auc(score, test.y(), test.w(), null));
        }
        return out;
    }
}
