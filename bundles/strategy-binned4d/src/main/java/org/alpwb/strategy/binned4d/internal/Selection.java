package org.alpwb.strategy.binned4d.internal;

import org.alpwb.api.InvalidInputException;
import org.alpwb.api.table.ColumnTable;

/**
 * The slides' selection (Acanfora et al., talk "Reach for new physics with a highly differential
 * analysis"): E* > 0.25 GeV and theta* in [22, 158] deg for all four final-state particles, the 0.048
 * angular separations (the eegg channel's {@code minAngularSeparationRad}: max(|dtheta|, |dphi|) of
 * every gamma-gamma and gamma-e pair), and per mass hypothesis the window m_gg - m_peak in
 * [-3, +1.5] sigma_m. Every value is a parameter of the binned strategies ({@link BinnedStrategy}).
 */
record Selection(double energyCmMinGeV, double thetaCmMinDeg, double thetaCmMaxDeg, double separationMinRad,
        double windowLowSigma, double windowHighSigma) {

    static final String E_STAR_MIN = "minEnergyCmGeV";
    static final String THETA_STAR_MIN = "minThetaCmRad";
    static final String THETA_STAR_MAX = "maxThetaCmRad";
    static final String MIN_SEPARATION = "minAngularSeparationRad";
    static final String MASS = "mGammaGammaGeV";
    static final String WEIGHT = "weightPb";
    static Selection slides() {
        return new Selection(0.25, 22, 158, 0.048, -3, 1.5);
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
