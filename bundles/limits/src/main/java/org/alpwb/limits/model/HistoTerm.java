package org.alpwb.limits.model;

/** An additive histosys term: {@code up = hi - nominal}, {@code down = nominal - lo} per bin. */
record HistoTerm(int parameter, double[] up, double[] down) {

    HistoTerm scaled(double f) {
        double[] u = up.clone();
        double[] d = down.clone();
        for (int i = 0; i < u.length; i++) {
            u[i] *= f;
            d[i] *= f;
        }
        return new HistoTerm(parameter, u, d);
    }
}
