package org.alpwb.limits.pyhf;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The HistFactory modifier types of the pyhf JSON schema (names as spelled in the JSON). */
public enum ModifierType {
    NORMFACTOR, SHAPEFACTOR, SHAPESYS, STATERROR, NORMSYS, HISTOSYS, LUMI;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ModifierType fromJson(String name) {
        for (ModifierType t : values()) {
            if (t.jsonName().equals(name)) {
                return t;
            }
        }
        return null;
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ModifierType::jsonName).collect(Collectors.joining(", "));
    }
}
