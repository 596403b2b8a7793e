package org.alpwb.detector.belle2;

/**
 * Tunable parameters of the fast simulation. Defaults ({@link #nominal()}) and their sources are
 * listed in the bundle README; [model] values are assumptions.
 *
 * @param trackThetaMinDeg lower edge of the tracking acceptance (CDC 17 deg; the forward tagger lowers it)
 * @param trackThetaMaxDeg upper edge of the tracking acceptance (CDC 150 deg)
 * @param eclThetaMinDeg lower edge of the ECL acceptance (12.4 deg; the forward tagger may lower it)
 * @param trackPtMinGeV transverse-momentum threshold of track finding [model]
 * @param trackingEfficiency probability to find a track inside the acceptance above threshold [model]
 * @param electronIdEfficiency P(electron-ID score > 0.9) for a true electron (thesis working point)
 * @param electronIdFakeRate P(electron-ID score > 0.9) for a muon or pion (thesis working point)
 * @param beamSpotSigmaXCm Gaussian beam-spot size [model]
 * @param beamSpotSigmaYCm Gaussian beam-spot size [model]
 * @param beamSpotSigmaZCm Gaussian beam-spot size [model]
 * @param backgroundTimeWindowNs beam-background cluster times are uniform in +-this [model]
 */
record DetectorParameters(double trackThetaMinDeg, double trackThetaMaxDeg, double eclThetaMinDeg,
        double trackPtMinGeV, double trackingEfficiency, double electronIdEfficiency, double electronIdFakeRate,
        double beamSpotSigmaXCm, double beamSpotSigmaYCm, double beamSpotSigmaZCm, double backgroundTimeWindowNs) {

    DetectorParameters {
        check(trackThetaMinDeg > 0 && trackThetaMinDeg < trackThetaMaxDeg && trackThetaMaxDeg < 180,
                "trackThetaMinDeg/trackThetaMaxDeg", trackThetaMinDeg + "/" + trackThetaMaxDeg,
                "0 < min < max < 180");
        check(eclThetaMinDeg > 0 && eclThetaMinDeg < Belle2Geometry.ECL_FORWARD_GAP_MIN_DEG, "eclThetaMinDeg",
                eclThetaMinDeg, "in (0, 31.4)");
        check(trackPtMinGeV >= 0, "trackPtMinGeV", trackPtMinGeV, ">= 0");
        check(trackingEfficiency > 0 && trackingEfficiency <= 1, "trackingEfficiency", trackingEfficiency, "(0, 1]");
        check(electronIdEfficiency > 0.5 && electronIdEfficiency < 1, "electronIdEfficiency", electronIdEfficiency,
                "(0.5, 1)");
        check(electronIdFakeRate > 0 && electronIdFakeRate < 0.5, "electronIdFakeRate", electronIdFakeRate,
                "(0, 0.5)");
        check(beamSpotSigmaXCm >= 0 && beamSpotSigmaYCm >= 0 && beamSpotSigmaZCm >= 0, "beamSpotSigma*Cm",
                beamSpotSigmaXCm + "/" + beamSpotSigmaYCm + "/" + beamSpotSigmaZCm, ">= 0");
        check(backgroundTimeWindowNs > 0, "backgroundTimeWindowNs", backgroundTimeWindowNs, "> 0");
    }

    private static void check(boolean ok, String field, Object value, String allowed) {
        if (!ok) {
            throw new org.alpwb.api.InvalidInputException("detector configuration", field, value, allowed);
        }
    }

    static DetectorParameters nominal() {
        return new DetectorParameters(17.0, 150.0, Belle2Geometry.ECL_THETA_MIN_DEG, 0.05, 0.98, 0.90, 0.0253,
                10e-4, 0.2e-4, 350e-4, 200.0);
    }

    /** Lepton tracking (and the ECL, so that tagged leptons get clusters) extended down to {@code thetaMinDeg}. */
    DetectorParameters withForwardTagger(double thetaMinDeg) {
        return new DetectorParameters(thetaMinDeg, trackThetaMaxDeg, Math.min(eclThetaMinDeg, thetaMinDeg),
                trackPtMinGeV, trackingEfficiency, electronIdEfficiency, electronIdFakeRate, beamSpotSigmaXCm,
                beamSpotSigmaYCm, beamSpotSigmaZCm, backgroundTimeWindowNs);
    }

    DetectorParameters withBeamSpot(double sx, double sy, double sz) {
        return new DetectorParameters(trackThetaMinDeg, trackThetaMaxDeg, eclThetaMinDeg, trackPtMinGeV,
                trackingEfficiency, electronIdEfficiency, electronIdFakeRate, sx, sy, sz, backgroundTimeWindowNs);
    }

    DetectorParameters withTrackingEfficiency(double efficiency) {
        return new DetectorParameters(trackThetaMinDeg, trackThetaMaxDeg, eclThetaMinDeg, trackPtMinGeV, efficiency,
                electronIdEfficiency, electronIdFakeRate, beamSpotSigmaXCm, beamSpotSigmaYCm, beamSpotSigmaZCm,
                backgroundTimeWindowNs);
    }
}
