package org.alpwb.limits.pyhf;

import java.util.Objects;

/**
 * One modifier of a sample. Which data fields are used depends on the type: {@code values} for
 * shapesys and staterror (absolute uncertainties per bin), {@code hi}/{@code lo} for normsys (factors),
 * {@code hiData}/{@code loData} for histosys (varied histograms); normfactor, shapefactor and lumi
 * carry no data (JSON null).
 */
public record Modifier(String name, ModifierType type, double[] values, double hi, double lo, double[] hiData,
        double[] loData) {

    public Modifier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = values == null ? null : values.clone();
        hiData = hiData == null ? null : hiData.clone();
        loData = loData == null ? null : loData.clone();
    }

    public static Modifier simple(String name, ModifierType type) {
        return new Modifier(name, type, null, Double.NaN, Double.NaN, null, null);
    }

    public static Modifier perBin(String name, ModifierType type, double[] values) {
        return new Modifier(name, type, values, Double.NaN, Double.NaN, null, null);
    }

    public static Modifier normsys(String name, double hi, double lo) {
        return new Modifier(name, ModifierType.NORMSYS, null, hi, lo, null, null);
    }

    public static Modifier histosys(String name, double[] hiData, double[] loData) {
        return new Modifier(name, ModifierType.HISTOSYS, null, Double.NaN, Double.NaN, hiData, loData);
    }

    @Override
    public double[] values() {
        return values == null ? null : values.clone();
    }

    @Override
    public double[] hiData() {
        return hiData == null ? null : hiData.clone();
    }

    @Override
    public double[] loData() {
        return loData == null ? null : loData.clone();
    }
}
