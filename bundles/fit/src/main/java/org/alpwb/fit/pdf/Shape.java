package org.alpwb.fit.pdf;

import java.util.List;

/** A family of non-negative shapes with parameters; bind values to evaluate. */
public interface Shape {
    List<String> parameterNames();

    /** The shape with these parameter values (in {@link #parameterNames()} order). */
    BoundShape bind(double[] parameters);

    default int parameterCount() {
        return parameterNames().size();
    }
}
