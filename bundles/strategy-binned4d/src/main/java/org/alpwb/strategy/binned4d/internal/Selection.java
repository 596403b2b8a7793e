package org.alpwb.strategy.binned4d.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.study.TaskConfig;
import org.alpwb.api.table.ColumnTable;

/**
 * The slides' selection (Acanfora et al., talk "Reach for new physics with a highly differential
 * analysis"): E* > 0.25 GeV and theta* in [22, 158] deg for all four final-state particles, the 0.048
 * angular separations (the eegg channel's {@code minAngularSeparationRad}: max(|dtheta|, |dphi|) of
 * every gamma-gamma and gamma-e pair), and per mass hypothesis the window m_gg - m_peak in
 * [-3, +1.5] sigma_m. Every value can be overridden by name (config field {@code cuts}).
 */
record Selection(double energyCmMinGeV, double thetaCmMinDeg, double thetaCmMaxDeg, double separationMinRad,
        double windowLowSigma, double windowHighSigma) {

    static final String E_STAR_MIN = "minEnergyCmGeV";
    static final String THETA_STAR_MIN = "minThetaCmRad";
    static final String THETA_STAR_MAX = "maxThetaCmRad";
    static final String MIN_SEPARATION = "minAngularSeparationRad";
    static final String MASS = "mGammaGammaGeV";
    static final String WEIGHT = "weightPb";
    static final String[] NAMES = {"energyCmMinGeV", "thetaCmMinDeg", "thetaCmMaxDeg", "separationMinRad",
        "massWindowLowSigma", "massWindowHighSigma"};

    static Selection slides() {
        return new Selection(0.25, 22, 158, 0.048, -3, 1.5);
    }

    /** Reads overrides from {@code cuts}; inverted or out-of-range values name the field. */
    static Selection fromConfig(TaskConfig cuts) {
        cuts.allowOnly(NAMES);
        Selection d = slides();
        double lo = cuts.number("massWindowLowSigma", d.windowLowSigma, -50, 50);
        double hi = cuts.number("massWindowHighSigma", d.windowHighSigma, -50, 50);
        if (!(lo < hi)) {
            throw cuts.invalid("massWindowLowSigma", lo + " (massWindowHighSigma " + hi + ")",
                    "massWindowLowSigma < massWindowHighSigma (window edges in units of sigma_m)");
        }
        double tMin = cuts.number("thetaCmMinDeg", d.thetaCmMinDeg, 0, 180);
        double tMax = cuts.number("thetaCmMaxDeg", d.thetaCmMaxDeg, 0, 180);
        if (!(tMin < tMax)) {
            throw cuts.invalid("thetaCmMinDeg", tMin + " (thetaCmMaxDeg " + tMax + ")", "thetaCmMinDeg < thetaCmMaxDeg");
        }
        return new Selection(cuts.number("energyCmMinGeV", d.energyCmMinGeV, 0, 20), tMin, tMax,
                cuts.number("separationMinRad", d.separationMinRad, 0, Math.PI), lo, hi);
    }

    Map<String, Object> toRecord() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("energyCmMinGeV", energyCmMinGeV);
        m.put("thetaCmMinDeg", thetaCmMinDeg);
        m.put("thetaCmMaxDeg", thetaCmMaxDeg);
        m.put("separationMinRad", separationMinRad);
        m.put("massWindowLowSigma", windowLowSigma);
        m.put("massWindowHighSigma", windowHighSigma);
        return m;
    }

    /** The mass-independent cuts (everything but the window); rows with a non-finite mass fail. */
    boolean[] massIndependent(ColumnTable table, String source) {
        double[] e = column(table, E_STAR_MIN, source);
        double[] tMin = column(table, THETA_STAR_MIN, source);
        double[] tMax = column(table, THETA_STAR_MAX, source);
        double[] sep = column(table, MIN_SEPARATION, source);
        double[] m = column(table, MASS, source);
        double lo = Math.toRadians(thetaCmMinDeg);
        double hi = Math.toRadians(thetaCmMaxDeg);
        boolean[] pass = new boolean[table.rowCount()];
        for (int r = 0; r < pass.length; r++) {
            pass[r] = e[r] > energyCmMinGeV && tMin[r] >= lo && tMax[r] <= hi && sep[r] > separationMinRad
                    && Double.isFinite(m[r]);
        }
        return pass;
    }

    /** Window [low, high] in m_gg for a peak at {@code peakGeV} with width {@code sigmaGeV}. */
    double[] window(double peakGeV, double sigmaGeV) {
        return new double[] {peakGeV + windowLowSigma * sigmaGeV, peakGeV + windowHighSigma * sigmaGeV};
    }

    static double[] column(ColumnTable table, String name, String source) {
        if (!table.hasColumn(name)) {
            throw new InvalidInputException(source, "columns", name, "a candidate table of the eegg channel with column '"
                    + name + "'; columns: " + table.columnNames());
        }
        return table.column(name);
    }
}
