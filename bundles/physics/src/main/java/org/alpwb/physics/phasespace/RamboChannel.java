package org.alpwb.physics.phasespace;

/**
 * Flat n-body phase space by RAMBO (Kleiss, Stirling, Ellis, Comput. Phys. Commun. 40 (1986) 359),
 * with the massive extension. Massless weight (2 pi)^(4-3n) (pi/2)^(n-1) s^(n-2)/((n-1)! (n-2)!);
 * for massive particles the weight depends on the momenta only, so {@link #inverse} can evaluate
 * it for points made by other channels. Not adaptive (it uses 4 n uniforms per point).
 */
public final class RamboChannel implements PhaseSpaceChannel {
    private final double beamMass0;
    private final double beamMass1;
    private final double[] masses;
    private final int n;
    private final boolean massless;
    private final double[] q;

    /** @param massesGeV all particle masses, beams first */
    public RamboChannel(double[] massesGeV) {
        this.beamMass0 = massesGeV[0];
        this.beamMass1 = massesGeV[1];
        this.n = massesGeV.length - 2;
        if (n < 2) {
            throw new IllegalArgumentException("RAMBO needs at least two final particles");
        }
        this.masses = java.util.Arrays.copyOfRange(massesGeV, 2, massesGeV.length);
        boolean zero = true;
        for (double mass : masses) {
            zero &= mass == 0;
        }
        this.massless = zero;
        this.q = new double[4 * n];
    }

    @Override
    public String name() {
        return "rambo(" + n + ")";
    }

    @Override
    public int dimensions() {
        return 4 * n;
    }

    @Override
    public boolean adaptive() {
        return false;
    }

    @Override
    public int particleCount() {
        return n + 2;
    }

    /** Phase-space volume of n massless particles at energy sqrt(s). */
    public static double masslessVolume(int n, double s) {
        double factorials = 1;
        for (int k = 2; k <= n - 1; k++) {
            factorials *= k;
        }
        double factorials2 = 1;
        for (int k = 2; k <= n - 2; k++) {
            factorials2 *= k;
        }
        return Math.pow(2 * Math.PI, 4 - 3 * n) * Math.pow(Math.PI / 2, n - 1) * Math.pow(s, n - 2)
                / (factorials * factorials2);
    }

    @Override
    public double generate(double sqrtS, double[] x, double[] p) {
        double massSum = 0;
        for (double mass : masses) {
            massSum += mass;
        }
        if (!(massSum < sqrtS)) {
            return 0;
        }
        Kinematics.beams(sqrtS, beamMass0, beamMass1, p);
        double[] sum = new double[4];
        for (int i = 0; i < n; i++) {
            double c = 2 * x[4 * i] - 1;
            double sin = Math.sqrt((1 - c) * (1 + c));
            double phi = 2 * Math.PI * x[4 * i + 1];
            double e = -Math.log((1 - x[4 * i + 2]) * (1 - x[4 * i + 3]));
            q[4 * i] = e;
            q[4 * i + 1] = e * sin * Math.cos(phi);
            q[4 * i + 2] = e * sin * Math.sin(phi);
            q[4 * i + 3] = e * c;
            for (int k = 0; k < 4; k++) {
                sum[k] += q[4 * i + k];
            }
        }
        double mSum = Math.sqrt(sum[0] * sum[0] - sum[1] * sum[1] - sum[2] * sum[2] - sum[3] * sum[3]);
        if (!(mSum > 0)) {
            return 0;
        }
        double bx = -sum[1] / mSum;
        double by = -sum[2] / mSum;
        double bz = -sum[3] / mSum;
        double scale = sqrtS / mSum;
        double gamma = sum[0] / mSum;
        double a = 1 / (1 + gamma);
        for (int i = 0; i < n; i++) {
            double e = q[4 * i];
            double bq = bx * q[4 * i + 1] + by * q[4 * i + 2] + bz * q[4 * i + 3];
            int j = 4 * (i + 2);
            p[j] = scale * (gamma * e + bq);
            p[j + 1] = scale * (q[4 * i + 1] + bx * e + a * bq * bx);
            p[j + 2] = scale * (q[4 * i + 2] + by * e + a * bq * by);
            p[j + 3] = scale * (q[4 * i + 3] + bz * e + a * bq * bz);
        }
        if (massless) {
            return masslessVolume(n, sqrtS * sqrtS);
        }
        double xi = solveScale(p, sqrtS);
        for (int i = 0; i < n; i++) {
            int j = 4 * (i + 2);
            double e0 = p[j];
            p[j] = Math.sqrt(masses[i] * masses[i] + xi * xi * e0 * e0);
            p[j + 1] *= xi;
            p[j + 2] *= xi;
            p[j + 3] *= xi;
        }
        return inverse(sqrtS, p, null);
    }

    /** Newton iteration for xi with sum sqrt(m_i^2 + xi^2 E_i^2) = sqrt(s). */
    private double solveScale(double[] p, double sqrtS) {
        double xi = 1;
        for (int iter = 0; iter < 60; iter++) {
            double f = -sqrtS;
            double df = 0;
            for (int i = 0; i < n; i++) {
                double e0 = p[4 * (i + 2)];
                double e = Math.sqrt(masses[i] * masses[i] + xi * xi * e0 * e0);
                f += e;
                df += xi * e0 * e0 / e;
            }
            double step = f / df;
            xi -= step;
            if (Math.abs(step) < 1e-15 * xi) {
                break;
            }
        }
        return xi;
    }

    @Override
    public double inverse(double sqrtS, double[] p, double[] x) {
        double s = sqrtS * sqrtS;
        double w0 = masslessVolume(n, s);
        if (massless) {
            return w0;
        }
        double sumK = 0;
        double prod = 1;
        double sumK2OverE = 0;
        for (int i = 0; i < n; i++) {
            int k = i + 2;
            double mod = Kinematics.momentum(p, k);
            double e = p[4 * k];
            sumK += mod;
            prod *= mod / e;
            sumK2OverE += mod * mod / e;
        }
        return w0 * Math.pow(sumK / sqrtS, 2 * n - 3) * prod * sqrtS / sumK2OverE;
    }

    @Override
    public PhaseSpaceChannel copy() {
        double[] all = new double[n + 2];
        all[0] = beamMass0;
        all[1] = beamMass1;
        System.arraycopy(masses, 0, all, 2, n);
        return new RamboChannel(all);
    }
}
