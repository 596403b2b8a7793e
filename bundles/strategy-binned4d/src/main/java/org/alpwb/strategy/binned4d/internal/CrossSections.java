package org.alpwb.strategy.binned4d.internal;

/**
 * The signal cross section at the reference coupling versus mass, log-linear between the points of the
 * cross-section task (sigma is smooth and falls over orders of magnitude; no extrapolation).
 */
record CrossSections(double[] massGeV, double[] sigmaPb, double couplingPerGeV) {

    double lowGeV() {
        return massGeV[0];
    }

    double highGeV() {
        return massGeV[massGeV.length - 1];
    }

    double sigmaPb(double m) {
        if (m < lowGeV() - 1e-12 || m > highGeV() + 1e-12) {
            throw new IllegalArgumentException("mass " + m + " GeV outside the cross-section points [" + lowGeV() + ", "
                    + highGeV() + "]");
        }
        MassBracket b = MassBracket.of(massGeV, m);
        if (b.lower() == b.upper()) {
            return sigmaPb[b.lower()];
        }
        double f = b.upperWeight();
        return Math.exp((1 - f) * Math.log(sigmaPb[b.lower()]) + f * Math.log(sigmaPb[b.upper()]));
    }
}
