package org.alpwb.reco.fit;

/**
 * How a final-state particle enters a kinematic fit: three measured parameters and their map to
 * the four-momentum (E, px, py, pz) in GeV, with the analytic 4 x 3 Jacobian.
 */
public enum ParticleFitType {
    /** A charged track: (1/pT [1/GeV], theta, phi) and a mass hypothesis; curvature is what a tracker measures with Gaussian errors. */
    TRACK,
    /** A massless photon from a calorimeter cluster: (E [GeV], theta, phi). */
    PHOTON;

    /**
     * Writes the four-momentum of the particle whose parameters start at {@code params[offset]} into
     * {@code p4[0..3]} and d(E,px,py,pz)/d(params) into {@code jacobian[0..3][column..column+2]}
     * (jacobian may be null).
     */
    public void fourMomentum(double[] params, int offset, double massGeV, double[] p4, double[][] jacobian,
            int column) {
        double theta = params[offset + 1];
        double phi = params[offset + 2];
        double sinT = Math.sin(theta);
        double cosT = Math.cos(theta);
        double sinP = Math.sin(phi);
        double cosP = Math.cos(phi);
        if (this == TRACK) {
            double pt = 1.0 / params[offset];
            double p = pt / sinT;
            double e = Math.sqrt(p * p + massGeV * massGeV);
            double px = pt * cosP;
            double py = pt * sinP;
            double pz = pt * cosT / sinT;
            p4[0] = e;
            p4[1] = px;
            p4[2] = py;
            p4[3] = pz;
            if (jacobian != null) {
                double dPtdK = -pt * pt;
                double dPdK = dPtdK / sinT;
                double dPdT = -pt * cosT / (sinT * sinT);
                jacobian[0][column] = p / e * dPdK;
                jacobian[1][column] = dPtdK * cosP;
                jacobian[2][column] = dPtdK * sinP;
                jacobian[3][column] = dPtdK * cosT / sinT;
                jacobian[0][column + 1] = p / e * dPdT;
                jacobian[1][column + 1] = 0;
                jacobian[2][column + 1] = 0;
                jacobian[3][column + 1] = -pt / (sinT * sinT);
                jacobian[0][column + 2] = 0;
                jacobian[1][column + 2] = -py;
                jacobian[2][column + 2] = px;
                jacobian[3][column + 2] = 0;
            }
        } else {
            double e = params[offset];
            double px = e * sinT * cosP;
            double py = e * sinT * sinP;
            double pz = e * cosT;
            p4[0] = e;
            p4[1] = px;
            p4[2] = py;
            p4[3] = pz;
            if (jacobian != null) {
                jacobian[0][column] = 1;
                jacobian[1][column] = sinT * cosP;
                jacobian[2][column] = sinT * sinP;
                jacobian[3][column] = cosT;
                jacobian[0][column + 1] = 0;
                jacobian[1][column + 1] = e * cosT * cosP;
                jacobian[2][column + 1] = e * cosT * sinP;
                jacobian[3][column + 1] = -e * sinT;
                jacobian[0][column + 2] = 0;
                jacobian[1][column + 2] = -py;
                jacobian[2][column + 2] = px;
                jacobian[3][column + 2] = 0;
            }
        }
    }

    /** The fit parameters of a particle with four-momentum components (px, py, pz, E) in GeV. */
    public void parametersOf(double px, double py, double pz, double energy, double[] out, int offset) {
        double pt = Math.hypot(px, py);
        out[offset] = this == TRACK ? 1.0 / pt : energy;
        out[offset + 1] = Math.atan2(pt, pz);
        out[offset + 2] = Math.atan2(py, px);
    }
}
