package org.alpwb.physics.phasespace;

/**
 * One parametrisation of the n-body phase space of a 2 -> n process in its centre-of-mass frame
 * (beam 0 along +z, beam 1 along -z). Momenta are flat, {@code (E, px, py, pz)} per particle, the
 * two beams first, as for {@code MatrixElement}.
 *
 * <p>Weights are in the convention dPhi_n = prod d^3p/((2 pi)^3 2E) (2 pi)^4 delta^4, so the
 * massless two-body volume is 1/(8 pi). For multi-channel integration every channel must also
 * map a point made by another channel back to its own unit-cube coordinates ({@link #inverse}).
 * Instances are not thread-safe (scratch arrays): use {@link #copy()} per thread.
 */
public interface PhaseSpaceChannel {

    /** Name for reports, e.g. "t-channel(2,3)". */
    String name();

    /** Number of uniform numbers in [0, 1) consumed by {@link #generate}. */
    int dimensions();

    /** Whether an adaptive (VEGAS) grid over the unit-cube coordinates makes sense for this channel. */
    default boolean adaptive() {
        return true;
    }

    /** Number of particles (beams included). */
    int particleCount();

    /**
     * Fills {@code momenta} (4 * particleCount) for centre-of-mass energy {@code sqrtS} from the point
     * {@code x} and returns dPhi/dx (GeV^(2n-4)), or 0 if {@code x} maps outside the physical region.
     */
    double generate(double sqrtS, double[] x, double[] momenta);

    /**
     * For momenta made by any channel: writes this channel's coordinates into {@code x} (if the
     * channel is adaptive) and returns its dPhi/dx at that point, or 0 if this channel cannot reach it.
     */
    double inverse(double sqrtS, double[] momenta, double[] x);

    PhaseSpaceChannel copy();

    /**
     * Channels of one integrand with the same non-null class are images of each other under a symmetry of
     * the integrand (e.g. the exchange of two identical photons): the integrator gives them equal channel
     * weights, which removes adaptation noise between them.
     */
    default String symmetryClass() {
        return null;
    }
}
