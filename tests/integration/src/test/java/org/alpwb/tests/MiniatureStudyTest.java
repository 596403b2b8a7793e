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

    @Test
    void defaultStudyRunsEndToEndAndItsLimitsAreSane() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Workbench alpwb = new Workbench(work.resolve("cache"), plugins, work);
        Workbench.Result result = alpwb.run("run", Paths.root().resolve("examples/alp-eegg.json").toString(),
                "--profile", "ci", "--out", "out");
        assertEquals(0, result.exitCode(), result.toString());
        Path out = work.resolve("out");
        assertTrue(Files.size(out.resolve("report/report.html")) > 1000, "report.html is missing or empty");

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
