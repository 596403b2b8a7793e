package org.alpwb.reco.fit;

import org.alpwb.api.event.FourMomentum;

/**
 * The 4C fit: all final-state particles together carry the beam four-momentum. Each particle has
 * three measured parameters ({@link ParticleFitType}); covariances are given per particle (3 x 3) and
 * assumed uncorrelated between particles, as for independent tracks and clusters. Thread-safe.
 */
public final class KinematicFit4C {
    private final ConstrainedFitter fitter;

    public KinematicFit4C(ConstrainedFitter fitter) {
        this.fitter = fitter;
    }

    public KinematicFit4C() {
        this(ConstrainedFitter.defaults());
    }

    /**
     * @param types       particle types (k)
     * @param massesGeV   mass hypotheses (k; ignored for photons)
     * @param parameters  measured parameters, 3 per particle in the order of {@link ParticleFitType}
     * @param covariances k covariance matrices 3 x 3
     * @param beam        initial-state (E, px, py, pz) in GeV
     */
    public Result fit(ParticleFitType[] types, double[] massesGeV, double[] parameters, double[][][] covariances,
            double[] beam) {
        return fit(types, massesGeV, parameters, covariances, beam, new int[0]);
    }

    /**
     * As above with the hypothesis that the particles {@code radiating} each lost an unmeasured photon along
     * their direction before they were measured ((4 - r)C fit, see {@link MomentumConservation}); the photons'
     * fitted energies are {@link Result#radiatedEnergy(int)} and each is added to its particle's fitted
     * four-momentum (the particle as it left the production point).
     */
    public Result fit(ParticleFitType[] types, double[] massesGeV, double[] parameters, double[][][] covariances,
            double[] beam, int[] radiating) {
        int k = types.length;
        if (parameters.length != 3 * k || covariances.length != k) {
            throw new IllegalArgumentException("need 3 parameters and one 3x3 covariance per particle");
        }
        double[][] v = new double[3 * k][3 * k];
        for (int i = 0; i < k; i++) {
            for (int r = 0; r < 3; r++) {
                System.arraycopy(covariances[i][r], 0, v[3 * i + r], 3 * i, 3);
            }
        }
        MomentumConservation constraint = new MomentumConservation(types, massesGeV, beam, radiating);
        FitResult fit = fitter.fit(parameters, v, new double[constraint.unmeasuredCount()], constraint);
        double[] p4 = new double[4 * k];
        double[] one = new double[4];
        double[] fitted = fit.parameters();
        for (int i = 0; i < k; i++) {
            types[i].fourMomentum(fitted, 3 * i, massesGeV[i], one, null, 0);
            System.arraycopy(one, 0, p4, 4 * i, 4);
        }
        double[] radiated = new double[radiating.length];
        for (int u = 0; u < radiating.length; u++) {
            int r = radiating[u];
            radiated[u] = fit.unmeasured(u);
            double theta = fitted[3 * r + 1];
            double phi = fitted[3 * r + 2];
            p4[4 * r] += radiated[u];
            p4[4 * r + 1] += radiated[u] * Math.sin(theta) * Math.cos(phi);
            p4[4 * r + 2] += radiated[u] * Math.sin(theta) * Math.sin(phi);
            p4[4 * r + 3] += radiated[u] * Math.cos(theta);
        }
        return new Result(fit, p4, radiated);
    }

    /** The fit and the fitted four-momenta. */
    public static final class Result {
        private final FitResult fit;
        private final double[] fourMomenta;
        private final double[] radiatedEnergies;

        Result(FitResult fit, double[] fourMomenta, double[] radiatedEnergies) {
            this.fit = fit;
            this.fourMomenta = fourMomenta;
            this.radiatedEnergies = radiatedEnergies;
        }

        /** Fitted energy (GeV) of the u-th unmeasured radiated photon (order of the radiating particles). */
        public double radiatedEnergy(int u) {
            return radiatedEnergies[u];
        }

        /** Number of unmeasured radiated photons of the hypothesis. */
        public int radiatedPhotons() {
            return radiatedEnergies.length;
        }

        public FitResult fit() {
            return fit;
        }

        /** Fitted (E, px, py, pz) of particle {@code i}. */
        public FourMomentum fourMomentum(int i) {
            return new FourMomentum(fourMomenta[4 * i], fourMomenta[4 * i + 1], fourMomenta[4 * i + 2],
                    fourMomenta[4 * i + 3]);
        }

        /** Component {@code c} (0 = E, 1..3 = px, py, pz) of the fitted particle {@code i}. */
        public double component(int i, int c) {
            return fourMomenta[4 * i + c];
        }
    }
}
