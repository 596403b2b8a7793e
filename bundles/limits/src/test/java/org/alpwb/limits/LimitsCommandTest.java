package org.alpwb.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.alpwb.api.ExitCodes;
import org.alpwb.api.cli.CommandIO;
import org.alpwb.api.progress.ProgressMonitor;
import org.alpwb.limits.cli.LimitsCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitsCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path dir, String... args) {
        CommandIO io = new CommandIO(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, dir, () -> ProgressMonitor.NONE);
        return new LimitsCommand().run(List.of(args), io);
    }

    private static Path workspace(Path dir) throws Exception {
        Path ws = dir.resolve("ws.json");
        Files.writeString(ws, Models.resource("pyhf-two-bin.json"));
        return ws;
    }

    @Test
    void hypothesisTestJson(@TempDir Path dir) throws Exception {
        workspace(dir);
        assertEquals(ExitCodes.OK, run(dir, "--workspace", "ws.json", "--poi-value", "1", "--json"));
        JsonNode n = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        // same tolerance as AsymptoticVectorsTest: last quoted digit
        assertEquals(0.0525155, n.get("cls_obs").asDouble(), 1e-7);
        assertEquals(5, n.get("cls_exp").size());
        assertEquals(0.0644552, n.get("cls_exp").get(2).asDouble(), 1e-7);
    }

    @Test
    void upperLimitJsonAndText(@TempDir Path dir) throws Exception {
        workspace(dir);
        assertEquals(ExitCodes.OK, run(dir, "--workspace", "ws.json", "--upper-limit", "--cl", "0.95", "--json"));
        JsonNode n = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(1.0115719, n.get("mu_up_obs").asDouble(), 1e-6);
        for (int i = 1; i < 5; i++) {
            assertTrue(n.get("mu_up_exp").get(i).asDouble() > n.get("mu_up_exp").get(i - 1).asDouble());
        }
        out.reset();
        assertEquals(ExitCodes.OK, run(dir, "--workspace", "ws.json", "--upper-limit"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("observed = 1.011572"), out.toString());
    }

    @Test
    void badInputGivesCode2WithoutStackTrace(@TempDir Path dir) throws Exception {
        workspace(dir);
        assertEquals(ExitCodes.BAD_INPUT, run(dir, "--workspace", "missing.json", "--upper-limit"));
        assertTrue(err.toString().contains("missing.json"));
        err.reset();
        assertEquals(ExitCodes.BAD_INPUT, run(dir, "--workspace", "ws.json", "--upper-limit", "--cl", "95"));
        assertTrue(err.toString().contains("--cl") && err.toString().contains("(0, 1)"), err.toString());
        err.reset();
        assertEquals(ExitCodes.BAD_INPUT, run(dir, "--workspace", "ws.json"));
        assertTrue(err.toString().contains("--poi-value") && !err.toString().contains("\tat "), err.toString());
        err.reset();
        assertEquals(ExitCodes.BAD_INPUT, run(dir, "--workspace", "ws.json", "--upper-limit", "--measurement", "nope"));
        assertTrue(err.toString().contains("nope") && err.toString().contains("Measurement"), err.toString());
    }

    @Test
    void help(@TempDir Path dir) {
        assertEquals(ExitCodes.OK, run(dir, "--help"));
        assertTrue(out.toString().contains("--workspace") && out.toString().contains("--toys"));
    }
}
