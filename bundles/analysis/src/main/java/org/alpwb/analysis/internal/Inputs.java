package org.alpwb.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.Artifact;

/** Inputs expanded from a glob ({@code signal-*}): name = prefix + suffix, e.g. {@code signal-0.5}. */
final class Inputs {
    private Inputs() {
    }

    record Named(String suffix, Artifact artifact) {
        /** The suffix as a mass in GeV, or NaN if it is not a number. */
        double suffixNumber() {
            try {
                return Double.parseDouble(suffix);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }

    /** All inputs whose name starts with {@code prefix}, in the order of the input map. */
    static List<Named> withPrefix(Map<String, Artifact> inputs, String prefix) {
        List<Named> out = new ArrayList<>();
        for (Map.Entry<String, Artifact> e : inputs.entrySet()) {
            if (e.getKey().startsWith(prefix) && e.getKey().length() > prefix.length()) {
                out.add(new Named(e.getKey().substring(prefix.length()), e.getValue()));
            }
        }
        return out;
    }

    static void requireType(String task, String name, Artifact artifact, String type) {
        if (!artifact.type().equals(type)) {
            throw new InvalidInputException("task " + task, "inputs." + name, artifact.type(), type);
        }
    }
}
