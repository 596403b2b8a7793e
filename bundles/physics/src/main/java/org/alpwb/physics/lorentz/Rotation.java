package org.alpwb.physics.lorentz;

/** An immutable proper rotation of three-space (a 3x3 orthogonal matrix, row-major). */
public final class Rotation {

    private final double[] m;

    private Rotation(double[] m) {
        this.m = m;
    }

    public static Rotation identity() {
        return new Rotation(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    /** Rotation by {@code angleRad} (right-handed) about the axis (ax, ay, az), not necessarily unit. */
    public static Rotation ofAxisAngle(double ax, double ay, double az, double angleRad) {
        double n = Math.sqrt(ax * ax + ay * ay + az * az);
        if (!(n > 0)) {
            throw new IllegalArgumentException("rotation axis must be non-zero");
        }
        double x = ax / n;
        double y = ay / n;
        double z = az / n;
        double c = Math.cos(angleRad);
        double s = Math.sin(angleRad);
        double v = 1 - c;
        return new Rotation(new double[] {
            c + x * x * v, x * y * v - z * s, x * z * v + y * s,
            y * x * v + z * s, c + y * y * v, y * z * v - x * s,
            z * x * v - y * s, z * y * v + x * s, c + z * z * v});
    }

    /** Euler angles z-y-z: R = Rz(phi) Ry(theta) Rz(psi); takes the z axis to (theta, phi). */
    public static Rotation ofEulerZyz(double phi, double theta, double psi) {
        return ofAxisAngle(0, 0, 1, phi).times(ofAxisAngle(0, 1, 0, theta)).times(ofAxisAngle(0, 0, 1, psi));
    }

    /** this * other (other applied first). */
    public Rotation times(Rotation other) {
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += m[3 * i + k] * other.m[3 * k + j];
                }
                r[3 * i + j] = s;
            }
        }
        return new Rotation(r);
    }

    public Rotation inverse() {
        return new Rotation(new double[] {m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]});
    }

    /** Element (row, column). */
    public double element(int row, int column) {
        return m[3 * row + column];
    }

    /** Rotates the spatial part of the four-vector {@code in[ii..ii+3]} into {@code out} (may alias). */
    public void apply(double[] in, int ii, double[] out, int io) {
        double x = in[ii + 1];
        double y = in[ii + 2];
        double z = in[ii + 3];
        out[io] = in[ii];
        out[io + 1] = m[0] * x + m[1] * y + m[2] * z;
        out[io + 2] = m[3] * x + m[4] * y + m[5] * z;
        out[io + 3] = m[6] * x + m[7] * y + m[8] * z;
    }

    /** Rotates {@code count} consecutive four-vectors. */
    public void applyAll(double[] in, int ii, double[] out, int io, int count) {
        for (int k = 0; k < count; k++) {
            apply(in, ii + 4 * k, out, io + 4 * k);
        }
    }
}
