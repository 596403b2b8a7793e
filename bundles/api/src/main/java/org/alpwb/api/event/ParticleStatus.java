package org.alpwb.api.event;

/** Role of a particle in an event; the codes are those of the Les Houches Event format. */
public enum ParticleStatus {
    INCOMING(-1), OUTGOING(1), INTERMEDIATE(2);

    private final int lheCode;

    ParticleStatus(int lheCode) {
        this.lheCode = lheCode;
    }

    public int lheCode() {
        return lheCode;
    }

    public static ParticleStatus ofLheCode(int code) {
        for (ParticleStatus status : values()) {
            if (status.lheCode == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown LHE status " + code + "; allowed: -1, 1, 2");
    }
}
