package org.alpwb.physics.amplitude;

/**
 * A tree-level squared matrix element, summed over final-state helicities and averaged over the
 * initial ones, for a fixed list of external particles. The first two particles are the incoming
 * beams (e- then e+), the others outgoing, in the order of {@link #pdgIds()}.
 *
 * <p>Momenta are passed flat, {@code (E, px, py, pz)} per particle in GeV, 4 n doubles, so that hot
 * loops allocate nothing. Implementations are not required to be thread-safe: use one instance per
 * thread ({@link #copy()}).
 *
 * <p>Conventions of the implementations in this package ({@link MatrixElements} lists the particle
 * order of every process): all leptons massive; final-state photon helicities summed, the initial
 * spins averaged (factor 1/4); <b>no symmetry factor</b> for identical final particles (the
 * integrator applies 1/n! for n identical photons); the energy components of the momenta are not
 * read, they are recomputed from the three-momenta and the nominal masses, so that tiny invariants
 * (t of very forward leptons) stay accurate. The coupling e^2 = 4 pi alpha uses alpha(0).
 */
public interface MatrixElement {

    /** PDG ids of the external particles, incoming first. */
    int[] pdgIds();

    /** On-shell masses in GeV, same order. */
    double[] massesGeV();

    /** Spin-summed and -averaged |M|^2 (dimension GeV^(8-2n) for n external particles). */
    double squared(double[] momenta);

    /**
     * The same squared amplitude split into diagram classes where the process has them (e.g.
     * {@code fusion}, {@code conversion}); by default a single class "" equal to {@link #squared}.
     * Interference is not a class: the parts need not add up to {@link #squared}.
     */
    default String[] diagramClasses() {
        return new String[] {""};
    }

    /** |M|^2 of one diagram class alone (index into {@link #diagramClasses()}). */
    default double squaredOfClass(int diagramClass, double[] momenta) {
        return squared(momenta);
    }

    /** An independent instance for another thread. */
    MatrixElement copy();
}
