package org.alpwb.physics.amplitude;

import java.util.SplittableRandom;
import org.alpwb.physics.lorentz.Boost;
import org.alpwb.physics.lorentz.FourVectors;

/** Test-only momentum configurations: 2 -&gt; 2 in the CM frame and RAMBO with mass rescaling. */
final class PhaseSpacePoints {

    static final double ME = 0.51099895e-3;

    private PhaseSpacePoints() {
    }

    /** Beams along +z (e-) and -z (e+) at sqrt(s), writes p[0..7]. */
    static void beams(double sqrtS, double[] p) {
        double e = sqrtS / 2;
        double pz = Math.sqrt(e * e - ME * ME);
        p[0] = e;
        p[3] = pz;
        p[4] = e;
        p[7] = -pz;
    }

    /** e-e+ -&gt; a b at polar angle theta (of a) and azimuth phi, CM frame. */
    static double[] twoBody(double sqrtS, double ma, double mb, double cosTheta, double phi) {
        double[] p = new double[16];
        beams(sqrtS, p);
        double s = sqrtS * sqrtS;
        double lam = (s - (ma + mb) * (ma + mb)) * (s - (ma - mb) * (ma - mb));
        double q = Math.sqrt(lam) / (2 * sqrtS);
        double sin = Math.sqrt(1 - cosTheta * cosTheta);
        FourVectors.setOnShell(ma, q * sin * Math.cos(phi), q * sin * Math.sin(phi), q * cosTheta, p, 8);
        FourVectors.setOnShell(mb, -p[9], -p[10], -p[11], p, 12);
        return p;
    }

    /** RAMBO (Kleiss, Stirling, Ellis) n-body point with masses, after the two beams: 4 (2 + n) doubles. */
    static double[] rambo(double sqrtS, double[] masses, SplittableRandom rnd) {
        int n = masses.length;
        double[] p = new double[4 * (n + 2)];
        beams(sqrtS, p);
        double[] q = new double[4 * n];
        double[] sum = new double[4];
        for (int i = 0; i < n; i++) {
            double c = 2 * rnd.nextDouble() - 1;
            double phi = 2 * Math.PI * rnd.nextDouble();
            double e = -Math.log(rnd.nextDouble() * rnd.nextDouble());
            double s = Math.sqrt(1 - c * c);
            q[4 * i] = e;
            q[4 * i + 1] = e * s * Math.cos(phi);
            q[4 * i + 2] = e * s * Math.sin(phi);
            q[4 * i + 3] = e * c;
            for (int k = 0; k < 4; k++) {
                sum[k] += q[4 * i + k];
            }
        }
        double mass = Math.sqrt(FourVectors.massSquared(sum, 0));
        Boost toRest = new Boost(-sum[1] / sum[0], -sum[2] / sum[0], -sum[3] / sum[0]);
        double x = sqrtS / mass;
        double[] r = new double[4];
        for (int i = 0; i < n; i++) {
            toRest.apply(q, 4 * i, r, 0);
            for (int k = 0; k < 4; k++) {
                q[4 * i + k] = r[k] * x;
            }
        }
        // massive rescaling: find xi with sum sqrt(m^2 + xi^2 E^2) = sqrtS
        double xi = 1;
        for (int it = 0; it < 100; it++) {
            double f = -sqrtS;
            double df = 0;
            for (int i = 0; i < n; i++) {
                double e = Math.sqrt(masses[i] * masses[i] + xi * xi * q[4 * i] * q[4 * i]);
                f += e;
                df += xi * q[4 * i] * q[4 * i] / e;
            }
            xi -= f / df;
        }
        for (int i = 0; i < n; i++) {
            FourVectors.setOnShell(masses[i], xi * q[4 * i + 1], xi * q[4 * i + 2], xi * q[4 * i + 3], p, 8 + 4 * i);
        }
        return p;
    }

    /** Applies one boost to all particles. */
    static double[] boosted(double[] p, Boost b) {
        double[] out = new double[p.length];
        b.applyAll(p, 0, out, 0, p.length / 4);
        return out;
    }
}
