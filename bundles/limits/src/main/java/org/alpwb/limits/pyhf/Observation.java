package org.alpwb.limits.pyhf;

/** Observed counts of one channel. */
public record Observation(String name, double[] data) {

    public Observation {
        data = data.clone();
    }

    @Override
    public double[] data() {
        return data.clone();
    }
}
