package org.alpwb.api.detector;

/**
 * One calorimeter cluster, materialised from a {@link RecoBlock} for the edges (reports, tests).
 * Lab frame, GeV, cm, ns, rad; see {@link RecoBlock} for the meaning of each field.
 */
public record RecoCluster(int index, double energyGeV, double theta, double phi, double xCm, double yCm, double zCm,
        double timeNs, double timeErrorNs, double distanceToTrackCm, double beamBackgroundScore, int matchedTrack,
        int truthIndex, int truthPdg, TruthOrigin origin) {

    /** The photon four-momentum this cluster stands for (massless, pointing from the origin). */
    public org.alpwb.api.event.FourMomentum photonMomentum() {
        double s = Math.sin(theta);
        return new org.alpwb.api.event.FourMomentum(energyGeV, energyGeV * s * Math.cos(phi),
                energyGeV * s * Math.sin(phi), energyGeV * Math.cos(theta));
    }
}
