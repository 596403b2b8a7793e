package org.alpwb.channel.eegg;

import java.util.ArrayList;
import java.util.List;
import org.alpwb.channel.eegg.CutSelection.Cut;

/** The named selections of the eegg channel. */
final class Selections {
    static final String THESIS_PRECLASSIFIER = "thesis-preclassifier";
    static final String THESIS_TABLE_7_4 = "thesis-table-7.4";
    static final String SLIDES = "slides";
    /** Column a classifier adds to the table (thesis Y_BCE). */
    static final String CLASSIFIER_SCORE = "classifierScore";
    static final String MASS = "massGeV";
    static final String SIGMA_MASS = "sigmaMassGeV";

    private Selections() {
    }

    /** Thesis sec. 6: D(e+,e-) < 1 cm (keeps 95 % signal, removes 85 % gamma gamma); e-ID "or" at 0.9. */
    static List<Cut> thesisPreclassifier() {
        return List.of(
                new Cut("D(e+,e-) < 1 cm", List.of(Columns.VERTEX_D), List.of(), (c, r, p) -> c[0][r] < 1.0),
                new Cut("electron ID(e+) > 0.9 or electron ID(e-) > 0.9", List.of(Columns.EID_EP, Columns.EID_EM),
                        List.of(), (c, r, p) -> c[0][r] > 0.9 || c[1][r] > 0.9));
    }

    static CutSelection thesisTable74() {
        List<Cut> cuts = new ArrayList<>(thesisPreclassifier());
        cuts.add(new Cut("classifier Y_BCE > 0.9", List.of(CLASSIFIER_SCORE), List.of(), (c, r, p) -> c[0][r] > 0.9));
        cuts.add(new Cut("d_c2T(gamma L) > 30 cm", List.of(Columns.DIST_TRACK_GL), List.of(),
                (c, r, p) -> c[0][r] > 30));
        cuts.add(new Cut("BB-MVA(gamma L) > 0.5", List.of(Columns.BB_SCORE_GL), List.of(), (c, r, p) -> c[0][r] > 0.5));
        return new CutSelection(THESIS_TABLE_7_4,
                "thesis sec. 6 (D < 1 cm, e-ID or > 0.9) then Table 7.4; needs a classifierScore column", cuts);
    }

    static CutSelection slides() {
        double thetaMin = Math.toRadians(22);
        double thetaMax = Math.toRadians(158);
        return new CutSelection(SLIDES,
                "Acanfora et al. (slides): E* > 0.25 GeV, theta* in [22, 158] deg, separations > 0.048, "
                        + "M_gg - m_a in [-3, +1.5] sigma",
                List.of(new Cut("E* > 0.25 GeV (all four)", List.of(Columns.E_STAR_MIN), List.of(),
                        (c, r, p) -> c[0][r] > 0.25),
                        new Cut("theta* in [22, 158] deg (all four)",
                                List.of(Columns.THETA_STAR_MIN, Columns.THETA_STAR_MAX), List.of(),
                                (c, r, p) -> c[0][r] >= thetaMin && c[1][r] <= thetaMax),
                        new Cut("gamma-gamma, gamma-e separation > 0.048", List.of(Columns.MIN_SEPARATION), List.of(),
                                (c, r, p) -> c[0][r] > 0.048),
                        new Cut("M_gg - m_a in [-3, +1.5] sigma_m", List.of(Columns.M_GG_FIT), List.of(MASS, SIGMA_MASS),
                                (c, r, p) -> {
                                    double d = c[0][r] - p.get(MASS);
                                    double s = p.get(SIGMA_MASS);
                                    return d >= -3 * s && d <= 1.5 * s;
                                })));
    }

    static CutSelection thesisPreclassifierSelection() {
        return new CutSelection(THESIS_PRECLASSIFIER, "thesis sec. 6: D(e+,e-) < 1 cm and electron ID 'or' > 0.9",
                thesisPreclassifier());
    }
}
