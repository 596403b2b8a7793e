package org.alpwb.strategy.binned4d.internal;

/** The generated masses that bracket a hypothesis and its linear weight between them. */
record MassBracket(int lower, int upper, double upperWeight) {

    /** Index i with masses[i] <= m < masses[i+1] (the last index for m = the last mass). */
    static int lowerIndex(double[] masses, double m) {
        int i = 0;
        while (i + 1 < masses.length && masses[i + 1] <= m + 1e-12) {
            i++;
        }
        return i;
    }

    static MassBracket of(double[] masses, double m) {
        int i = lowerIndex(masses, m);
        if (Math.abs(masses[i] - m) < 1e-9 || i + 1 >= masses.length) {
            return new MassBracket(i, i, 0);
        }
        return new MassBracket(i, i + 1, (m - masses[i]) / (masses[i + 1] - masses[i]));
    }
}
