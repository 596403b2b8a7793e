package org.alpwb.limits.model;

/**
 * The interpolation code per modifier type. {@link #PYHF} (normsys code1, histosys code0) is what pyhf
 * uses when it reads a workspace, and hence what every pyhf workspace read or written here means; a
 * workspace file does not record the codes.
 */
public record Interpolations(InterpolationCode normsys, InterpolationCode histosys) {
    public static final Interpolations PYHF = new Interpolations(InterpolationCode.CODE1, InterpolationCode.CODE0);

    public Interpolations {
        java.util.Objects.requireNonNull(normsys, "normsys");
        java.util.Objects.requireNonNull(histosys, "histosys");
    }
}
