package org.alpwb.limits.pyhf;

import java.util.List;

/** A named measurement: the POI and parameter settings. */
public record Measurement(String name, String poi, List<ParameterSetting> parameters) {

    public Measurement {
        parameters = List.copyOf(parameters);
    }
}
