package org.alpwb.limits.model;

/** One sample of one channel, laid out at {@code offset} in the global bin vector. */
record SampleTerm(String name, int offset, double[] nominal, HistoTerm[] histos, Factor[] factors) {

    SampleTerm scaled(double f) {
        double[] n = nominal.clone();
        for (int i = 0; i < n.length; i++) {
            n[i] *= f;
        }
        HistoTerm[] h = new HistoTerm[histos.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = histos[i].scaled(f);
        }
        return new SampleTerm(name, offset, n, h, factors);
    }

    /** The additive part nominal + sum of histosys deltas in bin {@code b}. */
    double additive(double[] x, int b) {
        double a = nominal[b];
        for (HistoTerm h : histos) {
            a += h.delta(x[h.parameter()], b);
        }
        return a;
    }
}
