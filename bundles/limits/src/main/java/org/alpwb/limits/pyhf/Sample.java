package org.alpwb.limits.pyhf;

import java.util.List;

/** A sample of a channel: nominal expected counts per bin and its modifiers. */
public record Sample(String name, double[] data, List<Modifier> modifiers) {

    public Sample {
        data = data.clone();
        modifiers = List.copyOf(modifiers);
    }

    @Override
    public double[] data() {
        return data.clone();
    }
}
