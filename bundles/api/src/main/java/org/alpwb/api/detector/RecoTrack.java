package org.alpwb.api.detector;

/**
 * One reconstructed track, materialised from a {@link RecoBlock} for the edges (reports, tests).
 * Lab frame, GeV, cm, rad; see {@link RecoBlock} for the meaning of each field.
 */
public record RecoTrack(int index, int charge, double px, double py, double pz, double drCm, double dzCm,
        double drErrorCm, double dzErrorCm, double electronId, double eOverP, int matchedCluster, boolean reachesEcl,
        double eclEntryTheta, double eclEntryPhi, int truthIndex, int truthPdg, TruthOrigin origin) {

    public double p() {
        return Math.sqrt(px * px + py * py + pz * pz);
    }

    public double pt() {
        return Math.hypot(px, py);
    }

    public double theta() {
        return Math.atan2(pt(), pz);
    }

    public double phi() {
        return Math.atan2(py, px);
    }
}
