package org.alpwb.channel.ggg;

/**
 * The photon pair per mass hypothesis. With exact energy conservation, the pair recoiling against photon k has
 * M^2 = s - 2 sqrt(s) E*_k, so the three pairings of an event sit at three distinct masses. A signal's recoil photon
 * has E* = (s - m^2) / (2 sqrt(s)): for light ALPs it is nearly always the most energetic photon (a decay photon
 * exceeds it with probability 2 m^2 / (s - m^2), 1.8 % at 1 GeV), for m^2 near s/3 it is ambiguous, and above
 * ~8 GeV it is always the least energetic. The choice "the pairing whose mass is closest to the hypothesis" keeps
 * exactly one row per event for every hypothesis (so efficiencies and background counts are per event), equals the
 * "most energetic photon recoils" rule at low mass and resolves the ambiguity at high mass without a hand-set
 * boundary.
 */
final class PairChoice {
    private PairChoice() {
    }

    /** The recoil rank (1..3) of the pairing whose mass is closest to {@code hypothesisGeV}; ties to the lower rank. */
    static int closestRank(double m1, double m2, double m3, double hypothesisGeV) {
        double d1 = Math.abs(m1 - hypothesisGeV);
        double d2 = Math.abs(m2 - hypothesisGeV);
        double d3 = Math.abs(m3 - hypothesisGeV);
        if (d1 <= d2 && d1 <= d3) {
            return 1;
        }
        return d2 <= d3 ? 2 : 3;
    }

    /** Rows (of a ggg table) that are the chosen pairing of their event at {@code hypothesisGeV}. */
    static boolean[] chosen(double[] m1, double[] m2, double[] m3, double[] rank, double hypothesisGeV) {
        boolean[] keep = new boolean[rank.length];
        for (int r = 0; r < rank.length; r++) {
            keep[r] = closestRank(m1[r], m2[r], m3[r], hypothesisGeV) == (int) rank[r];
        }
        return keep;
    }
}
