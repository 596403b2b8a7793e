package org.alpwb.detector.belle2;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;

/**
 * Material in front of the tracker as thin cylindrical layers around the beam: beam pipe at r = 10-12 mm
 * (0.8 % X0, physics.md), two PXD layers at 14 and 22 mm and four SVD layers out to 140 mm [model: radii
 * 3.9, 8.0, 10.4, 13.5 cm; thicknesses 0.2 % X0 per PXD and 0.57 % X0 per SVD layer, Belle II TDR-like].
 * Photon conversion probability per layer 1 - exp(-(7/9) (X/X0) / sin(theta)) (physics.md); electron
 * energy loss by bremsstrahlung from the Bethe-Heitler distribution of the surviving fraction.
 */
final class Material {
    static final double[] LAYER_RADIUS_CM = {1.1, 1.4, 2.2, 3.9, 8.0, 10.4, 13.5};
    static final double[] LAYER_X0 = {0.008, 0.002, 0.002, 0.0057, 0.0057, 0.0057, 0.0057};
    /** The beam pipe (layer 0) is thin only in its central part, |z| < 10 cm [model]. */
    static final double BEAM_PIPE_HALF_LENGTH_CM = 10.0;
    /** The vertex detector layers (1..) cover the tracking acceptance 17-150 deg [model]. */
    static final double VXD_THETA_MIN_RAD = Math.toRadians(17.0);
    static final double VXD_THETA_MAX_RAD = Math.toRadians(150.0);

    private Material() {
    }

    /** Thickness in X0 of layer {@code layer} crossed by a straight line from the origin at polar angle theta. */
    static double crossedX0(int layer, double theta) {
        double sinTheta = Math.sin(theta);
        if (sinTheta <= 0) {
            return 0;
        }
        if (layer == 0) {
            double zAtLayer = LAYER_RADIUS_CM[0] * Math.cos(theta) / sinTheta;
            return Math.abs(zAtLayer) < BEAM_PIPE_HALF_LENGTH_CM ? LAYER_X0[0] / sinTheta : 0;
        }
        return theta > VXD_THETA_MIN_RAD && theta < VXD_THETA_MAX_RAD ? LAYER_X0[layer] / sinTheta : 0;
    }

    /** Probability that a photon converts in a layer of {@code x0} radiation lengths (along its path). */
    static double conversionProbability(double x0) {
        return -Math.expm1(-7.0 / 9.0 * x0);
    }

    /**
     * The layer a photon at polar angle theta converts in, or -1: walks outwards through the layers,
     * converting in each with its probability.
     */
    static int conversionLayer(double theta, UniformRandomProvider rng) {
        for (int layer = 0; layer < LAYER_RADIUS_CM.length; layer++) {
            double x0 = crossedX0(layer, theta);
            if (x0 > 0 && rng.nextDouble() < conversionProbability(x0)) {
                return layer;
            }
        }
        return -1;
    }

    /** Total material in X0 before the CDC along polar angle theta. */
    static double totalX0(double theta) {
        double sum = 0;
        for (int layer = 0; layer < LAYER_RADIUS_CM.length; layer++) {
            sum += crossedX0(layer, theta);
        }
        return sum;
    }

    /**
     * Fraction x of the photon energy taken by the electron, from the complete-screening Bethe-Heitler
     * spectrum dsigma/dx ~ 1 - (4/3) x (1 - x), by rejection (acceptance 7/9).
     */
    static double pairEnergyFraction(UniformRandomProvider rng) {
        while (true) {
            double x = rng.nextDouble();
            if (rng.nextDouble() < 1 - 4.0 / 3.0 * x * (1 - x)) {
                return x;
            }
        }
    }

    /**
     * Fraction of its energy an electron keeps after {@code x0} radiation lengths: z = exp(-G) with G
     * Gamma-distributed of shape x0 / ln 2 (Bethe-Heitler 1934 energy-loss distribution).
     */
    static double bremsstrahlungSurvivingFraction(double x0, UniformRandomProvider rng) {
        if (x0 <= 0) {
            return 1;
        }
        double g = AhrensDieterMarsagliaTsangGammaSampler.of(rng, x0 / Math.log(2), 1.0).sample();
        return Math.exp(-g);
    }
}
