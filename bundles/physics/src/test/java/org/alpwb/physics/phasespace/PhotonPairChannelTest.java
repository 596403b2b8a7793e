package org.alpwb.physics.phasespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.alpwb.physics.phasespace.PhotonPairChannel.Origin;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class PhotonPairChannelTest {
    static final double ME = PhaseSpaceTest.ME;
    static final double SQRT_S = PhaseSpaceTest.SQRT_S;
    static final double[] EEGG = {ME, ME, ME, ME, 0, 0};

    static List<PhotonPairChannel> channels(double mMin, double mMax) {
        List<PhotonPairChannel> list = new ArrayList<>();
        for (Origin origin : Origin.values()) {
            for (int axis = 2; axis <= 3; axis++) {
                for (int photon = 4; photon <= 5; photon++) {
                    list.add(new PhotonPairChannel(ME, origin, axis, photon, mMin, mMax, 4e-3));
                }
            }
        }
        return list;
    }

    @Test
    void everyPointLiesInTheWindowAndTheInverseReproducesCoordinatesAndWeight() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {21, 22, 23, 24});
        for (PhotonPairChannel channel : channels(0.9, 1.1)) {
            double[] x = new double[channel.dimensions()];
            double[] back = new double[x.length];
            double[] p = new double[24];
            int checked = 0;
            for (int trial = 0; trial < 2000; trial++) {
                for (int d = 0; d < x.length; d++) {
                    x[d] = rng.nextDouble();
                }
                double w = channel.generate(SQRT_S, x, p);
                if (w == 0) {
                    continue;
                }
                checked++;
                PhaseSpaceTest.assertMomentumConservation(p, 6, EEGG);
                double mgg = Math.sqrt(Kinematics.pairMassSquared(p, 4, 5));
                // the window is mapped exactly (rounding of ~5 GeV momenta only)
                assertTrue(mgg > 0.9 - 1e-9 && mgg < 1.1 + 1e-9, channel.name() + ": M_gg " + mgg);
                double wBack = channel.inverse(SQRT_S, p, back);
                // rounding in boosts of nearly collinear configurations, as for RadiativeChannel
                assertEquals(w, wBack, 1e-6 * w, channel.name() + " weight at trial " + trial);
                for (int d = 0; d < x.length; d++) {
                    double diff = Math.abs(x[d] - back[d]);
                    assertTrue(Math.min(diff, 1 - diff) < 1e-6, channel.name() + " x" + d + ": " + x[d] + " vs "
                            + back[d]);
                }
            }
            // every coordinate spans its full physical range: all points are physical
            assertEquals(2000, checked, channel.name());
        }
    }

    /** E &gt; 0.5 GeV, 20-160 deg, pair angles &gt; 5 deg (RadiativeChannelTest) and 0.9 &lt; M_gg &lt; 1.1 GeV. */
    static boolean inRegion(double[] p) {
        double mgg = Math.sqrt(Math.max(0, Kinematics.pairMassSquared(p, 4, 5)));
        return mgg > 0.9 && mgg < 1.1 && RadiativeChannelTest.inRegion(p, 6);
    }

    static double[] volume(PhaseSpaceChannel channel, int points, long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {seed, 5, 6, 7});
        double[] x = new double[channel.dimensions()];
        double[] p = new double[24];
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < points; i++) {
            for (int d = 0; d < x.length; d++) {
                x[d] = rng.nextDouble();
            }
            double w = channel.generate(SQRT_S, x, p);
            if (w > 0 && inRegion(p)) {
                sum += w;
                sum2 += w * w;
            }
        }
        double mean = sum / points;
        return new double[] {mean, Math.sqrt((sum2 / points - mean * mean) / points)};
    }

    @Test
    void volumeOfTheWindowAgreesWithRambo() {
        // the same region measured by flat RAMBO and by each channel (plain MC): agreement within 4 combined
        // standard errors (false alarm ~6e-5 per comparison, 12 comparisons)
        double[] rambo = volume(new RamboChannel(EEGG), 1_500_000, 1);
        assertTrue(rambo[1] < 0.03 * rambo[0], "RAMBO reference too imprecise: " + rambo[1] / rambo[0]);
        int i = 0;
        for (PhotonPairChannel channel : channels(0.9, 1.1)) {
            double[] v = volume(channel, 100_000, 40 + i++);
            assertTrue(v[1] < 0.06 * v[0], channel.name() + " too imprecise: " + v[1] / v[0]);
            assertEquals(rambo[0], v[0], 4 * Math.hypot(rambo[1], v[1]), channel.name());
        }
    }
}
