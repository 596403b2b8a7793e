package org.alpwb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product as a user runs it: bin/alpwb in a fresh process. */
class ProductCommandLineTest {
    @TempDir
    Path work;
    Path plugins;
    Workbench alpwb;

    @BeforeEach
    void setUp() throws Exception {
        plugins = Files.createDirectories(work.resolve("plugins"));
        alpwb = new Workbench(work.resolve("cache"), plugins, work);
    }

    @Test
    void versionAndHelp() throws Exception {
        Workbench.Result version = alpwb.run("--version");
        assertEquals(0, version.exitCode(), version.toString());
        assertTrue(version.out().startsWith("alpwb 0.1.0"), version.toString());
        Workbench.Result help = alpwb.run("--help");
        assertEquals(0, help.exitCode(), help.toString());
        for (String command : new String[] {"run", "plugins", "cache"}) {
            assertTrue(help.out().contains("  " + command + " "), command + " missing from help:\n" + help);
        }
        Workbench.Result unknown = alpwb.run("frobnicate");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("unknown command 'frobnicate'"), unknown.toString());
    }

    /**
     * Issue 17: the JDK announced "WARNING: Using incubator modules: jdk.incubator.vector" (the launcher adds the
     * module for the NN's vector kernels) on every command. The launcher leaves out exactly that line: stderr of
     * --version is empty, and the JVM's other start-up lines (here JAVA_TOOL_OPTIONS) still pass, in order.
     */
    @Test
    void theJdkIncubatorNoticeIsNotShownAndNothingElseIsHidden() throws Exception {
        Workbench.Result version = alpwb.run("--version");
        assertEquals(0, version.exitCode(), version.toString());
        assertEquals("", version.err(), version.toString());
        Workbench.Result picked = alpwb.with("JAVA_TOOL_OPTIONS", "-Dalpwb.test.marker=1").run("frobnicate");
        assertEquals(2, picked.exitCode(), picked.toString());
        java.util.List<String> lines = picked.err().lines().toList();
        assertEquals(2, lines.size(), picked.toString());
        assertEquals("Picked up JAVA_TOOL_OPTIONS: -Dalpwb.test.marker=1", lines.get(0), picked.toString());
        assertTrue(lines.get(1).startsWith("alpwb: unknown command 'frobnicate'"), picked.toString());
    }

    @Test
    void shellRunsWorkbenchCommandsAndEndsCleanly() throws Exception {
        Process shell = alpwb.start(java.util.List.of("shell"));
        try (java.io.OutputStream in = shell.getOutputStream()) {
            in.write("alpwb:version\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } // end of input = Ctrl-D: gosh stops the shell and the framework
        String out = new String(shell.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(shell.waitFor(2, java.util.concurrent.TimeUnit.MINUTES), "shell did not end");
        assertTrue(out.contains("alpwb 0.1.0"), out);
        assertEquals(0, shell.exitValue(), out);
    }

    @Test
    void pluginsJsonListsDroppedInPlugins() throws Exception {
        Files.copy(Paths.toyPluginJar(), plugins.resolve("toy.jar"));
        Workbench.Result result = alpwb.run("plugins", "--json");
        JsonNode rows = new ObjectMapper().readTree(result.out());
        boolean foundToy = false;
        boolean foundBrokenProblem = false;
        for (JsonNode row : rows) {
            for (String field : new String[] {"kind", "id", "label", "bundle", "version"}) {
                assertFalse(row.path(field).asText().isEmpty(), field + " empty in " + row);
            }
            foundToy |= row.path("id").asText().equals("toy-random") && row.path("problem").asText().isEmpty();
            foundBrokenProblem |= row.path("id").asText().equals("toy-broken") && !row.path("problem").asText().isEmpty();
        }
        assertTrue(foundToy, "hot-deployed toy-random missing:\n" + result);
        assertTrue(foundBrokenProblem, "the plugin whose activation throws must be reported:\n" + result);
        // issue 17, defect 8: the broken plugin is reported once, in its row, with its cause; no SCR stack trace,
        // and listing it is not a failure of the listing
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("toy-broken refuses to activate") || result.out().contains("refuses"),
                "the cause of the failed activation is named:\n" + result);
        assertFalse(result.err().contains("\tat "), "no stack trace without ALPWB_DEBUG:\n" + result);
    }

    @Test
    void subCommandAndShellHelpAreTheirOwn() throws Exception {
        // issue 17, defect 10: 'cache stats --help' printed the parent's help, 'shell --help' started the shell
        Workbench.Result stats = alpwb.run("cache", "stats", "--help");
        assertEquals(0, stats.exitCode(), stats.toString());
        assertTrue(stats.out().contains("Usage: cache stats") && stats.out().contains("--json"), stats.toString());
        Workbench.Result shell = alpwb.run("shell", "--help");
        assertEquals(0, shell.exitCode(), shell.toString());
        assertTrue(shell.out().startsWith("usage: alpwb shell") && shell.out().contains("Ctrl-C"), shell.toString());
    }

    @Test
    void aJarThatIsNotABundleIsReportedOnceWithoutDelayingTheCommand() throws Exception {
        Files.writeString(plugins.resolve("broken.jar"), "not a zip file");
        long start = System.nanoTime();
        Workbench.Result version = alpwb.run("--version");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, version.exitCode(), version.toString());
        assertEquals(1, version.err().lines().filter(l -> l.contains("broken.jar")).count(), version.toString());
        // before the fix every command waited the full 10 s deployment timeout for it; the JVM start is the rest
        System.out.println("alpwb --version with a broken jar: " + seconds + " s");
    }

    @Test
    void studyMistakesNameTheFieldAndTheAllowedValues() throws Exception {
        Files.copy(Paths.toyPluginJar(), plugins.resolve("toy.jar"));
        Path study = work.resolve("bad.json");
        Files.writeString(study, """
                {"name": "bad", "seed": 1,
                 "tasks": {"a": {"type": "toy-random", "config": {"chunks": 0}}}}
                """);
        Workbench.Result result = alpwb.run("run", study.toString());
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("tasks.a.config.chunks"), result.toString());
        assertTrue(result.err().contains("an integer in [1, 1000000]"), result.toString());
        assertFalse(result.err().contains("\tat "), "no stack trace for bad input:\n" + result);

        Files.writeString(study, """
                {"name": "bad", "seed": 1, "tasks": {"a": {"type": "toy-randon"}}}
                """);
        result = alpwb.run("run", study.toString());
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("tasks.a.type") && result.err().contains("toy-random"), result.toString());
    }
}
