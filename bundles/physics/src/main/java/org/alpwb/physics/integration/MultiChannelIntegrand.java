package org.alpwb.physics.integration;

import org.alpwb.api.event.EventBlock;

/**
 * An integrand over a phase space covered by several channels (see {@code PhaseSpaceChannel}).
 * Not thread-safe: one {@link #copy()} per worker.
 */
public interface MultiChannelIntegrand {

    int channelCount();

    /** Adaptive coordinates of channel c. */
    int dimensions(int channel);

    boolean adaptive(int channel);

    /** Uniforms used by every point besides the channel's own (ISR, decays), never adapted. */
    int extraDimensions();

    /**
     * Builds the point of channel c at x (uniforms {@code extra} for the common parts) and returns the
     * integrand per unit phase space (pb GeV^-(2n-4)), or 0 outside the cuts. When non-zero, fills for
     * every channel j its coordinates {@code xs[j]} (xs[c] is x) and its dPhi/dx {@code phaseSpaceWeights[j]}
     * (0 if channel j cannot reach the point).
     */
    double evaluate(int channel, double[] x, double[] extra, double[][] xs, double[] phaseSpaceWeights);

    /** Appends the last evaluated point as an event with the given weight; u chooses the diagram class. */
    void appendLastEvent(EventBlock.Builder builder, double weightPb, double u);

    MultiChannelIntegrand copy();

    /**
     * Per channel the index of its symmetry class (channels of one class are images of each other under a
     * symmetry of the integrand and get equal channel weights), or null if there is none.
     */
    default int[] symmetryClasses() {
        return null;
    }
}
