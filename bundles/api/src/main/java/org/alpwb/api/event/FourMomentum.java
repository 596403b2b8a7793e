package org.alpwb.api.event;

/**
 * An immutable four-momentum (E, px, py, pz) in GeV, metric (+,-,-,-). Hot loops use primitive
 * arrays (see {@link EventBlock}); this type is for the edges.
 */
public record FourMomentum(double e, double px, double py, double pz) {

    public static final FourMomentum ZERO = new FourMomentum(0, 0, 0, 0);

    /** A particle of mass {@code massGeV} with three-momentum (px, py, pz). */
    public static FourMomentum ofMass(double massGeV, double px, double py, double pz) {
        return new FourMomentum(Math.sqrt(massGeV * massGeV + px * px + py * py + pz * pz), px, py, pz);
    }

    public FourMomentum plus(FourMomentum other) {
        return new FourMomentum(e + other.e, px + other.px, py + other.py, pz + other.pz);
    }

    public FourMomentum minus(FourMomentum other) {
        return new FourMomentum(e - other.e, px - other.px, py - other.py, pz - other.pz);
    }

    public FourMomentum times(double factor) {
        return new FourMomentum(e * factor, px * factor, py * factor, pz * factor);
    }

    /** Minkowski product with metric (+,-,-,-). */
    public double dot(FourMomentum other) {
        return e * other.e - px * other.px - py * other.py - pz * other.pz;
    }

    public double massSquared() {
        return dot(this);
    }

    /** Invariant mass; negative for space-like vectors (sign of m^2 kept). */
    public double mass() {
        double m2 = massSquared();
        return m2 >= 0 ? Math.sqrt(m2) : -Math.sqrt(-m2);
    }

    public double p() {
        return Math.sqrt(px * px + py * py + pz * pz);
    }

    public double pt() {
        return Math.hypot(px, py);
    }

    /** Polar angle to the +z axis in radians, in [0, pi]. */
    public double theta() {
        return Math.atan2(pt(), pz);
    }

    /** Azimuth in radians, in (-pi, pi]. */
    public double phi() {
        return Math.atan2(py, px);
    }

    public double cosTheta() {
        double p = p();
        return p == 0 ? 1.0 : pz / p;
    }
}
