package org.alpwb.api.event;

import java.util.Objects;

/**
 * A generated particle. {@code mother1}/{@code mother2} are zero-based indices into the event's
 * particle list, or -1.
 */
public record Particle(int pdgId, ParticleStatus status, FourMomentum momentum, int mother1, int mother2) {
    public Particle {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(momentum, "momentum");
    }

    public static Particle incoming(int pdgId, FourMomentum momentum) {
        return new Particle(pdgId, ParticleStatus.INCOMING, momentum, -1, -1);
    }

    public static Particle outgoing(int pdgId, FourMomentum momentum) {
        return new Particle(pdgId, ParticleStatus.OUTGOING, momentum, -1, -1);
    }
}
