package org.alpwb.physics.phasespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class PhaseSpaceTest {
    static final double ME = 0.51099895e-3;
    static final double SQRT_S = 10.5796;

    static void assertMomentumConservation(double[] p, int n, double[] masses) {
        for (int c = 0; c < 4; c++) {
            double in = p[c] + p[4 + c];
            double out = 0;
            for (int k = 2; k < n; k++) {
                out += p[4 * k + c];
            }
            // rounding of sums of ~5 GeV components
            assertEquals(in, out, 1e-12 * SQRT_S, "component " + c);
        }
        for (int k = 0; k < n; k++) {
            double pp = Kinematics.momentum(p, k);
            double m2 = (p[4 * k] - pp) * (p[4 * k] + pp);
            assertEquals(masses[k] * masses[k], m2, 1e-12 * SQRT_S * SQRT_S, "mass of " + k);
        }
    }

    @Test
    void twoBodyVolumeIsBetaOver8Pi() {
        double[] masses = {ME, ME, 0.1056584, 0.1056584};
        double beta = Math.sqrt(1 - 4 * masses[2] * masses[2] / (SQRT_S * SQRT_S));
        double[] p = new double[16];
        double w = TwoBodyChannel.flat(masses).generate(SQRT_S, new double[] {0.3, 0.7}, p);
        // analytic: beta/(8 pi), to rounding
        assertEquals(beta / (8 * Math.PI), w, 1e-14);
        assertMomentumConservation(p, 4, masses);
        // the peaked mapping must have the same volume: mean weight over the unit square
        TwoBodyChannel peaked = TwoBodyChannel.peaked(masses, -1, 1e-3);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {1, 2, 3, 4});
        int n = 200_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double wi = peaked.generate(SQRT_S, new double[] {rng.nextDouble(), rng.nextDouble()}, p);
            sum += wi;
            sum2 += wi * wi;
        }
        double mean = sum / n;
        double err = Math.sqrt((sum2 / n - mean * mean) / n);
        assertEquals(beta / (8 * Math.PI), mean, 4 * err);
    }

    @Test
    void masslessRamboHasTheKnownVolume() {
        for (int n = 2; n <= 5; n++) {
            double s = SQRT_S * SQRT_S;
            double factorial1 = 1;
            double factorial2 = 1;
            for (int k = 2; k <= n - 1; k++) {
                factorial1 *= k;
            }
            for (int k = 2; k <= n - 2; k++) {
                factorial2 *= k;
            }
            // (pi/2)^(n-1) s^(n-2)/((n-1)!(n-2)!) in the RAMBO normalisation, times (2 pi)^(4-3n) for ours
            double expected = Math.pow(Math.PI / 2, n - 1) * Math.pow(s, n - 2) / (factorial1 * factorial2)
                    * Math.pow(2 * Math.PI, 4 - 3 * n);
            double[] masses = new double[n + 2];
            RamboChannel rambo = new RamboChannel(masses);
            double[] x = new double[4 * n];
            for (int i = 0; i < x.length; i++) {
                x[i] = (i * 0.37 + 0.11) % 1;
            }
            double[] p = new double[4 * (n + 2)];
            assertEquals(expected, rambo.generate(SQRT_S, x, p), 1e-12 * expected);
            assertMomentumConservation(p, n + 2, masses);
        }
        assertEquals(1 / (8 * Math.PI), RamboChannel.masslessVolume(2, 3.0), 1e-15);
    }

    /** Phi_3(s; m, m, mX) = int dM^2/(2 pi) Phi_2(s; m, M) Phi_2(M^2; m, mX), Phi_2 = q/(4 pi sqrt(s)). */
    static double threeBodyVolumeByQuadrature(double sqrtS, double m, double mX) {
        int n = 20_000;
        double lo = Math.log((m + mX) * (m + mX));
        double hi = Math.log((sqrtS - m) * (sqrtS - m));
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double l = lo + (hi - lo) * i / n;
            double m2 = Math.exp(l);
            double mm = Math.sqrt(m2);
            double q1 = Kinematics.twoBodyMomentum(sqrtS, m, mm);
            double q2 = Kinematics.twoBodyMomentum(mm, m, mX);
            double f = m2 / (2 * Math.PI) * q1 / (4 * Math.PI * sqrtS) * q2 / (4 * Math.PI * mm);
            if (Double.isNaN(f)) {
                f = 0;
            }
            sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
        }
        return sum * (hi - lo) / n / 3;
    }

    @Test
    void threeBodyChannelsAgreeWithQuadratureAndRambo() {
        double mX = 1.0;
        double[] masses = {ME, ME, ME, ME, mX};
        double exact = threeBodyVolumeByQuadrature(SQRT_S, ME, mX);
        PhaseSpaceChannel[] channels = {new PeripheralChannel(0, 2, 3, 4, ME, mX), new PeripheralChannel(1, 3, 2, 4, ME, mX),
            new ConversionChannel(2, 3, 4, ME, mX), new RamboChannel(masses)};
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {5, 6, 7, 8});
        double[] p = new double[20];
        for (PhaseSpaceChannel channel : channels) {
            // importance mappings make the weight vary a lot over x: use the reverse view instead, i.e.
            // sample flat (RAMBO) points and average W_rambo/W_channel... simplest honest check: the mean
            // of W over the unit cube, with its error
            int n = channel instanceof PeripheralChannel ? 2_000_000 : 200_000;
            double[] x = new double[channel.dimensions()];
            double sum = 0;
            double sum2 = 0;
            for (int i = 0; i < n; i++) {
                for (int d = 0; d < x.length; d++) {
                    x[d] = rng.nextDouble();
                }
                double w = channel.generate(SQRT_S, x, p);
                sum += w;
                sum2 += w * w;
            }
            double mean = sum / n;
            double err = Math.sqrt((sum2 / n - mean * mean) / n);
            assertEquals(exact, mean, 4 * err + 1e-9 * exact, channel.name() + " err " + err / exact);
            assertTrue(err < 0.05 * exact, channel.name() + " relative error " + err / exact);
        }
    }

    @Test
    void inverseMapsBackToTheSamePointIncludingTheSmallestMomentumTransfers() {
        double mX = 0.3;
        PhaseSpaceChannel[] channels = {new PeripheralChannel(0, 2, 3, 4, ME, mX), new PeripheralChannel(1, 3, 2, 4, ME, mX),
            new ConversionChannel(2, 3, 4, ME, mX)};
        double[][] points = {{0.3, 0.5, 0.2, 0.6, 0.9}, {1e-6, 1e-9, 0.7, 1e-9, 0.1}, {0.999, 1e-7, 0.3, 0.5, 0.4},
            {0.01, 0.999, 0.5, 1e-8, 0.8}};
        double[] p = new double[20];
        double[] back = new double[5];
        for (PhaseSpaceChannel channel : channels) {
            for (double[] x : points) {
                double w = channel.generate(SQRT_S, x, p);
                assertTrue(w > 0);
                assertMomentumConservation(p, 5, new double[] {ME, ME, ME, ME, mX});
                double w2 = channel.inverse(SQRT_S, p, back);
                // the weight is a smooth function of x: agreement to 1e-6 checks the inverse through the
                // cancellation-free t and 1 - cos formulas (a naive E E' - p.p' would lose all digits here)
                // the conversion channel's weight is proportional to the pair momentum, which is ill-conditioned at
                // the pair threshold (x0 = 1e-6 puts m_ll^2 within 3e-5 of (2 m)^2): there 1e-3 is the honest bound
                double tolerance = channel instanceof ConversionChannel && x[0] < 1e-3 ? 1e-3 : 1e-6;
                assertEquals(w, w2, tolerance * w, channel.name());
                for (int d = 0; d < 5; d++) {
                    assertEquals(x[d], back[d], 1e-6, channel.name() + " coordinate " + d);
                }
            }
        }
    }

    @Test
    void smallestMomentumTransferIsTheAnalyticLimit() {
        // |t|min for e(E) -> e(E') at fixed M: about m^2 (E - E')^2/(E E') for E, E' >> m
        double sqrtS = SQRT_S;
        double e = sqrtS / 2;
        double q = Kinematics.twoBodyMomentum(sqrtS, ME, ME);
        double ePrime = 0.3 * e;
        double qPrime = Math.sqrt(ePrime * ePrime - ME * ME);
        double tMin = Kinematics.minusTCollinear(e, q, ePrime, qPrime, ME);
        double approx = ME * ME * (e - ePrime) * (e - ePrime) / (e * ePrime);
        // corrections are O(m^2/E'^2) ~ 1e-7
        assertEquals(approx, tMin, 1e-6 * approx);
    }
}
