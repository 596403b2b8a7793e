package org.alpwb.physics.phasespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.alpwb.physics.phasespace.RadiativeChannel.CoreAngle;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RadiativeChannelTest {
    static final double ME = PhaseSpaceTest.ME;
    static final double SQRT_S = PhaseSpaceTest.SQRT_S;
    static final double[] EEG = {ME, ME, ME, ME, 0};
    static final double[] EEGG = {ME, ME, ME, ME, 0, 0};
    static final double[] GGG = {ME, ME, 0, 0, 0};
    /** generation limits: photons from 0.25 GeV, |eta| up to theta = 10 deg, 2 A.k from 1e-5 GeV^2 */
    static final RadiativeChannel.Limits LIMITS = new RadiativeChannel.Limits(0.25,
            -Math.log(Math.tan(Math.toRadians(10) / 2)), 1e-5, 4e-3);

    static List<RadiativeChannel> channels() {
        int[] none = {};
        List<RadiativeChannel> list = new ArrayList<>();
        list.add(new RadiativeChannel(EEG, 2, 3, new int[] {4}, none, none, CoreAngle.FORWARD_PEAK, LIMITS));
        list.add(new RadiativeChannel(EEG, 2, 3, none, new int[] {4}, none, CoreAngle.FORWARD_PEAK, LIMITS));
        list.add(new RadiativeChannel(EEG, 2, 3, none, none, new int[] {4}, CoreAngle.FORWARD_PEAK, LIMITS));
        list.add(new RadiativeChannel(GGG, 3, 4, new int[] {2}, none, none, CoreAngle.RAPIDITY, LIMITS));
        list.add(new RadiativeChannel(EEGG, 2, 3, new int[] {4, 5}, none, none, CoreAngle.FORWARD_PEAK, LIMITS));
        list.add(new RadiativeChannel(EEGG, 2, 3, new int[] {5}, new int[] {4}, none, CoreAngle.FORWARD_PEAK, LIMITS));
        list.add(new RadiativeChannel(EEGG, 2, 3, none, new int[] {4}, new int[] {5}, CoreAngle.FORWARD_PEAK, LIMITS));
        list.add(new RadiativeChannel(EEGG, 2, 3, none, new int[] {5, 4}, none, CoreAngle.FORWARD_PEAK, LIMITS));
        list.add(new RadiativeChannel(EEGG, 2, 3, none, none, new int[] {4, 5}, CoreAngle.FORWARD_PEAK, LIMITS));
        return list;
    }

    static double[] masses(RadiativeChannel c) {
        return c.particleCount() == 6 ? EEGG : c.name().startsWith("radiative(core 3") ? GGG : EEG;
    }

    @Test
    void inverseReproducesCoordinatesAndWeight() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {11, 12, 13, 14});
        for (RadiativeChannel channel : channels()) {
            int n = channel.particleCount();
            assertEquals(3 * (n - 2) - 4, channel.dimensions());
            double[] x = new double[channel.dimensions()];
            double[] back = new double[x.length];
            double[] p = new double[4 * n];
            int checked = 0;
            for (int trial = 0; trial < 1000; trial++) {
                for (int d = 0; d < x.length; d++) {
                    x[d] = rng.nextDouble();
                }
                double w = channel.generate(SQRT_S, x, p);
                if (w == 0) {
                    continue;
                }
                checked++;
                PhaseSpaceTest.assertMomentumConservation(p, n, masses(channel));
                double wBack = channel.inverse(SQRT_S, p, back);
                // rounding only: coordinates go through logs, tanh and boosts of ~5 GeV momenta; weights
                // of collinear configurations (2 A.k ~ 1e-5 GeV^2 against E^2 ~ 25 GeV^2) lose ~7 digits
                assertEquals(w, wBack, 1e-6 * w, channel.name() + " weight at trial " + trial);
                for (int d = 0; d < x.length; d++) {
                    double diff = Math.abs(x[d] - back[d]);
                    // azimuths may wrap around 0/1
                    assertTrue(Math.min(diff, 1 - diff) < 1e-6, channel.name() + " x" + d + ": " + x[d] + " vs "
                            + back[d]);
                }
            }
            // most points are physical (only 2 -> 4 chains can exceed the available mass)
            assertTrue(checked > 250, channel.name() + ": only " + checked + " physical points");
        }
    }

    /** Indicator of a region inside every channel's support: E &gt; 0.5 GeV, 20-160 deg, pair angles &gt; 5 deg. */
    static boolean inRegion(double[] p, int n) {
        for (int k = 2; k < n; k++) {
            if (p[4 * k] < 0.5) {
                return false;
            }
            double c = p[4 * k + 3] / Kinematics.momentum(p, k);
            if (Math.abs(c) > Math.cos(Math.toRadians(20))) {
                return false;
            }
            for (int j = k + 1; j < n; j++) {
                double dot = p[4 * k + 1] * p[4 * j + 1] + p[4 * k + 2] * p[4 * j + 2] + p[4 * k + 3] * p[4 * j + 3];
                if (dot / (Kinematics.momentum(p, k) * Kinematics.momentum(p, j)) > Math.cos(Math.toRadians(5))) {
                    return false;
                }
            }
        }
        return true;
    }

    static double[] volume(PhaseSpaceChannel channel, int points, long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {seed, 2, 3, 4});
        int n = channel.particleCount();
        double[] x = new double[channel.dimensions()];
        double[] p = new double[4 * n];
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < points; i++) {
            for (int d = 0; d < x.length; d++) {
                x[d] = rng.nextDouble();
            }
            double w = channel.generate(SQRT_S, x, p);
            if (w > 0 && inRegion(p, n)) {
                sum += w;
                sum2 += w * w;
            }
        }
        double mean = sum / points;
        return new double[] {mean, Math.sqrt((sum2 / points - mean * mean) / points)};
    }

    @Test
    void volumeOfACutRegionAgreesWithRambo() {
        // the same region measured by the flat RAMBO map and by each mapped channel (plain MC, no
        // adaptation): agreement within 4 combined standard errors (false alarm ~6e-5 per comparison)
        double[] rambo3 = volume(new RamboChannel(EEG), 200_000, 1);
        double[] rambo3g = volume(new RamboChannel(GGG), 200_000, 2);
        double[] rambo4 = volume(new RamboChannel(EEGG), 200_000, 3);
        int i = 0;
        for (RadiativeChannel channel : channels()) {
            double[] ref = channel.particleCount() == 6 ? rambo4 : masses(channel) == GGG ? rambo3g : rambo3;
            double[] v = volume(channel, 100_000, 10 + i++);
            double sigma = Math.hypot(ref[1], v[1]);
            assertTrue(ref[1] < 0.02 * ref[0] && v[1] < 0.05 * v[0], channel.name() + " too imprecise");
            assertEquals(ref[0], v[0], 4 * sigma, channel.name());
        }
    }
}
