package org.alpwb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds examples/plugin-template as a user would, drops the jar into a workbench and uses it in a study: its task
 * type, and its strategy fisher-cut compared with thesis-cuts in examples/plugin-template/study.json (ci profile).
 */
class PluginTemplateTest {
    @TempDir
    Path work;

    @Test
    void templateBuildsDeploysAndRunsInAStudy() throws Exception {
        Path template = work.resolve("plugin");
        copyTree(Paths.root().resolve("examples/plugin-template"), template);
        List<String> command = new java.util.ArrayList<>(List.of("mvn", "-q", "-o", "-B", "package"));
        String repository = System.getProperty("alpwb.maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        Process build = new ProcessBuilder(command).directory(template.toFile()).redirectErrorStream(true).start();
        String buildLog = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "template build timed out");
        assertEquals(0, build.exitValue(), "template build failed:\n" + buildLog);
        Path jar = template.resolve("target/com.example.alpwb.fisher-cut-1.0.0.jar");
        assertTrue(Files.exists(jar), buildLog);

        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        Path study = work.resolve("demo.json");
        Files.writeString(study, """
                {"name": "demo", "seed": 1,
                 "tasks": {"counts": {"type": "expected-events",
                   "config": {"crossSectionPb": 2.0, "efficiency": 0.5, "luminositiesInvFb": [10, 100]}}}}
                """);
        Workbench alpwb = new Workbench(work.resolve("cache"), plugins, work);
        Workbench.Result result = alpwb.run("run", study.toString(), "--out", "out");
        assertEquals(0, result.exitCode(), result.toString());
        // 2 pb x 0.5 x 10 fb^-1 = 10 000 events; x 100 fb^-1 = 100 000 events
        assertEquals(List.of("luminosity_inv_fb,expected_events", "10.0000,10000.0", "100.000,100000"),
                Files.readAllLines(work.resolve("out/counts/expected-events.csv")));

        // the template's strategy, named in a study next to thesis-cuts, appears in the comparison with limits
        Workbench.Result compared = alpwb.run("run", template.resolve("study.json").toString(), "--profile", "ci",
                "--out", "compared");
        assertEquals(0, compared.exitCode(), compared.toString());
        com.fasterxml.jackson.databind.JsonNode comparison = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(work.resolve("compared/comparison/comparison.json").toFile());
        List<String> ids = new java.util.ArrayList<>();
        comparison.path("strategies").forEach(s -> {
            ids.add(s.path("id").asText());
            assertEquals("ok", s.path("status").asText(), s.toString());
        });
        assertEquals(List.of("fisher-cut", "thesis-cuts"), ids);
        int withLimit = 0;
        for (com.fasterxml.jackson.databind.JsonNode m : comparison.path("masses")) {
            com.fasterxml.jackson.databind.JsonNode g = m.path("strategies").path("fisher-cut").path("couplingUpPerGeV");
            withLimit += g.isNumber() && g.asDouble() > 0 ? 1 : 0;
        }
        assertTrue(withLimit >= 1, "fisher-cut has no coupling limit at the comparison masses: " + comparison);
        String report = Files.readString(work.resolve("compared/report/report.html"));
        assertTrue(report.contains("fisher-cut") && report.contains("id=\"headline\""), "report lacks the strategy");
    }

    private static void copyTree(Path source, Path target) throws Exception {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (path.toString().contains("/target")) {
                    continue;
                }
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
