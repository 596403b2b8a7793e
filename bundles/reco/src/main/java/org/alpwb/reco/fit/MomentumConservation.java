package org.alpwb.reco.fit;

/**
 * The four constraints sum_i p_i - P_beam = 0 (energy and three momentum components, GeV) for
 * particles of the given types, three measured parameters each. Optionally some particles (leptons) have
 * radiated an unmeasured photon along their own direction before they were measured (bremsstrahlung in the
 * material in front of the tracker): each such photon's energy b (GeV) is an unmeasured parameter and the
 * photon (b, b n), n the unit vector of its particle's fitted (theta, phi), enters the sum.
 * Not thread-safe (scratch array).
 */
public final class MomentumConservation implements ConstraintFunction {
    private final ParticleFitType[] types;
    private final double[] massesGeV;
    private final double[] beam;
    private final int[] radiating;
    private final double[] p4 = new double[4];

    /**
     * @param beamFourMomentum (E, px, py, pz) of the initial state in GeV
     */
    public MomentumConservation(ParticleFitType[] types, double[] massesGeV, double[] beamFourMomentum) {
        this(types, massesGeV, beamFourMomentum, new int[0]);
    }

    /**
     * @param radiating indices of the particles that radiated an unmeasured collinear photon (at most 3)
     */
    public MomentumConservation(ParticleFitType[] types, double[] massesGeV, double[] beamFourMomentum,
            int[] radiating) {
        for (int r : radiating) {
            if (r < 0 || r >= types.length) {
                throw new IllegalArgumentException("no particle " + r + " among " + types.length);
            }
        }
        if (radiating.length > 3) {
            throw new IllegalArgumentException("at most 3 unmeasured photons with 4 constraints");
        }
        this.radiating = radiating.clone();
        if (types.length != massesGeV.length || beamFourMomentum.length != 4) {
            throw new IllegalArgumentException("need one mass per particle and a four-vector beam");
        }
        this.types = types.clone();
        this.massesGeV = massesGeV.clone();
        this.beam = beamFourMomentum.clone();
    }

    @Override
    public int constraintCount() {
        return 4;
    }

    @Override
    public void evaluate(double[] measured, double[] unmeasured, double[] values, double[][] dMeasured,
            double[][] dUnmeasured) {
        for (int c = 0; c < 4; c++) {
            values[c] = -beam[c];
        }
        for (int i = 0; i < types.length; i++) {
            types[i].fourMomentum(measured, 3 * i, massesGeV[i], p4, dMeasured, 3 * i);
            for (int c = 0; c < 4; c++) {
                values[c] += p4[c];
            }
        }
        for (int u = 0; u < radiating.length; u++) {
            addPhoton(radiating[u], u, measured, unmeasured, values, dMeasured, dUnmeasured);
        }
    }

    /** Photon b (1, sin t cos f, sin t sin f, cos t) along the fitted direction of particle r. */
    private static void addPhoton(int r, int u, double[] measured, double[] unmeasured, double[] values,
            double[][] dMeasured, double[][] dUnmeasured) {
        double b = unmeasured[u];
        double theta = measured[3 * r + 1];
        double phi = measured[3 * r + 2];
        double st = Math.sin(theta);
        double ct = Math.cos(theta);
        double sp = Math.sin(phi);
        double cp = Math.cos(phi);
        double[] n = {1, st * cp, st * sp, ct};
        double[] dTheta = {0, ct * cp, ct * sp, -st};
        double[] dPhi = {0, -st * sp, st * cp, 0};
        for (int c = 0; c < 4; c++) {
            values[c] += b * n[c];
            dUnmeasured[c][u] = n[c];
            dMeasured[c][3 * r + 1] += b * dTheta[c];
            dMeasured[c][3 * r + 2] += b * dPhi[c];
        }
    }

    /** Number of unmeasured parameters: one per radiating particle. */
    public int unmeasuredCount() {
        return radiating.length;
    }
}
