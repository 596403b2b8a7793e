package org.alpwb.channel.eegg;

/**
 * Covariance of a photon's (E, theta, phi) for the 4C fit. RecoBlock carries no cluster covariance,
 * so the ECL resolution model of physics.md ([model]: sigma(E)/E = 0.2 %/E (+) 1.6 %/E^(1/4) (+) 1.2 %,
 * angles 4 mrad / sqrt(E/GeV)) is used, evaluated at the measured energy; it is the model the belle2
 * fast simulation smears with.
 */
final class PhotonResolution {
    private PhotonResolution() {
    }

    static void covariance(double energyGeV, double[][] out) {
        double noise = 0.002 / energyGeV;
        double stochastic = 0.016 / Math.sqrt(Math.sqrt(energyGeV));
        double relative2 = noise * noise + stochastic * stochastic + 0.012 * 0.012;
        double angle = 4.0e-3 / Math.sqrt(energyGeV);
        for (double[] row : out) {
            java.util.Arrays.fill(row, 0);
        }
        out[0][0] = relative2 * energyGeV * energyGeV;
        out[1][1] = angle * angle;
        out[2][2] = angle * angle;
    }
}
