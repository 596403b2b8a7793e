package org.alpwb.physics.lorentz;

/**
 * A pure Lorentz boost with velocity (betaX, betaY, betaZ), |beta| &lt; 1, along an arbitrary axis:
 * a particle at rest is given the velocity beta. Immutable; {@link #apply} works on flat arrays.
 */
public record Boost(double betaX, double betaY, double betaZ) {

    public Boost {
        double b2 = betaX * betaX + betaY * betaY + betaZ * betaZ;
        if (!(b2 < 1.0)) {
            throw new IllegalArgumentException("|beta| must be < 1, got beta^2 = " + b2);
        }
    }

    /** The boost that takes the rest frame of {@code p} (time-like) to the frame where p is given. */
    public static Boost ofMomentum(double[] p, int ip) {
        double e = p[ip];
        return new Boost(p[ip + 1] / e, p[ip + 2] / e, p[ip + 3] / e);
    }

    /** The boost into the rest frame of {@code p}. */
    public static Boost toRestFrameOf(double[] p, int ip) {
        return ofMomentum(p, ip).inverse();
    }

    public Boost inverse() {
        return new Boost(-betaX, -betaY, -betaZ);
    }

    public double gamma() {
        return 1.0 / Math.sqrt(1.0 - (betaX * betaX + betaY * betaY + betaZ * betaZ));
    }

    /**
     * Boosts {@code in[ii..ii+3]} into {@code out[io..io+3]} (may alias):
     * E' = gamma (E + beta.p), p' = p + [(gamma-1)/beta^2 (beta.p) + gamma E] beta.
     */
    public void apply(double[] in, int ii, double[] out, int io) {
        double b2 = betaX * betaX + betaY * betaY + betaZ * betaZ;
        double e = in[ii];
        double bp = betaX * in[ii + 1] + betaY * in[ii + 2] + betaZ * in[ii + 3];
        double gamma = 1.0 / Math.sqrt(1.0 - b2);
        // (gamma-1)/beta^2 = gamma^2/(gamma+1): finite as beta -> 0
        double f = gamma * gamma / (gamma + 1.0) * bp + gamma * e;
        out[io] = gamma * (e + bp);
        out[io + 1] = in[ii + 1] + f * betaX;
        out[io + 2] = in[ii + 2] + f * betaY;
        out[io + 3] = in[ii + 3] + f * betaZ;
    }

    /** Boosts {@code count} consecutive four-vectors starting at {@code in[ii]}. */
    public void applyAll(double[] in, int ii, double[] out, int io, int count) {
        for (int k = 0; k < count; k++) {
            apply(in, ii + 4 * k, out, io + 4 * k);
        }
    }
}
