package org.alpwb.generators.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.GeneratorCuts;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.generators.internal.ProcessCatalog.ChannelSet;
import org.alpwb.physics.integration.IntegrationResult;
import org.alpwb.physics.integration.IntegrationSettings;
import org.alpwb.physics.integration.MultiChannelIntegrator;
import org.alpwb.physics.integration.ScatteringIntegrand;
import org.alpwb.physics.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * The mapped channels of the radiative QED processes converge, and agree with an independent mapping of the
 * same phase space where that one converges too. The tolerance is 4 combined standard errors (false alarm
 * 6e-5 per comparison); {@link RadiativePullTest} shows that the quoted errors are honest.
 */
class RadiativeConvergenceTest {

    private static IntegrationResult integrate(ScatteringIntegrand integrand, IntegrationSettings settings, long seed,
            ExecutorService pool) {
        return new MultiChannelIntegrator(settings, pool).integrate(integrand,
                new RandomStreams(new SeedSequence(seed, "radiative")), ProgressMonitor.NONE);
    }

    /** E &gt; 0.5 GeV, 30-150 deg, pair angles &gt; 10 deg: a region where flat RAMBO converges as well. */
    private static Map<String, Double> mildCuts() {
        Map<String, Double> cuts = new LinkedHashMap<>();
        cuts.put(GeneratorCuts.E_MIN_GEV, 0.5);
        cuts.put(GeneratorCuts.THETA_MIN_DEG, 30.0);
        cuts.put(GeneratorCuts.THETA_MAX_DEG, 150.0);
        cuts.put(GeneratorCuts.ANGLE_GG_MIN_DEG, 10.0);
        cuts.put(GeneratorCuts.ANGLE_LG_MIN_DEG, 10.0);
        return cuts;
    }

    private static void assertAgree(IntegrationResult a, IntegrationResult b, String what) {
        double combined = Math.hypot(a.errorPb(), b.errorPb());
        System.out.printf("%s: %.5g +- %.2g vs %.5g +- %.2g pb, pull %.2f%n", what, a.valuePb(), a.errorPb(),
                b.valuePb(), b.errorPb(), (a.valuePb() - b.valuePb()) / combined);
        assertEquals(a.valuePb(), b.valuePb(), 4 * combined, what + ": " + a.valuePb() + " +- " + a.errorPb()
                + " vs " + b.valuePb() + " +- " + b.errorPb());
    }

    @Test
    void bhabhaGammaConvergesWithTheDefaultCuts() {
        // 4 x 20k adaptation points, then 20k frozen points: the mapped channels give ~2.5 % (RAMBO alone
        // ~200 %, see docs/validation/generators.md), so 5 % fails clearly if a mapping or the adaptation breaks
        IntegrationSettings settings = new IntegrationSettings(10_000, 2, 4, 1e-9, 20_000, 50, 1.5);
        IntegrationResult r = integrate(ProcessCatalog.integrand(ProcessRequest.of("bhabha-gamma"), "test"), settings,
                31, null);
        assertEquals(20_000, r.points());
        assertTrue(r.errorPb() < 0.05 * r.valuePb(), "relative error " + r.errorPb() / r.valuePb());
    }

    @Test
    void bhabhaGammaAgreesWithFlatRamboWhereBothConverge() {
        ProcessRequest request = ProcessRequest.of("bhabha-gamma").withCuts(mildCuts());
        IntegrationSettings settings = IntegrationSettings.forPrecision(0.015).withAdaptIterations(4)
                .withMaxPoints(1_500_000L);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            IntegrationResult mapped = integrate(ProcessCatalog.integrand(request, "test", ChannelSet.MAPPED), settings,
                    41, pool);
            IntegrationResult flat = integrate(ProcessCatalog.integrand(request, "test", ChannelSet.FLAT), settings, 42,
                    pool);
            assertTrue(flat.errorPb() < 0.03 * flat.valuePb(), "RAMBO reference " + flat.errorPb() / flat.valuePb());
            assertAgree(mapped, flat, "bhabha-gamma, mapped vs RAMBO");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void photonPairChannelsAgreeWithTheRadiativeChannelsInAMassWindow() {
        // M_gg in 1.5-3.5 GeV within the mild cuts: the radiative channels (independent mappings: photons
        // from beams or leptons, no M_gg variable) still converge there
        Map<String, Double> cuts = mildCuts();
        cuts.put(GeneratorCuts.M_GG_MIN_GEV, 1.5);
        cuts.put(GeneratorCuts.M_GG_MAX_GEV, 3.5);
        ProcessRequest request = ProcessRequest.of("bhabha-2gamma").withCuts(cuts);
        IntegrationSettings settings = IntegrationSettings.forPrecision(0.02).withAdaptIterations(4)
                .withMaxPoints(1_000_000L);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ScatteringIntegrand pairs = ProcessCatalog.integrand(request, "test", ChannelSet.MAPPED);
            assertEquals(12, pairs.channelCount(), "photon-pair channels only");
            IntegrationResult mapped = integrate(pairs, settings, 51, pool);
            ScatteringIntegrand radiative = ProcessCatalog.integrand(request, "test", ChannelSet.RADIATIVE);
            assertEquals(12, radiative.channelCount(), "11 radiative channels + RAMBO");
            IntegrationResult reference = integrate(radiative, settings, 52, pool);
            assertTrue(reference.errorPb() < 0.03 * reference.valuePb(), "reference " + reference.errorPb()
                    / reference.valuePb());
            assertAgree(mapped, reference, "bhabha-2gamma in 1.5 < M_gg < 3.5 GeV");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoToFourIntegrationIsIdenticalOnOneAndTwoThreads() {
        // chunk seeds and ordered merge; with an M_gg window the photon-pair channels and their symmetric
        // channel weights are used
        Map<String, Double> cuts = RadiativePullTest.issueCuts();
        for (ProcessRequest request : new ProcessRequest[] {ProcessRequest.of("bhabha-2gamma"),
            ProcessRequest.of("bhabha-2gamma").withCuts(cuts)}) {
            IntegrationSettings small = new IntegrationSettings(2_000, 4, 2, 1e-9, 8_000, 20, 1.5);
            IntegrationResult one = integrate(ProcessCatalog.integrand(request, "test"), small, 33, null);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                IntegrationResult two = integrate(ProcessCatalog.integrand(request, "test"), small, 33, pool);
                assertEquals(one.valuePb(), two.valuePb(), 0.0);
                assertEquals(one.errorPb(), two.errorPb(), 0.0);
                assertEquals(one.maxWeight(), two.maxWeight(), 0.0);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
