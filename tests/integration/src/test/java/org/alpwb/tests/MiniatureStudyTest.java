package org.alpwb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default study, examples/alp-eegg.json, end to end in its small "ci" profile: generation, simulation,
 * reconstruction, both strategies, limits and the report. Checks that the results exist and are sane; the
 * physics of each step is tested in its own bundle.
 */
class MiniatureStudyTest {
    @TempDir
    Path work;

    /**
     * Stored reference (issue 16): the median expected sigma limit of thesis-cuts at two masses of this ci run
     * (branch wt/limits, 2026-12-02, same seeds, after the minimiser's convergence fix and the MC-resolution check;
     * 2.0 GeV of the earlier reference is now "no limit": its background under the signal is 2.5 MC rows). It is a
     * regression reference, not an independent one; the independent checks on this run are
     * {@link #checkProjectionsAgainstCounting} (every point) and, for the limit code, LimitScanTest's Gaussian and
     * counting references and PyhfValidationTest. The tolerance is 3 x the point's own MC-statistical uncertainty
     * of the limit (mcStatRelUncertainty: 6.4 % and 1.9 %), so a change upstream that moves a limit by more than
     * the MC statistics allow fails here. Update the numbers when such a change is intended, and say so in its
     * commit.
     */
    private static final double[][] REFERENCE = {{0.75, 0.11661347585991978, 0.0636}, {2.7, 0.2076871128319957, 0.019}};

    private static void checkValues(Path out) throws Exception {
        JsonNode curve = new ObjectMapper().readTree(out.resolve("limits-thesis-cuts/limits.json").toFile());
        for (double[] ref : REFERENCE) {
            JsonNode point = null;
            for (JsonNode p : curve.path("points")) {
                if (Math.abs(p.path("massGeV").asDouble() - ref[0]) < 1e-9) {
                    point = p;
                }
            }
            assertTrue(point != null && point.path("status").asText().equals("ok"), "no limit at " + ref[0] + ": " + point);
            double median = point.path("sigmaUpPb").get(2).asDouble();
            assertEquals(ref[1], median, 3 * ref[2] * ref[1], "median expected sigma limit at " + ref[0] + " GeV");
        }
        // projection consistency at every background-dominated point: never stronger than the L^-1/4 rule by more
        // than 5 % (systematics make it weaker), and every fitted point reports its background-fit p-value
        for (String strategy : new String[] {"thesis-cuts", "slides-cuts"}) {
            JsonNode c = new ObjectMapper().readTree(out.resolve("limits-" + strategy + "/limits.json").toFile());
            for (JsonNode p : c.path("points")) {
                if (!p.path("status").asText().equals("ok")) {
                    continue;
                }
                assertTrue(p.path("backgroundFitPValue").isNumber(), p.toString());
                if (p.path("backgroundInWindow").asDouble() > 100) {
                    for (JsonNode q : p.path("projections")) {
                        assertTrue(q.path("medianOverFourthRoot").asDouble() >= 0.95, strategy + " " + p.path("massGeV")
                                + ": projection " + q);
                    }
                }
            }
        }
    }

