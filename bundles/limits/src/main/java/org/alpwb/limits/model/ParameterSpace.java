package org.alpwb.limits.model;

import java.util.List;

/** Names, initial values, bounds and fixed flags of a model's parameters, and the POI index. */
record ParameterSpace(List<String> names, double[] init, double[] lower, double[] upper, boolean[] fixed, int poi) {

    ParameterSpace {
        names = List.copyOf(names);
    }

    int size() {
        return init.length;
    }
}
