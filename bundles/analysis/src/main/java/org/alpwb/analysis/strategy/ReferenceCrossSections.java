package org.alpwb.analysis.strategy;

import java.util.Arrays;

/**
 * Signal cross sections at one reference coupling (the {@code xsec-*} inputs of a limit task): masses ascending,
 * ln sigma linear in mass in between (thesis eq. 9.2 converts a cross-section limit with them).
 *
 * @param massGeV        ascending
 * @param sigmaPb        > 0
 * @param couplingPerGeV the reference coupling g_ref of every point
 */
public record ReferenceCrossSections(double[] massGeV, double[] sigmaPb, double couplingPerGeV) {

    public ReferenceCrossSections {
        massGeV = massGeV.clone();
        sigmaPb = sigmaPb.clone();
    }

    @Override
    public double[] massGeV() {
        return massGeV.clone();
    }

    @Override
    public double[] sigmaPb() {
        return sigmaPb.clone();
    }

    public double lowGeV() {
        return massGeV[0];
    }

    public double highGeV() {
        return massGeV[massGeV.length - 1];
    }

    /** sigma_ref(m) in pb, log-linear between the points; NaN outside them (no extrapolation). */
    public double at(double m) {
        if (!(m >= massGeV[0] && m <= massGeV[massGeV.length - 1])) {
            return Double.NaN;
        }
        int i = Arrays.binarySearch(massGeV, m);
        if (i >= 0) {
            return sigmaPb[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (m - massGeV[lo]) / (massGeV[hi] - massGeV[lo]);
        return Math.exp((1 - t) * Math.log(sigmaPb[lo]) + t * Math.log(sigmaPb[hi]));
    }
}
