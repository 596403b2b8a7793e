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

/** Builds examples/plugin-template as a user would, drops the jar into a workbench and uses it in a study. */
class PluginTemplateTest {
    @TempDir
    Path work;

    @Test
    void templateBuildsDeploysAndRunsInAStudy() throws Exception {
        Path template = work.resolve("plugin");
        copyTree(Paths.root().resolve("examples/plugin-template"), template);
        Process build = new ProcessBuilder("mvn", "-q", "-o", "-B", "package")
                .directory(template.toFile()).redirectErrorStream(true).start();
        String buildLog = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "template build timed out");
        assertEquals(0, build.exitValue(), "template build failed:\n" + buildLog);
        Path jar = template.resolve("target/com.example.alpwb.expected-events-1.0.0.jar");
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
