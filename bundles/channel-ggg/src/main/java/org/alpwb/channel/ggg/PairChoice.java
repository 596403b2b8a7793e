package org.alpwb.channel.ggg;

/**
 * The photon pair per mass hypothesis. With exact energy conservation the pair recoiling against photon k has
 * M^2 = s - 2 sqrt(s) E*_k, so the three pairings of an event sit at three masses, ordered like the recoil photon's
 * CM energy rank (rank 1 = most energetic photon recoils = lightest pair). For a spin-0 ALP of mass m the decay
 * photons' CM energies are uniform on [(E_a - p)/2, (E_a + p)/2] with p = E*_recoil = (s - m^2)/(2 sqrt(s)), which
 * gives the probability of each recoil rank exactly:
 * <ul>
 * <li>m^2 &lt; s/3: P(1) = (s - 3m^2)/(s - m^2), P(2) = 2m^2/(s - m^2), P(3) = 0;</li>
 * <li>s/3 &lt; m^2 &lt; s/2: P(1) = 0, P(2) = 2(s - 2m^2)/(s - m^2), P(3) = (3m^2 - s)/(s - m^2);</li>
 * <li>m^2 &gt; s/2 (m &gt; 7.48 GeV): P(3) = 1, the recoil photon is always the softest.</li>
 * </ul>
 * The pairing used at hypothesis m is the most probable rank: 1 below m^2 = s/5 (4.73 GeV at 10.58 GeV), 2 up to
 * m^2 = 3s/7 (6.93 GeV), 3 above: the recoil-photon ambiguity at high mass. The choice depends on the hypothesis
 * only, never on the event: a rule such as "the pairing closest to the hypothesis" would pull background events
 * towards every hypothesis and sculpt a peak (we tried it: the window fits then found far more background under
 * the peak than the smooth fit predicts). One row per event is kept at every hypothesis; the signal lost at the
 * switching masses (P = 1/2 there) is in the efficiency.
 */
final class PairChoice {
    private PairChoice() {
    }

    /** Probability that the ALP's recoil photon has CM energy rank {@code rank} (1..3), for m^2 / s = {@code x}. */
    static double rankProbability(int rank, double x) {
        double p1 = Math.max(0, (1 - 3 * x) / (1 - x));
        double p3 = Math.min(1, Math.max(0, (3 * x - 1) / (1 - x)));
        return switch (rank) {
            case 1 -> p1;
            case 2 -> 1 - p1 - p3;
            case 3 -> p3;
            default -> throw new IllegalArgumentException("rank " + rank);
        };
    }

    /** The recoil rank (1..3) used at {@code hypothesisGeV} for sqrt(s) = {@code sqrtSGeV}. */
    static int rank(double hypothesisGeV, double sqrtSGeV) {
        double x = hypothesisGeV * hypothesisGeV / (sqrtSGeV * sqrtSGeV);
        return x < 0.2 ? 1 : x < 3.0 / 7 ? 2 : 3;
    }

    /**
     * Rows of a ggg table whose pairing is the one used at {@code hypothesisGeV}; sqrt(s) per row is the three CM
     * energies over their fraction of sqrt(s) (the table's columns, so cached tables stay valid).
     */
    static boolean[] chosen(org.alpwb.api.table.ColumnTable table, double hypothesisGeV, String source) {
        double[] rank = Belle2020Cuts.column(table, GggColumns.RECOIL_RANK, source);
        double[] e1 = Belle2020Cuts.column(table, GggColumns.E_CM_1, source);
        double[] e2 = Belle2020Cuts.column(table, GggColumns.E_CM_2, source);
        double[] e3 = Belle2020Cuts.column(table, GggColumns.E_CM_3, source);
        double[] fraction = Belle2020Cuts.column(table, GggColumns.TOTAL_E_FRACTION, source);
        boolean[] keep = new boolean[rank.length];
        for (int i = 0; i < rank.length; i++) {
            keep[i] = (int) rank[i] == rank(hypothesisGeV, (e1[i] + e2[i] + e3[i]) / fraction[i]);
        }
        return keep;
    }
}
