package org.alpwb.classifier.nn.internal;

import java.util.Arrays;
import java.util.Comparator;

/** Weighted ROC area: probability that a random signal row scores above a random background row (ties 1/2). */
final class Roc {
    private Roc() {
    }

    static double auc(float[] score, float[] label, float[] weight, boolean[] use) {
        int n = 0;
        for (int r = 0; r < score.length; r++) {
            n += use == null || use[r] ? 1 : 0;
        }
        Integer[] order = new Integer[n];
        int k = 0;
        for (int r = 0; r < score.length; r++) {
            if (use == null || use[r]) {
                order[k++] = r;
            }
        }
        Arrays.sort(order, Comparator.comparingDouble(r -> score[r]));
        double background = 0;
        double area = 0;
        double signal = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            double tieSignal = 0;
            double tieBackground = 0;
            while (j < n && score[order[j]] == score[order[i]]) {
                int r = order[j];
                if (label[r] > 0.5f) {
                    tieSignal += weight[r];
                } else {
                    tieBackground += weight[r];
                }
                j++;
            }
            area += tieSignal * (background + 0.5 * tieBackground);
            background += tieBackground;
            signal += tieSignal;
            i = j;
        }
        return area / (signal * background);
    }
}
