package org.alpwb.detector.belle2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alpwb.api.detector.RecoBlock;
import org.alpwb.api.detector.SimulationOptions;
import org.alpwb.api.detector.TruthOrigin;
import org.alpwb.api.event.EventBlock;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class MaterialTest {
    private static final SimulationOptions MATERIAL_ONLY = SimulationOptions.nominal("exp22-run30")
            .withBackgroundScale(0).withResolution(false).withBeamEnergySpread(false);

    @Test
    void thinLayerProbabilityIsSevenNinthsOfThickness() {
        // physics.md: P ~ (7/9) X/X0 for a thin layer; exact 1 - exp(-7/9 x) differs by O(x^2)
        // tolerance 1e-8 > the second-order term (7x/9)^2 / 2 = 3e-9
        assertEquals(7.0 / 9.0 * 1e-4, Material.conversionProbability(1e-4), 1e-8);
        assertEquals(-Math.expm1(-7.0 / 9.0 * 0.008 / Math.sin(Math.toRadians(40))),
                Material.conversionProbability(Material.crossedX0(0, Math.toRadians(40))), 1e-15);
        // 1/sin(theta) scaling of the crossed thickness
        assertEquals(2 * Material.crossedX0(3, Math.PI / 2), Material.crossedX0(3, Math.PI / 6), 1e-15);
    }

    @Test
    void photonConversionRateMatchesMaterialBudget() {
        // closure (issue 16): the expected rate is Material.conversionProbability, the function the simulation
        // samples; the independent reference is the thin-layer (7/9) X/X0 law of the test above
        int n = 40_000;
        for (double thetaDeg : new double[] {90, 45}) {
            double theta = Math.toRadians(thetaDeg);
            double survive = 1;
            for (int layer = 0; layer < Material.LAYER_RADIUS_CM.length; layer++) {
                survive *= 1 - Material.conversionProbability(Material.crossedX0(layer, theta));
            }
            double expected = 1 - survive;
            EventBlock events = TestEvents.single(22, TestEvents.lab(0, 2.0, thetaDeg, 0), n);
            double labTheta = TestEvents.BEAMS.cmToLab().apply(events.momentum(2)).theta();
            assertEquals(theta, labTheta, 1e-9);
            RecoBlock reco = new Belle2Detector().simulate(events, MATERIAL_ONLY, new long[] {3, 1, 4, 1});
            int converted = 0;
            for (int i = 0; i < n; i++) {
                boolean photon = false;
                for (int c = reco.clusterOffsets()[i]; c < reco.clusterOffsets()[i + 1]; c++) {
                    photon |= reco.clusterOrigin()[c] == TruthOrigin.PRIMARY.code();
                }
                converted += photon ? 0 : 1;
            }
            double rate = converted / (double) n;
            // binomial error sqrt(p(1-p)/n) ~ 0.001; tolerance 5 of them
            double sigma = Math.sqrt(expected * (1 - expected) / n);
            assertEquals(expected, rate, 5 * sigma, "conversion rate at " + thetaDeg + " deg");
            assertTrue(expected > 0.02 && expected < 0.06, "a few percent X0 in front of the CDC");
        }
    }

    @Test
    void conversionLegsAreDisplacedElectronsLinkedToThePhoton() {
        EventBlock events = TestEvents.single(22, TestEvents.lab(0, 3.0, 70, 0), 20_000);
        RecoBlock reco = new Belle2Detector(DetectorParameters.nominal().withBeamSpot(0, 0, 0))
                .simulate(events, MATERIAL_ONLY, new long[] {2, 7, 1, 8});
        int legs = 0;
        for (int k = 0; k < reco.trackCount(); k++) {
            if (reco.trackOrigin()[k] == TruthOrigin.CONVERSION.code()) {
                legs++;
                assertEquals(2, reco.trackTruthIndex()[k]); // the photon (after the two beam particles)
                assertEquals(11, Math.abs(reco.trackTruthPdg()[k]));
            }
        }
        assertTrue(legs > 300, "conversion legs found: " + legs);
    }

    @Test
    void pairEnergySharingFollowsBetheHeitler() {
        // f(x) ~ 1 - (4/3) x (1 - x) on [0, 1]: <x> = 1/2, <x(1-x)> = 11/70 (analytic)
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {1, 2, 3, 5});
        int n = 200_000;
        double sum = 0;
        double sumProduct = 0;
        for (int i = 0; i < n; i++) {
            double x = Material.pairEnergyFraction(rng);
            sum += x;
            sumProduct += x * (1 - x);
        }
        // standard errors: 0.3/sqrt(n) = 7e-4 and 0.08/sqrt(n) = 2e-4; tolerances 4 of them
        assertEquals(0.5, sum / n, 3e-3);
        assertEquals(11.0 / 70.0, sumProduct / n, 1e-3);
    }

    @Test
    void bremsstrahlungMeanLossMatchesBetheHeitler() {
        // <z> = E[exp(-G)], G ~ Gamma(t/ln2): the Gamma Laplace transform gives (1/2)^(t/ln 2) = exp(-t)
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {6, 2, 8, 3});
        double t = 0.05;
        int n = 200_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Material.bremsstrahlungSurvivingFraction(t, rng);
        }
        // sd of z ~ 0.15 -> standard error 3.4e-4; tolerance 4 of them
        assertEquals(Math.exp(-t), sum / n, 1.5e-3);
    }
}
