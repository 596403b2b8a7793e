package org.alpwb.api.event;

import java.util.List;

/**
 * One generated event. {@code weightPb} follows the package convention (weights sum to the cross
 * section). {@code diagramClass} names the diagram class where meaningful (e.g. {@code fusion},
 * {@code conversion}), else the empty string.
 */
public record Event(long number, double weightPb, String diagramClass, List<Particle> particles) {
    public Event {
        particles = List.copyOf(particles);
        diagramClass = diagramClass == null ? "" : diagramClass;
    }

    /** Outgoing particles with the given PDG id, in event order. */
    public List<Particle> outgoing(int pdgId) {
        return particles.stream()
                .filter(p -> p.status() == ParticleStatus.OUTGOING && p.pdgId() == pdgId)
                .toList();
    }
}
