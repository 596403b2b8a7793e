package org.alpwb.strategy.binned4d.internal;

/**
 * Position and width of the reconstructed m_gg peak at the generated masses, linearly interpolated in
 * between. Per generated mass, over the selected signal rows: peak = weighted median of m_gg, width =
 * 1.4826 x the weighted median absolute deviation (MAD) from it (equal to sigma for a Gaussian core and
 * insensitive to the radiative low-mass tail, like the DSCB core width the slides' window refers to).
 * Two passes: first over rows within max(0.05 GeV, 0.3 m) of the generated mass m, then within 10 MAD of
 * the first median. The window of a hypothesis m is m_peak(m) + [low, high] sigma(m). No extrapolation:
 * outside the generated masses there is no width.
 */
final class SignalPeaks {
    static final double MAD_TO_SIGMA = 1.482602218505602; // 1 / Phi^-1(3/4)
    private final double[] massesGeV;
    private final double[] peakGeV;
    private final double[] sigmaGeV;

    SignalPeaks(double[] massesGeV, double[] peakGeV, double[] sigmaGeV) {
        this.massesGeV = massesGeV.clone();
        this.peakGeV = peakGeV.clone();
        this.sigmaGeV = sigmaGeV.clone();
    }

    /** Peak and width {peak, sigma} of one generated sample's selected rows; NaN if fewer than 10 rows. */
    static double[] measure(double massGeV, double[] mgg, double[] w, boolean[] selected) {
        double half = Math.max(0.05, 0.3 * massGeV);
        double[] first = medianAndMad(mgg, w, selected, massGeV - half, massGeV + half);
        if (!(first[1] > 0)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] second = medianAndMad(mgg, w, selected, first[0] - 10 * first[1], first[0] + 10 * first[1]);
        return new double[] {second[0], MAD_TO_SIGMA * second[1]};
    }

    private static double[] medianAndMad(double[] mgg, double[] w, boolean[] selected, double lo, double hi) {
        int n = 0;
        for (int r = 0; r < mgg.length; r++) {
            if (selected[r] && mgg[r] >= lo && mgg[r] <= hi) {
                n++;
            }
        }
        if (n < 10) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] x = new double[n];
        double[] wx = new double[n];
        int k = 0;
        for (int r = 0; r < mgg.length; r++) {
            if (selected[r] && mgg[r] >= lo && mgg[r] <= hi) {
                x[k] = mgg[r];
                wx[k++] = w[r];
            }
        }
        double median = WeightedQuantiles.quantile(x, wx, 0.5);
        double[] dev = new double[n];
        for (int i = 0; i < n; i++) {
            dev[i] = Math.abs(x[i] - median);
        }
        return new double[] {median, WeightedQuantiles.quantile(dev, wx, 0.5)};
    }

    double lowGeV() {
        return massesGeV[0];
    }

    double highGeV() {
        return massesGeV[massesGeV.length - 1];
    }

    boolean covers(double massGeV) {
        return massGeV >= lowGeV() - 1e-12 && massGeV <= highGeV() + 1e-12;
    }

    double peakGeV(double massGeV) {
        return massGeV + interpolate(massGeV, peakGeV, true);
    }

    double sigmaGeV(double massGeV) {
        return interpolate(massGeV, sigmaGeV, false);
    }

    double[] massesGeV() {
        return massesGeV.clone();
    }

    double[] peaksGeV() {
        return peakGeV.clone();
    }

    double[] sigmasGeV() {
        return sigmaGeV.clone();
    }

    /** Linear in mass; for the peak the offset from the generated mass is interpolated. */
    private double interpolate(double m, double[] values, boolean offset) {
        if (!covers(m)) {
            throw new IllegalArgumentException("mass " + m + " GeV outside the generated masses [" + lowGeV() + ", "
                    + highGeV() + "]");
        }
        int i = MassBracket.lowerIndex(massesGeV, m);
        int j = Math.min(i + 1, massesGeV.length - 1);
        double a = offset ? values[i] - massesGeV[i] : values[i];
        double b = offset ? values[j] - massesGeV[j] : values[j];
        if (i == j) {
            return a;
        }
        double f = (m - massesGeV[i]) / (massesGeV[j] - massesGeV[i]);
        return (1 - f) * a + f * b;
    }
}
