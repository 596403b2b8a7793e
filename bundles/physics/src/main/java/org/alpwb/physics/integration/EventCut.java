package org.alpwb.physics.integration;

/** A generator-level selection applied to the final event (laboratory momenta, flat). */
@FunctionalInterface
public interface EventCut {
    EventCut NONE = (momenta, pdgIds, isFinal) -> true;

    boolean accept(double[] momenta, int[] pdgIds, boolean[] isFinal);
}
