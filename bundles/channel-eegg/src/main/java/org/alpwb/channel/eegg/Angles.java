package org.alpwb.channel.eegg;

/** Angular helpers on (theta, phi) directions. */
final class Angles {
    private Angles() {
    }

    /** 3D opening angle between two directions, computed as atan2(|a x b|, a . b) for precision at small angles. */
    static double opening(double theta1, double phi1, double theta2, double phi2) {
        double s1 = Math.sin(theta1);
        double s2 = Math.sin(theta2);
        double ax = s1 * Math.cos(phi1);
        double ay = s1 * Math.sin(phi1);
        double az = Math.cos(theta1);
        double bx = s2 * Math.cos(phi2);
        double by = s2 * Math.sin(phi2);
        double bz = Math.cos(theta2);
        double cx = ay * bz - az * by;
        double cy = az * bx - ax * bz;
        double cz = ax * by - ay * bx;
        return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz);
    }

    /** |phi1 - phi2| wrapped into [0, pi]. */
    static double deltaPhi(double phi1, double phi2) {
        return Math.abs(Math.IEEEremainder(phi1 - phi2, 2 * Math.PI));
    }

    /** The slides' separation: a pair is separated if Delta theta or Delta phi exceeds the cut, i.e. max of the two. */
    static double separation(double theta1, double phi1, double theta2, double phi2) {
        return Math.max(Math.abs(theta1 - theta2), deltaPhi(phi1, phi2));
    }
}
