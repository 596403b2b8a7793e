package org.alpwb.limits.pyhf;

import java.util.List;

/** A channel (region): samples sharing one binning. */
public record Channel(String name, List<Sample> samples) {

    public Channel {
        samples = List.copyOf(samples);
    }

    public int binCount() {
        return samples.isEmpty() ? 0 : samples.get(0).data().length;
    }
}
