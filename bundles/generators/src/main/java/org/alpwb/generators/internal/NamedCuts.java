package org.alpwb.generators.internal;

import static org.alpwb.api.generator.GeneratorCuts.*;

import java.util.Map;
import org.alpwb.api.InvalidInputException;
import org.alpwb.api.event.Pdg;
import org.alpwb.physics.integration.EventCut;

/** The named generator-level cuts of {@link org.alpwb.api.generator.GeneratorCuts} as an {@link EventCut}. */
public final class NamedCuts implements EventCut {
    private final double leptonThetaMin;
    private final double leptonThetaMax;
    private final double photonThetaMin;
    private final double photonThetaMax;
    private final double leptonEMin;
    private final double photonEMin;
    private final double mLlMin;
    private final double mGgMin;
    private final double mGgMax;
    private final double cosGgMax;
    private final double cosLgMax;

    public NamedCuts(Map<String, Double> cuts, String source) {
        for (Map.Entry<String, Double> cut : cuts.entrySet()) {
            if (!ALL.contains(cut.getKey())) {
                throw new InvalidInputException(source, "cut " + cut.getKey(), cut.getValue(), String.join(", ", ALL));
            }
            if (cut.getValue() == null || !Double.isFinite(cut.getValue()) || cut.getValue() < 0) {
                throw new InvalidInputException(source, "cut " + cut.getKey(), cut.getValue(), "a finite number >= 0");
            }
            if (cut.getKey().contains("theta") && cut.getValue() > 180) {
                throw new InvalidInputException(source, "cut " + cut.getKey(), cut.getValue(), "an angle in [0, 180] degrees");
            }
        }
        double thetaMin = cuts.getOrDefault(THETA_MIN_DEG, 0.0);
        double thetaMax = cuts.getOrDefault(THETA_MAX_DEG, 180.0);
        double eMin = cuts.getOrDefault(E_MIN_GEV, 0.0);
        leptonThetaMin = Math.toRadians(Math.max(thetaMin, cuts.getOrDefault(LEPTON_THETA_MIN_DEG, 0.0)));
        leptonThetaMax = Math.toRadians(Math.min(thetaMax, cuts.getOrDefault(LEPTON_THETA_MAX_DEG, 180.0)));
        photonThetaMin = Math.toRadians(Math.max(thetaMin, cuts.getOrDefault(PHOTON_THETA_MIN_DEG, 0.0)));
        photonThetaMax = Math.toRadians(Math.min(thetaMax, cuts.getOrDefault(PHOTON_THETA_MAX_DEG, 180.0)));
        leptonEMin = Math.max(eMin, cuts.getOrDefault(LEPTON_E_MIN_GEV, 0.0));
        photonEMin = Math.max(eMin, cuts.getOrDefault(PHOTON_E_MIN_GEV, 0.0));
        mLlMin = cuts.getOrDefault(M_LL_MIN_GEV, 0.0);
        mGgMin = cuts.getOrDefault(M_GG_MIN_GEV, 0.0);
        mGgMax = cuts.getOrDefault(M_GG_MAX_GEV, Double.POSITIVE_INFINITY);
        cosGgMax = Math.cos(Math.toRadians(cuts.getOrDefault(ANGLE_GG_MIN_DEG, 0.0)));
        // inverted windows accept nothing: integrating them would report sigma = 0 after all the work
        if (!(leptonThetaMin < leptonThetaMax && photonThetaMin < photonThetaMax)) {
            throw new InvalidInputException(source, "cut theta_min_deg/theta_max_deg (lepton_/photon_ variants)",
                    Math.toDegrees(Math.min(leptonThetaMin, photonThetaMin)) + "/"
                            + Math.toDegrees(Math.max(leptonThetaMax, photonThetaMax)),
                    "a minimum below the maximum (angles in degrees, 0..180)");
        }
        if (!(mGgMin < mGgMax)) {
            throw new InvalidInputException(source, "cut " + M_GG_MIN_GEV + "/" + M_GG_MAX_GEV, mGgMin + "/" + mGgMax,
                    "a minimum below the maximum (GeV)");
        }
        cosLgMax = Math.cos(Math.toRadians(cuts.getOrDefault(ANGLE_LG_MIN_DEG, 0.0)));
    }

    private static boolean isLepton(int pdg) {
        return Pdg.charge(pdg) != 0;
    }

    @Override
    public boolean accept(double[] p, int[] pdg, boolean[] isFinal) {
        int n = pdg.length;
        for (int k = 0; k < n; k++) {
            if (!isFinal[k]) {
                continue;
            }
            boolean lepton = isLepton(pdg[k]);
            boolean photon = pdg[k] == Pdg.PHOTON;
            if (!lepton && !photon) {
                continue;
            }
            double e = p[4 * k];
            double theta = Math.atan2(Math.hypot(p[4 * k + 1], p[4 * k + 2]), p[4 * k + 3]);
            if (lepton && (e < leptonEMin || theta < leptonThetaMin || theta > leptonThetaMax)) {
                return false;
            }
            if (photon && (e < photonEMin || theta < photonThetaMin || theta > photonThetaMax)) {
                return false;
            }
            for (int j = k + 1; j < n; j++) {
                if (!isFinal[j]) {
                    continue;
                }
                boolean photonJ = pdg[j] == Pdg.PHOTON;
                boolean leptonJ = isLepton(pdg[j]);
                if (photon && photonJ) {
                    double m = Math.sqrt(Math.max(0, pairMass2(p, k, j)));
                    if (m < mGgMin || m > mGgMax || cosAngle(p, k, j) > cosGgMax) {
                        return false;
                    }
                } else if ((photon && leptonJ) || (lepton && photonJ)) {
                    if (cosAngle(p, k, j) > cosLgMax) {
                        return false;
                    }
                } else if (lepton && leptonJ && pdg[k] == -pdg[j] && mLlMin > 0) {
                    if (Math.sqrt(Math.max(0, pairMass2(p, k, j))) < mLlMin) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static double pairMass2(double[] p, int a, int b) {
        double e = p[4 * a] + p[4 * b];
        double x = p[4 * a + 1] + p[4 * b + 1];
        double y = p[4 * a + 2] + p[4 * b + 2];
        double z = p[4 * a + 3] + p[4 * b + 3];
        return e * e - x * x - y * y - z * z;
    }

    private static double cosAngle(double[] p, int a, int b) {
        double dot = p[4 * a + 1] * p[4 * b + 1] + p[4 * a + 2] * p[4 * b + 2] + p[4 * a + 3] * p[4 * b + 3];
        double na = Math.sqrt(p[4 * a + 1] * p[4 * a + 1] + p[4 * a + 2] * p[4 * a + 2] + p[4 * a + 3] * p[4 * a + 3]);
        double nb = Math.sqrt(p[4 * b + 1] * p[4 * b + 1] + p[4 * b + 2] * p[4 * b + 2] + p[4 * b + 3] * p[4 * b + 3]);
        return dot / (na * nb);
    }
}
