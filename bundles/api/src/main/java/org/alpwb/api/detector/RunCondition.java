package org.alpwb.api.detector;

import java.util.Objects;

/**
 * A named data-taking condition of a detector model, chiefly its beam-background level.
 *
 * @param name stable identifier used in study files, e.g. {@code exp26-run1485}
 * @param label one-line human-readable description
 * @param luminosityInvFb integrated luminosity this condition stands for (fb^-1), 0 if not a real run
 * @param backgroundPhotonsPerEvent mean number of beam-background photon clusters overlaid per event
 * @param backgroundTracksPerEvent mean number of beam-background tracks overlaid per event
 */
public record RunCondition(String name, String label, double luminosityInvFb, double backgroundPhotonsPerEvent,
        double backgroundTracksPerEvent) {
    public RunCondition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        if (!(luminosityInvFb >= 0) || !(backgroundPhotonsPerEvent >= 0) || !(backgroundTracksPerEvent >= 0)) {
            throw new IllegalArgumentException("run condition " + name + ": luminosity and background rates must be >= 0");
        }
    }
}