    /**
     * Median expected 90 % CL CLs limit of a one-bin Asimov counting experiment with background b: sqrt(q_A) =
     * 1.645 with q_A = 2 (s - b ln(1 + s / b)) (statistics.md), solved by bisection.
     */
    static double countingMedian(double b) {
        double lo = 0;
        double hi = 10 * Math.sqrt(b) + 10;
        for (int i = 0; i < 200; i++) {
            double s = 0.5 * (lo + hi);
            double qa = 2 * (s - b * Math.log1p(s / b));
            if (Math.sqrt(qa) < 1.6448536269514722) {
                lo = s;
            } else {
                hi = s;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * Statistics only (issue 16): at every point with a limit, the recomputed projection's ratio to the L^-1/4 rule
     * must be the one of a counting experiment with the point's background under the signal b = B_eff: g ~ sqrt(N /
     * L), so the ratio is sqrt(N(f b) / (sqrt(f) N(b))) at f = L' / L (0.95 at b = 25, 0.974 at 100, 1 for b >> 100).
     * Reference independent of the minimiser and the asymptotic calculator (closed form). slides-cuts is a counting
     * experiment, for which the formula is the exact Asimov limit: 1e-4 (root finding). thesis-cuts' window fit
     * spreads the signal over cells with different s / b, which the one-bin formula does not: 3 % (2.2 % seen at
     * 0.75 GeV, whose window reaches the eta peak; 1.6 % in the quick profile). With the ci samples B_eff is 25-130
     * events even where the window holds 1e3-5e4, so these points are not background dominated and the projections
     * may legitimately beat the L^-1/4 rule by 2-6 %.
     */
    private static void checkProjectionsAgainstCounting(Path out) throws Exception {
        for (String strategy : new String[] {"thesis-cuts", "slides-cuts"}) {
            JsonNode c = new ObjectMapper().readTree(out.resolve("limits-" + strategy + "/limits.json").toFile());
            double lumi = c.path("luminosityInvFb").asDouble(54.24);
            int checked = 0;
            for (JsonNode p : c.path("points")) {
                if (!p.path("status").asText().equals("ok")) {
                    continue;
                }
                assertEquals(0.0, p.path("spuriousSignal").asDouble(), 0.0, "statistics only: " + p);
                double b = p.path("backgroundUnderSignal").asDouble();
                for (JsonNode q : p.path("projections")) {
                    double f = q.path("luminosityInvFb").asDouble() / lumi;
                    double expected = Math.sqrt(countingMedian(f * b) / (Math.sqrt(f) * countingMedian(b)));
                    double tolerance = strategy.equals("slides-cuts") ? 1e-4 : 0.03;
                    assertEquals(expected, q.path("medianOverFourthRoot").asDouble(), tolerance * expected,
                            strategy + " " + p.path("massGeV") + " (B_eff " + b + "): projection " + q);
                }
                checked++;
            }
            assertTrue(checked >= 10, strategy + ": only " + checked + " points with a limit");
        }
    }

    @Test
    void defaultStudyRunsEndToEndAndItsLimitsAreSane() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Workbench alpwb = new Workbench(work.resolve("cache"), plugins, work);
        Workbench.Result result = alpwb.run("run", Paths.root().resolve("examples/alp-eegg.json").toString(),
                "--profile", "ci", "--out", "out");
        assertEquals(0, result.exitCode(), result.toString());
        Path out = work.resolve("out");
        assertTrue(Files.size(out.resolve("report/report.html")) > 1000, "report.html is missing or empty");
        String reportHtml = Files.readString(out.resolve("report/report.html"));
        for (String section : new String[] {"nn-training-nn-train-thesis-nn", "nn-training-nn-train-nn-mass",
            "nn-efficiency-loss"}) {
            assertTrue(reportHtml.contains("id=\"" + section + "\""), "report section " + section + " missing");
        }

        for (String strategy : new String[] {"thesis-cuts", "slides-cuts"}) {
            int limitsChecked = 0;
            JsonNode curve = new ObjectMapper().readTree(out.resolve("limits-" + strategy + "/limits.json").toFile());
            for (JsonNode point : curve.path("points")) {
                double mass = point.path("massGeV").asDouble();
                if (Math.abs(mass - 0.95778) < 0.02) {
                    assertTrue(point.path("excluded").asBoolean(), "the eta' region must be excluded at " + mass);
                }
                JsonNode sigma = point.path("sigmaUpPb");
                if (point.path("excluded").asBoolean()) {
                    continue;
                }
                if (sigma.isNull() || sigma.isMissingNode()) {
                    // the small ci samples leave some windows without background MC: that must be said, not faked
                    assertTrue(!point.path("status").asText().isBlank() && !point.path("status").asText().equals("ok"),
                            "a point without a limit must say why: " + point);
                    continue;
                }
                assertEquals(5, sigma.size(), point.toString());
                for (int i = 0; i < 5; i++) {
                    double value = sigma.get(i).asDouble();
                    assertTrue(Double.isFinite(value) && value > 0, "limit not positive and finite: " + point);
                    if (i > 0) {
                        assertTrue(value >= sigma.get(i - 1).asDouble(), "bands not ordered: " + point);
                    }
                }
                JsonNode coupling = point.path("couplingUpPerGeV");
                assertTrue(coupling.get(2).asDouble() > 0 && Double.isFinite(coupling.get(2).asDouble()), point.toString());
                limitsChecked++;
            }
            assertTrue(limitsChecked >= 1, strategy + ": no mass point with a limit");
        }
        checkValues(out);

        // statistics only: only the limits, the comparison and the report rerun
        Workbench.Result statOnly = alpwb.run("run", Paths.root().resolve("examples/alp-eegg.json").toString(),
                "--profile", "ci", "--set", "backgroundSystematics=none", "--out", "out-stat");
        assertEquals(0, statOnly.exitCode(), statOnly.toString());
        checkProjectionsAgainstCounting(work.resolve("out-stat"));

        // change one parameter of one strategy: every sample is reused, only that strategy and the report rerun
        Workbench.Result changed = alpwb.run("run", Paths.root().resolve("examples/alp-eegg.json").toString(),
                "--profile", "ci", "--set", "thesisVertexDMaxCm=0.8", "--out", "out-changed");
        assertEquals(0, changed.exitCode(), changed.toString());
        java.util.Set<String> computed = new java.util.TreeSet<>();
        for (JsonNode task : new ObjectMapper().readTree(work.resolve("out-changed/study-manifest.json").toFile())
                .path("tasks")) {
            if (task.path("status").asText().equals("computed")) {
                computed.add(task.path("name").asText());
            }
        }
        assertEquals(java.util.Set.of("model-thesis-cuts", "limits-thesis-cuts", "comparison", "report"), computed);
    }
}
