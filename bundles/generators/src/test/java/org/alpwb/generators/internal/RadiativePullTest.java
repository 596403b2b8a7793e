package org.alpwb.generators.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.alpwb.api.event.SeedSequence;
import org.alpwb.api.generator.GeneratorCuts;
import org.alpwb.api.generator.ProcessRequest;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.physics.integration.IntegrationResult;
import org.alpwb.physics.integration.IntegrationSettings;
import org.alpwb.physics.integration.MultiChannelIntegrator;
import org.alpwb.physics.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 5: in the signal-like region of the issue (all four particles E &gt; 0.25 GeV and 22-158 deg,
 * 0.9 &lt; M_gg &lt; 1.1 GeV) the quoted errors of 20 independent integrations must be honest: the pulls about
 * their mean follow N(0, 1). Before the photon-pair channels two seeds gave 46.7 +- 5.9 and 25.9 +- 1.8 pb.
 */
class RadiativePullTest {
    static final int SEEDS = 20;

    static Map<String, Double> issueCuts() {
        Map<String, Double> cuts = new LinkedHashMap<>();
        cuts.put(GeneratorCuts.E_MIN_GEV, 0.25);
        cuts.put(GeneratorCuts.THETA_MIN_DEG, 22.0);
        cuts.put(GeneratorCuts.THETA_MAX_DEG, 158.0);
        cuts.put(GeneratorCuts.M_GG_MIN_GEV, 0.9);
        cuts.put(GeneratorCuts.M_GG_MAX_GEV, 1.1);
        return cuts;
    }

    /** The 20 results (value, error) of one process at the given target with the product's integration settings. */
    static List<double[]> pulls(String process, double target) {
        ProcessRequest request = ProcessRequest.of(process).withCuts(issueCuts());
        IntegrationSettings settings = IntegrationSettings.forPrecision(target).withMaxPoints(4_000_000L);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<double[]> results = new ArrayList<>();
        try {
            for (int seed = 0; seed < SEEDS; seed++) {
                IntegrationResult r = new MultiChannelIntegrator(settings, pool).integrate(
                        ProcessCatalog.integrand(request, "test"), new RandomStreams(new SeedSequence(1000 + seed,
                                "pulls/" + process)), ProgressMonitor.NONE);
                results.add(new double[] {r.valuePb(), r.errorPb()});
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    static void assertStandardNormal(String process, List<double[]> results, double target) {
        double mean = 0;
        for (double[] r : results) {
            mean += r[0] / results.size();
        }
        double chi2 = 0;
        double maxPull = 0;
        StringBuilder table = new StringBuilder();
        for (double[] r : results) {
            // the error of the mean (1/20 of the variance) is part of the spread about it
            assertTrue(r[1] <= target * r[0] * 1.0001, process + ": target not reached " + r[1] / r[0]);
            double pull = (r[0] - mean) / r[1];
            chi2 += pull * pull;
            maxPull = Math.max(maxPull, Math.abs(pull));
            table.append(String.format(" %.4g+-%.2g", r[0], r[1]));
        }
        // 19 degrees of freedom: chi2 in its central 99 % interval [6.84, 38.58]; a single pull beyond 3.9
        // has probability 2e-3 among 20 normal pulls (heavy tails, i.e. errors too small, show up here)
        String detail = process + ": chi2 = " + chi2 + " for 19 dof, max |pull| = " + maxPull + ";" + table;
        System.out.println(detail);
        assertTrue(chi2 > 6.84 && chi2 < 38.58, detail);
        assertTrue(maxPull < 3.9, detail);
    }

    /**
     * Reference for bhabha-2gamma in this region: the three 1 % integrations of docs/validation/generators.md
     * section 8 (seeds 1-3, 3.96 M + 1.08 M + 0.68 M points), 11.702 +- 0.12, 11.489 +- 0.11, 11.599 +- 0.11 pb,
     * inverse-variance mean. Independent seeds and 10-40 times the points of a 3 % run: the mean of the 20
     * runs must agree with it within 3.5 combined standard errors (a common bias of low-statistics runs, which
     * pulls about their own mean cannot see, shows up here; measured: -2.1).
     */
    static final double REFERENCE_PB = 11.591;
    static final double REFERENCE_ERROR_PB = 0.065;

    @Test
    void bhabhaTwoGammaInAPhotonPairMassWindowHasHonestErrors() {
        List<double[]> results = pulls("bhabha-2gamma", 0.03);
        assertStandardNormal("bhabha-2gamma", results, 0.03);
        double mean = results.stream().mapToDouble(r -> r[0]).average().orElse(Double.NaN);
        double errorOfMean = Math.sqrt(results.stream().mapToDouble(r -> r[1] * r[1]).sum()) / results.size();
        double pull = (mean - REFERENCE_PB) / Math.hypot(errorOfMean, REFERENCE_ERROR_PB);
        System.out.println("bhabha-2gamma: mean of 20 = " + mean + " +- " + errorOfMean + ", pull vs reference " + pull);
        assertTrue(Math.abs(pull) < 3.5, "mean " + mean + " +- " + errorOfMean + " vs reference " + REFERENCE_PB
                + " +- " + REFERENCE_ERROR_PB + ": pull " + pull);
    }

    @Test
    void bhabhaGammaInTheSameRegionHasHonestErrors() {
        // one photon: the M_gg window does not act; the energy and angle cuts do
        assertStandardNormal("bhabha-gamma", pulls("bhabha-gamma", 0.01), 0.01);
    }
}
