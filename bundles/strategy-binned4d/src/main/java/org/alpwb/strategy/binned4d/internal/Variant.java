package org.alpwb.strategy.binned4d.internal;

import java.util.List;

/**
 * The binned-likelihood strategies of this bundle: the slides' 4D likelihood in the Mandelstam
 * invariants and, on identical samples and selection, its 2D and 1D reductions, so that the gain of each
 * dimension is measured. 1D = the mass window alone, binned in m_gg (a binned-mass model; with one bin it is
 * the counting experiment); 2D = the two momentum transfers t+, t- (the peripheral photon-fusion
 * signature); 4D = t+, t-, s+, s- (slides).
 */
record Variant(String id, List<String> variables, int binsPerAxis, String label) {
    static final Variant BINNED_4D = new Variant("binned-4d", List.of("tPlusGeV2", "tMinusGeV2", "sPlusGeV2", "sMinusGeV2"),
            3, "4D binned likelihood in (t+, t-, s+, s-) (Acanfora et al.)");
    static final Variant BINNED_2D = new Variant("binned-2d", List.of("tPlusGeV2", "tMinusGeV2"), 5,
            "2D binned likelihood in (t+, t-)");
    static final Variant BINNED_1D = new Variant("binned-1d", List.of("mGammaGammaGeV"), 5,
            "1D binned likelihood in m_gg inside the window");
    static final List<Variant> ALL = List.of(BINNED_4D, BINNED_2D, BINNED_1D);

    static Variant byId(String id) {
        return ALL.stream().filter(v -> v.id.equals(id)).findFirst().orElse(null);
    }

    static String[] ids() {
        return ALL.stream().map(Variant::id).toArray(String[]::new);
    }
}
