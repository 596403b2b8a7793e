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

    /**
     * The workspace for {@code factor} times the integrated luminosity: every sample's yields, its histosys
     * variations, its absolute staterror / shapesys uncertainties and the observations multiplied by
     * {@code factor}, so relative uncertainties stay the same (as {@code HistFactoryModel.withScaledYields}).
     */
    public Workspace withScaledYields(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("luminosity factor must be positive and finite, got " + factor);
        }
        List<Channel> scaled = channels.stream().map(c -> new Channel(c.name(), c.samples().stream()
                .map(s -> new Sample(s.name(), times(s.data(), factor), s.modifiers().stream()
                        .map(m -> new Modifier(m.name(), m.type(), times(m.values(), factor), m.hi(), m.lo(),
                                times(m.hiData(), factor), times(m.loData(), factor))).toList())).toList())).toList();
        List<Observation> data = observations.stream().map(o -> new Observation(o.name(), times(o.data(), factor)))
                .toList();
        return new Workspace(scaled, data, measurements, version);
    }

    private static double[] times(double[] values, double factor) {
        if (values == null) {
            return null;
        }
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}
