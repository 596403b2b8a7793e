package org.alpwb.channel.ggg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.table.ColumnTable;

/**
 * The analysis cuts of the Belle II 2020 three-photon search (PRL 125, 161806; arXiv:2007.13071) on the three
 * selected photons: CM energy of each photon, lab polar angle of each photon, total CM energy as a fraction of
 * sqrt(s). Default values: see the bundle README (they are our reading of the publication, whose text could not be
 * consulted while this was written; each is a parameter). Immutable.
 */
record Belle2020Cuts(double photonEnergyCmMinGeV, double thetaLabMinDeg, double thetaLabMaxDeg,
        double totalEnergyMinFraction, double totalEnergyMaxFraction) {

    static final Belle2020Cuts DEFAULT = new Belle2020Cuts(0.65, 37.3, 123.7, 0.88, 1.03);

    /** Throws InvalidInputException naming the field of {@code source} if a window is empty or inverted. */
    Belle2020Cuts check(String source, String prefix) {
        if (!(thetaLabMinDeg < thetaLabMaxDeg)) {
            throw new InvalidInputException(source, prefix + "thetaLabMinDeg", thetaLabMinDeg,
                    "less than thetaLabMaxDeg = " + thetaLabMaxDeg + " (the polar-angle window is inverted)");
        }
        if (!(totalEnergyMinFraction < totalEnergyMaxFraction)) {
            throw new InvalidInputException(source, prefix + "totalEnergyMinFraction", totalEnergyMinFraction,
                    "less than totalEnergyMaxFraction = " + totalEnergyMaxFraction
                            + " (the total-energy window is inverted)");
        }
        return this;
    }

    List<String> cutNames() {
        return List.of(String.format(Locale.ROOT, "E*(each gamma) > %.3g GeV", photonEnergyCmMinGeV),
                String.format(Locale.ROOT, "theta_lab(each gamma) in [%.4g, %.4g] deg", thetaLabMinDeg, thetaLabMaxDeg),
                String.format(Locale.ROOT, "E*(3 gamma) / sqrt(s) in [%.3g, %.3g]", totalEnergyMinFraction,
                        totalEnergyMaxFraction));
    }

    /** Cumulative masks after each cut of {@link #cutNames()}. */
    List<boolean[]> apply(ColumnTable table, String source) {
        double[] eMin = column(table, GggColumns.MIN_E_CM, source);
        double[] tMin = column(table, GggColumns.MIN_THETA_LAB, source);
        double[] tMax = column(table, GggColumns.MAX_THETA_LAB, source);
        double[] total = column(table, GggColumns.TOTAL_E_FRACTION, source);
        double lo = Math.toRadians(thetaLabMinDeg);
        double hi = Math.toRadians(thetaLabMaxDeg);
        int rows = table.rowCount();
        boolean[] energy = new boolean[rows];
        boolean[] angle = new boolean[rows];
        boolean[] sum = new boolean[rows];
        for (int r = 0; r < rows; r++) {
            energy[r] = eMin[r] > photonEnergyCmMinGeV;
            angle[r] = energy[r] && tMin[r] >= lo && tMax[r] <= hi;
            sum[r] = angle[r] && total[r] >= totalEnergyMinFraction && total[r] <= totalEnergyMaxFraction;
        }
        List<boolean[]> masks = new ArrayList<>();
        masks.add(energy);
        masks.add(angle);
        masks.add(sum);
        return masks;
    }

    static double[] column(ColumnTable table, String name, String source) {
        if (!table.hasColumn(name)) {
            throw new InvalidInputException(source, "column", name,
                    "a ggg candidate table (channel ggg) with column '" + name + "'; columns: " + table.columnNames());
        }
        return table.column(name);
    }
}
