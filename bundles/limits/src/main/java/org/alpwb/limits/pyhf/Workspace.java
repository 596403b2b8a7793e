package org.alpwb.limits.pyhf;

import java.util.List;
import java.util.Optional;
import org.alpwb.api.InvalidInputException;

/** A pyhf JSON workspace (schema version 1.0.0): channels, observations, measurements. */
public record Workspace(List<Channel> channels, List<Observation> observations, List<Measurement> measurements,
        String version) {

    public Workspace {
        channels = List.copyOf(channels);
        observations = List.copyOf(observations);
        measurements = List.copyOf(measurements);
    }

    /** The named measurement, or the first one if {@code name} is null. */
    public Measurement measurement(String name, String source) {
        if (measurements.isEmpty()) {
            throw new InvalidInputException(source, "measurements", "[]", "at least one measurement");
        }
        if (name == null) {
            return measurements.get(0);
        }
        Optional<Measurement> m = measurements.stream().filter(x -> x.name().equals(name)).findFirst();
        return m.orElseThrow(() -> new InvalidInputException(source, "measurements[].name", name,
                String.join(", ", measurements.stream().map(Measurement::name).toList())));
    }

    public Optional<Observation> observation(String channel) {
        return observations.stream().filter(o -> o.name().equals(channel)).findFirst();
    }
}
