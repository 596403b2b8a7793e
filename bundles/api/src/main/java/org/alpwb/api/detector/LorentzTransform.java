package org.alpwb.api.detector;

import java.util.Arrays;
import org.alpwb.api.event.FourMomentum;

/**
 * An immutable proper Lorentz transformation (boost and rotation) acting on (E, px, py, pz), stored
 * as a 4x4 matrix. Used for the generator centre-of-mass frame to laboratory transformation and
 * back; invariant masses are unchanged by construction.
 */
public final class LorentzTransform {
    public static final LorentzTransform IDENTITY = new LorentzTransform(new double[] {
        1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1});

    private final double[] m; // row-major, index 4*row + column, rows/columns (E, x, y, z)

    private LorentzTransform(double[] matrix) {
        this.m = matrix;
    }

    /** The pure boost with velocity (betaX, betaY, betaZ) (|beta| < 1): a particle at rest gets that velocity. */
    public static LorentzTransform boost(double betaX, double betaY, double betaZ) {
        double b2 = betaX * betaX + betaY * betaY + betaZ * betaZ;
        if (!(b2 < 1)) {
            throw new IllegalArgumentException("boost velocity |beta|^2 = " + b2 + " must be < 1");
        }
        if (b2 == 0) {
            return IDENTITY;
        }
        double gamma = 1 / Math.sqrt(1 - b2);
        double k = (gamma - 1) / b2;
        double[] b = {betaX, betaY, betaZ};
        double[] matrix = new double[16];
        matrix[0] = gamma;
        for (int i = 0; i < 3; i++) {
            matrix[i + 1] = gamma * b[i];
            matrix[4 * (i + 1)] = gamma * b[i];
            for (int j = 0; j < 3; j++) {
                matrix[4 * (i + 1) + j + 1] = (i == j ? 1 : 0) + k * b[i] * b[j];
            }
        }
        return new LorentzTransform(matrix);
    }

    /** The boost that takes a system of four-momentum {@code p} from rest to {@code p}. */
    public static LorentzTransform boostTo(FourMomentum p) {
        return boost(p.px() / p.e(), p.py() / p.e(), p.pz() / p.e());
    }

    /** The rotation taking the unit vector along (ax, ay, az) onto the unit vector along (bx, by, bz). */
    public static LorentzTransform rotation(double ax, double ay, double az, double bx, double by, double bz) {
        double na = Math.sqrt(ax * ax + ay * ay + az * az);
        double nb = Math.sqrt(bx * bx + by * by + bz * bz);
        double[] a = {ax / na, ay / na, az / na};
        double[] b = {bx / nb, by / nb, bz / nb};
        double[] v = {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
        double c = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
        if (c < -1 + 1e-15) {
            throw new IllegalArgumentException("rotation between opposite vectors is not unique");
        }
        // Rodrigues: R = I + [v]x + [v]x^2 / (1 + c)
        double[][] vx = {{0, -v[2], v[1]}, {v[2], 0, -v[0]}, {-v[1], v[0], 0}};
        double[] matrix = new double[16];
        matrix[0] = 1;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double vx2 = 0;
                for (int k = 0; k < 3; k++) {
                    vx2 += vx[i][k] * vx[k][j];
                }
                matrix[4 * (i + 1) + j + 1] = (i == j ? 1 : 0) + vx[i][j] + vx2 / (1 + c);
            }
        }
        return new LorentzTransform(matrix);
    }

    /** This transformation applied after {@code first}: x -> this(first(x)). */
    public LorentzTransform after(LorentzTransform first) {
        double[] product = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double sum = 0;
                for (int k = 0; k < 4; k++) {
                    sum += m[4 * i + k] * first.m[4 * k + j];
                }
                product[4 * i + j] = sum;
            }
        }
        return new LorentzTransform(product);
    }

    /** The inverse, eta L^T eta with eta = diag(1, -1, -1, -1). */
    public LorentzTransform inverse() {
        double[] inv = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double sign = (i == 0) == (j == 0) ? 1 : -1;
                inv[4 * i + j] = sign * m[4 * j + i];
            }
        }
        return new LorentzTransform(inv);
    }

    public FourMomentum apply(FourMomentum p) {
        double[] out = new double[4];
        apply(p.e(), p.px(), p.py(), p.pz(), out);
        return new FourMomentum(out[0], out[1], out[2], out[3]);
    }

    /** Allocation-free form for hot loops: writes (E, px, py, pz) into {@code out[0..3]}. */
    public void apply(double e, double px, double py, double pz, double[] out) {
        for (int i = 0; i < 4; i++) {
            out[i] = m[4 * i] * e + m[4 * i + 1] * px + m[4 * i + 2] * py + m[4 * i + 3] * pz;
        }
    }

    /** Matrix element (row, column), rows and columns ordered (E, x, y, z). */
    public double element(int row, int column) {
        return m[4 * row + column];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LorentzTransform && Arrays.equals(m, ((LorentzTransform) other).m);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m);
    }

    @Override
    public String toString() {
        return "LorentzTransform" + Arrays.toString(m);
    }
}
